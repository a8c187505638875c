package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;

/** One application's line of the results: total, rank, outcome code and assigned agency (null when none). */
public record RankedRow(BigDecimal total, Integer rank, String outcome, String agency, long applicationId) {
}
