package vn.noivu.bpm.restructuring.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a commune reports after the household consultation (Decree 321/2025): all households of the area, those
 * consulted, agreeing, disagreeing and other opinions, and per village when it has them. {@link #problem()} names the
 * first figure that cannot be right.
 */
public record ConsultationTally(long totalHouseholds, long consulted, long agree, long disagree, long otherOpinions,
                                List<Village> villages) {

    public record Village(String village, long totalHouseholds, long consulted, long agree, long disagree,
                          long otherOpinions) {
    }

    /** A field and the rule it breaks, in Vietnamese; empty when the tally holds together. */
    public record Problem(String field, String rule, String message) {
    }

    public ConsultationTally {
        villages = villages == null ? List.of() : List.copyOf(villages);
    }

    public Optional<Problem> problem() {
        if (totalHouseholds <= 0) {
            return Optional.of(new Problem("totalHouseholds", "positive", "Tổng số hộ gia đình trên địa bàn phải lớn hơn 0."));
        }
        if (consulted < 0 || agree < 0 || disagree < 0 || otherOpinions < 0) {
            return Optional.of(new Problem("consulted", "notNegative", "Số hộ không được âm."));
        }
        if (consulted > totalHouseholds) {
            return Optional.of(new Problem("consulted", "atMostTotal", "Số hộ tham gia (" + consulted
                    + ") lớn hơn tổng số hộ gia đình (" + totalHouseholds + ")."));
        }
        if (agree > totalHouseholds) {
            return Optional.of(new Problem("agree", "atMostTotal", "Số hộ đồng ý (" + agree + ") lớn hơn tổng số hộ gia đình ("
                    + totalHouseholds + ")."));
        }
        if (agree + disagree + otherOpinions > consulted) {
            return Optional.of(new Problem("agree", "atMostConsulted", "Đồng ý + không đồng ý + ý kiến khác ("
                    + (agree + disagree + otherOpinions) + ") lớn hơn số hộ tham gia (" + consulted + ")."));
        }
        if (!villages.isEmpty()) {
            for (int i = 0; i < villages.size(); i++) {
                Village v = villages.get(i);
                String at = "villages[" + i + "]";
                if (v.village() == null || v.village().isBlank() || v.village().length() > 200) {
                    return Optional.of(new Problem(at + ".village", "required", "Tên thôn, tổ dân phố là bắt buộc (tối đa 200 ký tự)."));
                }
                if (v.totalHouseholds() <= 0 || v.consulted() < 0 || v.consulted() > v.totalHouseholds()
                        || v.agree() < 0 || v.disagree() < 0 || v.otherOpinions() < 0
                        || v.agree() + v.disagree() + v.otherOpinions() > v.consulted()) {
                    return Optional.of(new Problem(at, "consistent", "Số liệu của " + v.village()
                            + " không khớp: 0 ≤ đồng ý + không đồng ý + khác ≤ tham gia ≤ tổng số hộ, tổng số hộ > 0."));
                }
            }
            long total = villages.stream().mapToLong(Village::totalHouseholds).sum();
            long c = villages.stream().mapToLong(Village::consulted).sum();
            long a = villages.stream().mapToLong(Village::agree).sum();
            long d = villages.stream().mapToLong(Village::disagree).sum();
            long o = villages.stream().mapToLong(Village::otherOpinions).sum();
            if (total != totalHouseholds || c != consulted || a != agree || d != disagree || o != otherOpinions) {
                return Optional.of(new Problem("villages", "sumsToCommune", "Cộng các thôn, tổ dân phố (" + total + " hộ, "
                        + c + " tham gia, " + a + " đồng ý, " + d + " không đồng ý, " + o + " khác) không bằng số của xã."));
            }
        }
        return Optional.empty();
    }
}
