package vn.noivu.bpm.commendation.domain;

import java.util.List;

/**
 * The tie rule between equally qualified contenders (P18): a woman, or a collective whose members are at least
 * {@code womenPercent}% women, is preferred. The share and its citation come from the table commendation-tie-rule
 * (Decree 152/2025 Art. 4(6): 70%), by the day the case started.
 */
public record TieRule(int womenPercent, String citation) {

    public TieRule {
        if (womenPercent < 0 || womenPercent > 100) {
            throw new IllegalArgumentException("Tỷ lệ nữ phải từ 0 đến 100%: " + womenPercent);
        }
    }

    /** One of the tied contenders: a person (woman or not), or a collective with its members and women. */
    public record Contender(String id, boolean collective, boolean woman, int members, int women) {

        public static Contender person(String id, boolean woman) {
            return new Contender(id, false, woman, 1, woman ? 1 : 0);
        }

        public static Contender collective(String id, int members, int women) {
            if (members <= 0 || women < 0 || women > members) {
                throw new IllegalArgumentException("Số nữ phải từ 0 đến số thành viên của tập thể");
            }
            return new Contender(id, true, false, members, women);
        }
    }

    /**
     * The contenders the rule favours: the women, or the collectives with at least the table's share of women, when
     * some are; all of them when none is (the tie is then the council's to break).
     */
    public List<Contender> preferredInTie(List<Contender> tied) {
        List<Contender> favoured = tied.stream().filter(this::favoured).toList();
        return favoured.isEmpty() ? tied : favoured;
    }

    private boolean favoured(Contender contender) {
        return contender.collective() ? contender.women() * 100L >= (long) womenPercent * contender.members()
                : contender.woman();
    }
}
