package vn.noivu.bpm.commendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A council vote on a title (P6, P6a, P6b): the table's rule for the title, the ballots, the result. */
public final class CouncilVote {

    private CouncilVote() {
    }

    /** Whether a title needs a council vote, and the share of all members that must agree. */
    public record Rule(boolean required, Integer thresholdPercent, boolean secretBallot, String citation,
                       String legalBasis) {
    }

    /**
     * The ballots of one vote: {@code members} is every member of the council, present or not; {@code agree} the
     * "đồng ý" ballots including absent members' written opinions; {@code against} the others cast. Members who
     * neither voted nor wrote count as not agreeing.
     */
    public record Tally(int members, int agree, int against) {

        public Tally {
            if (members <= 0) {
                throw new IllegalArgumentException("Hội đồng phải có ít nhất một thành viên");
            }
            if (agree < 0 || against < 0) {
                throw new IllegalArgumentException("Số phiếu không được âm");
            }
            if (agree + against > members) {
                throw new IllegalArgumentException("Tổng số phiếu (" + (agree + against)
                        + ") không được quá số thành viên Hội đồng (" + members + ")");
            }
        }
    }

    public record Result(boolean passed, int agree, int members, int thresholdPercent, String citation) {

        /** "12/15 (80,0%)" for minutes. */
        public String share() {
            return agree + "/" + members + " (" + BigDecimal.valueOf(agree * 1000L).divide(BigDecimal.valueOf(members),
                    0, RoundingMode.HALF_UP).movePointLeft(1).toPlainString().replace('.', ',') + "%)";
        }
    }

    /** Passed iff agree × 100 ≥ threshold × all members: "từ 80% trở lên" includes 80% (C8b). */
    public static Result outcome(Rule rule, Tally tally) {
        if (!rule.required()) {
            throw new IllegalArgumentException("Danh hiệu này không phải bỏ phiếu");
        }
        int threshold = rule.thresholdPercent();
        return new Result(tally.agree() * 100L >= (long) threshold * tally.members(), tally.agree(), tally.members(),
                threshold, rule.citation());
    }
}
