package vn.noivu.bpm.restructuring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A resulting unit of a scheme against the standards of the scheme's regime: during the 2025 restructuring the
 * orientation standards of Resolution 76/2025 (with its waiver for 03 or more merged units), otherwise the standards
 * table of the unit's kind on the scheme's date. Which applies is what the dated rows of the tables say.
 */
public final class SchemeStandards {

    /** The check of one resulting unit, as the scheme shows it. */
    public record ResultCheck(boolean met, boolean waived, String basis, BigDecimal areaKm2, long population,
                              BigDecimal minAreaKm2, Long minPopulation, BigDecimal areaPercent,
                              BigDecimal populationPercent, List<String> unmet, String ifNotMet, List<String> citations) {
    }

    private SchemeStandards() {
    }

    /**
     * {@code mergedUnits}: how many units a merger joins (the waiver of Resolution 76/2025 Art. 5(2)); the
     * province's kind for the phường rows of that resolution.
     */
    public static ResultCheck check(RestructuringRules rules, UnitFacts facts, int mergedUnits, UnitKind provinceKind,
                                    LocalDate on) {
        RestructuringRules.OrientationCheck orientation = null;
        try {
            orientation = rules.orientation(facts, mergedUnits, false, provinceKind, facts.mountainous() || facts.landBorder(), on);
        } catch (IllegalStateException noRowOnThatDay) {
            // outside the 2025 restructuring: the standards table of the day decides
        }
        if (orientation != null) {
            return new ResultCheck(orientation.met(), !orientation.checked(), "NQ-76-2025", facts.areaKm2(),
                    facts.population(), orientation.minAreaKm2(), orientation.minPopulation(), orientation.areaPercent(),
                    orientation.populationPercent(), orientation.unmet(), orientation.ifNotMet(), orientation.citations());
        }
        RestructuringRules.StandardCheck check = rules.check(facts, on);
        RestructuringRules.Standard standard = check.standard();
        return new ResultCheck(check.met(), false, standard.legalBasis(), facts.areaKm2(), facts.population(),
                standard.minAreaKm2(), standard.minPopulation(), check.areaPercent(), check.populationPercent(),
                check.unmet(), check.met() ? null : "Đề án phải giải trình lý do chưa đạt tiêu chuẩn",
                standard.citations());
    }
}
