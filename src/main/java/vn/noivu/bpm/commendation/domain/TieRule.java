package vn.noivu.bpm.commendation.domain;

import java.util.List;

/**
 * The tie rule between equally qualified contenders (P18, Decree 152/2025 Art. 4(6)): a woman, or a collective whose
 * members are at least 70% women, is preferred.
 */
public final class TieRule {

    /** The women's share from which a collective is preferred. */
    public static final int WOMEN_PERCENT = 70;
    public static final String CITATION = "Nghị định 152/2025/NĐ-CP, Điều 4 khoản 6: khi có nhiều cá nhân, tập thể"
            + " đủ điều kiện, tiêu chuẩn như nhau thì ưu tiên cá nhân nữ, tập thể có tỷ lệ nữ từ 70% trở lên";

    private TieRule() {
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

        boolean favoured() {
            return collective ? women * 100L >= (long) WOMEN_PERCENT * members : woman;
        }
    }

    /**
     * The contenders the rule favours: the women, or the collectives with at least 70% women, when some are; all of
     * them when none is (the tie is then the council's to break).
     */
    public static List<Contender> preferredInTie(List<Contender> tied) {
        List<Contender> favoured = tied.stream().filter(Contender::favoured).toList();
        return favoured.isEmpty() ? tied : favoured;
    }
}
