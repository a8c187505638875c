package vn.noivu.bpm.commendation.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.commendation.domain.BonusSheet;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.RuleTable;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRepository;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * The bonus table of an emulation year for the finance office. The rule tables are the latest deployed versions,
 * evaluated by each award's decision date: their rows are dated (Decree 98/2023 Art. 54 until 30/06/2025, Decree
 * 152/2025 Art. 50 after; each base salary from its decree's date), so an award decided in 2024 still takes the 2024
 * rows, while a correction a designer deploys (a confirmed rounding rule, a new base salary, a missing multiplier)
 * reaches every bonus not yet paid. An award entered by hand has no case whose pinned version could be used.
 */
@Service
public class CommendationBonuses {

    public static final List<String> KEYS = List.of(CommendationRules.BONUS_KEY, CommendationRules.BASE_SALARY_KEY);

    /** The sheet, with the version of each table it was computed from. */
    public record Computed(BonusSheet sheet, Map<String, Integer> tableVersions) {
    }

    private final RuleTables ruleTables;
    private final AwardRepository awards;
    private final PersonnelRepository personnel;

    public CommendationBonuses(RuleTables ruleTables, AwardRepository awards, PersonnelRepository personnel) {
        this.ruleTables = ruleTables;
        this.awards = awards;
        this.personnel = personnel;
    }

    /**
     * The awards of an emulation year, optionally of one title and one unit: a collective of that unit code, or a
     * person whose unit in the personnel register has it.
     */
    public Computed year(int year, AwardVocabulary.Title title, String unitCode) {
        List<Award> found = awards.list(new AwardRepository.Filter(year, title, null, null), Integer.MAX_VALUE, 0);
        if (unitCode != null) {
            Set<String> citizens = found.stream().filter(a -> a.holder().type() == AwardVocabulary.HolderType.CA_NHAN)
                    .map(a -> a.holder().citizenId()).collect(Collectors.toSet());
            Map<String, Person> people = personnel.findAll(citizens);
            found = found.stream().filter(a -> a.holder().type() == AwardVocabulary.HolderType.CA_NHAN
                    ? people.containsKey(a.holder().citizenId())
                            && unitCode.equals(people.get(a.holder().citizenId()).unitCode())
                    : unitCode.equals(a.holder().unitCode())).toList();
        }
        Map<String, RuleTables.Table> tables = new LinkedHashMap<>();
        KEYS.forEach(key -> tables.put(key, ruleTables.latest(key)));
        CommendationRules rules = new CommendationRules(key -> {
            RuleTables.Table table = tables.get(key);
            // The bonus reads only its two tables; any other is a programming error here.
            return table == null ? inputs -> { throw new IllegalStateException(key + " is not read for bonuses"); }
                    : of(table.decision());
        });
        Map<String, Integer> versions = new LinkedHashMap<>();
        tables.forEach((key, table) -> versions.put(key, table.version()));
        return new Computed(BonusSheet.of(found, rules), versions);
    }

    private RuleTable of(DmnDecision decision) {
        return inputs -> ruleTables.firstRow(decision, inputs);
    }
}
