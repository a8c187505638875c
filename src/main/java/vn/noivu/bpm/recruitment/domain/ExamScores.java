package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;
import vn.noivu.bpm.exam.Candidate;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Scoring;

/** One candidate's recorded scores of one stage (recruitment_score). */
public record ExamScores(Integer correct, Integer total, BigDecimal score, BigDecimal written, BigDecimal interview,
                         boolean absent, Integer part2Correct, Integer part2Questions) {

    /** The written score adopted after a review request replaces the published one. */
    public static ExamScores reviewed(ExamScores round2, BigDecimal adopted) {
        if (round2 == null || adopted == null) {
            return round2;
        }
        return round2.written() != null
                ? new ExamScores(round2.correct(), round2.total(), round2.score(), adopted, round2.interview(),
                        round2.absent(), null, null)
                : new ExamScores(round2.correct(), round2.total(), adopted, null, round2.interview(), round2.absent(),
                        null, null);
    }

    /** The candidate the shared exam ranking sees: professional score (combined when written and interview). */
    public static Candidate candidate(Applicant a, ExamScores round2, ExamScores round1, PassRules rules) {
        BigDecimal part1 = round1 == null || round1.correct() == null ? null : BigDecimal.valueOf(round1.correct());
        if (round2 == null || round2.absent()) {
            return new Candidate(String.valueOf(a.id()), null, null, null, part1, a.priorityPoints(), true);
        }
        BigDecimal professional = round2.written() != null && round2.interview() != null
                ? Scoring.combined(round2.written(), round2.interview(), rules) : round2.score();
        return new Candidate(String.valueOf(a.id()), professional, round2.written(), round2.interview(), part1,
                a.priorityPoints(), false);
    }
}
