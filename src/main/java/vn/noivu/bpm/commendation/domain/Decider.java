package vn.noivu.bpm.commendation.domain;

/** Who decides a title (table commendation-deciders), with the words a decision names them by. */
public enum Decider {
    THU_TRUONG_DON_VI("Thủ trưởng cơ quan, đơn vị"),
    CHU_TICH_UBND_XA("Chủ tịch Ủy ban nhân dân cấp xã"),
    GIAM_DOC_DOANH_NGHIEP("Giám đốc, Tổng giám đốc doanh nghiệp, hợp tác xã"),
    CHU_TICH_UBND_TINH("Chủ tịch Ủy ban nhân dân tỉnh"),
    THU_TUONG("Thủ tướng Chính phủ");

    private final String label;

    Decider(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of the proposing unit, which decides who decides its base-level titles. */
    public enum UnitKind {
        CO_QUAN_DON_VI("cơ quan, đơn vị (sở, ngành, đơn vị sự nghiệp)"),
        XA("xã, phường, đặc khu"),
        DOANH_NGHIEP("doanh nghiệp, hợp tác xã");

        private final String label;

        UnitKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
