package vn.noivu.bpm.commendation.domain;

import java.time.LocalDate;

/**
 * An initiative (sáng kiến) recognised for its author: the year and decision that recognised it, and its scope:
 * the unit (counts toward CSTĐ cơ sở, Law 06/2022 Art. 23(2), and the provincial Bằng khen, Art. 74) or the province
 * (effect recognised province-wide, CSTĐ cấp tỉnh, Art. 22(1)(b)).
 */
public record Initiative(long id, String citizenId, String fullName, String title, int recognitionYear, Scope scope,
                         String decisionNumber, LocalDate decisionDate, String recognisedBy) {

    public enum Scope {
        CO_SO("cấp cơ sở"), TINH("cấp tỉnh");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
