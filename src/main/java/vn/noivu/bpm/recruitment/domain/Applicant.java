package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;

/**
 * What ranking reads of an application, with its recorded scores of round 1 and round 2 (null when none): a round
 * ranks up to 100,000 of them, so names, addresses and contacts stay in the database until a form shows someone.
 */
public record Applicant(long id, long positionId, BigDecimal priorityPoints, String status, String agencyPreferences,
                        ExamScores round1, ExamScores round2) {
}
