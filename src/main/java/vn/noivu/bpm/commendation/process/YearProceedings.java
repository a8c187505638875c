package vn.noivu.bpm.commendation.process;

import java.util.Arrays;

/** What holds a nominee back (P16) and how it ended. */
public final class YearProceedings {

    /** The proceedings open against a staff member. */
    public enum Kind {
        XEM_XET_KY_LUAT("đang xem xét kỷ luật"),
        DIEU_TRA("đang bị điều tra, thanh tra có dấu hiệu vi phạm, truy cứu"),
        KHIEU_NAI("có đơn khiếu nại, tố cáo đang được xác minh, giải quyết");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the proceedings ended, or that they have not. */
    public enum Result {
        CON_XU_LY("còn đang xử lý"), KHONG_VI_PHAM("đã kết luận không vi phạm: xét lại"),
        BI_KY_LUAT("đã kết luận, bị kỷ luật: không công nhận");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private YearProceedings() {
    }

    static String label(String kind) {
        return Arrays.stream(Kind.values()).filter(k -> k.name().equals(kind)).map(Kind::label).findFirst().orElse(kind);
    }
}
