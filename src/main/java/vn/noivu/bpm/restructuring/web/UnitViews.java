package vn.noivu.bpm.restructuring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the register's endpoints answer. */
public final class UnitViews {

    private UnitViews() {
    }

    public record Unit(String code, String name, String kind, String kindLabel, String levelLabel, LocalDate on,
                       LocalDate validFrom, LocalDate validTo, Parent parent, Statistics statistics, Flags flags) {
    }

    public record Parent(String code, String name, String kind, String kindLabel) {
    }

    /**
     * Area and population with their data date and source; the latest dated on or before the day asked.
     * {@code predatesVersion}: the figures are older than this version of the unit (e.g. a commune's code kept by the
     * larger commune it became): import the new unit's figures.
     */
    public record Statistics(LocalDate dataDate, BigDecimal areaKm2, String areaSource, long population,
                             Long populationPermanent, Long populationTemporary, String populationSource,
                             BigDecimal ethnicMinorityPercent, boolean predatesVersion) {
    }

    public record Flags(boolean mountainous, boolean island, boolean landBorder, boolean coastalBaiNgang,
                        List<String> labels) {
    }

    public record Version(String name, String kind, String kindLabel, String parentCode, LocalDate validFrom,
                          LocalDate validTo) {
    }

    /** A predecessor or successor: the other unit's code and its name on the link's side of the date. */
    public record Link(String code, String name, String kindLabel, LocalDate effectiveDate, String share,
                       String shareLabel) {
    }

    public record History(String code, List<Version> versions, List<Link> predecessors, List<Link> successors) {
    }

    public record ListItem(String code, String name, String kind, String kindLabel, String parentCode,
                           LocalDate validFrom, LocalDate validTo) {
    }

    public record UnitPage(LocalDate on, long total, int limit, long offset, List<ListItem> items) {
    }

    /** A unit measured against the standard of its kind on a day, from its latest statistics and today's tables. */
    public record StandardsCheck(String code, String name, String kindLabel, LocalDate on, LocalDate dataDate,
                                 Long basePopulation, Long minPopulation, BigDecimal minAreaKm2, String otherCriteria,
                                 BigDecimal areaKm2, long population, BigDecimal areaPercent,
                                 BigDecimal populationPercent, boolean met, List<String> unmet, String legalBasis,
                                 boolean confirmed, List<String> citations) {
    }
}
