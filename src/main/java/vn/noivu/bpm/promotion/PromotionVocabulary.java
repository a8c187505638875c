package vn.noivu.bpm.promotion;

/** The codes of the promotion procedure's public contract, each with the Vietnamese words a person reads. */
public final class PromotionVocabulary {

    private PromotionVocabulary() {
    }

    /** The target ranks and titles of the table promotion-title-standards, in words (a new row: add it here). */
    private static final java.util.Map<String, String> TARGET_TITLES = new java.util.LinkedHashMap<>();

    static {
        // In the order a list shows them: civil servants' ranks, then public employees' titles, low to high.
        TARGET_TITLES.put("CHUYEN_VIEN_CHINH", "ngạch chuyên viên chính");
        TARGET_TITLES.put("CHUYEN_VIEN_CAO_CAP", "ngạch chuyên viên cao cấp");
        TARGET_TITLES.put("VC_HANH_CHINH_HANG_II", "viên chức hành chính hạng II");
        TARGET_TITLES.put("VC_HANH_CHINH_HANG_I", "viên chức hành chính hạng I");
    }

    /** A target rank or title in words; a code the list does not know yet is shown as it is. */
    public static String targetTitleLabel(String code) {
        return TARGET_TITLES.getOrDefault(code, code);
    }

    /** Every target rank or title with its words, for a list to pick from. */
    public static java.util.Map<String, String> targetTitles() {
        return java.util.Collections.unmodifiableMap(TARGET_TITLES);
    }

    public enum StaffType {
        CONG_CHUC("công chức"), VIEN_CHUC("viên chức");

        private final String label;

        StaffType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** XET: assessment by the council (civil servants) or dossier review (public employees); THI: by exam. */
    public enum Method {
        XET("xét"), THI("thi");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RoundStatus {
        CHO_DUYET_PHUONG_AN("chờ phê duyệt phương án"), NHAN_DE_CU("nhận danh sách đề nghị"),
        XET_DIEU_KIEN("kiểm tra điều kiện"), HOI_DONG_DANH_GIA("Hội đồng đánh giá"), THI("tổ chức thi"),
        CHO_DUYET_KET_QUA("chờ phê duyệt kết quả"), DA_CONG_BO_KET_QUA("đã công bố kết quả"), BO_NHIEM("bổ nhiệm"),
        HOAN_THANH("hoàn thành");

        private final String label;

        RoundStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum NominationStatus {
        DE_CU("được đề nghị"), DU_DIEU_KIEN("đủ điều kiện"), KHONG_DU_DIEU_KIEN("không đủ điều kiện");

        private final String label;

        NominationStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Outcome of a nominee in the published results. */
    public enum Outcome {
        TRUNG_TUYEN("trúng tuyển"), KHONG_TRUNG_TUYEN("không trúng tuyển"), KHONG_DU_DIEU_KIEN("không đủ điều kiện"),
        KHONG_DAT_DANH_GIA("không được Hội đồng thông qua"), CHO_QUYET_DINH("chờ người đứng đầu quyết định");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum AppointmentStatus {
        CHO_BO_NHIEM("chờ bổ nhiệm"), HOAN_BO_NHIEM("hoãn bổ nhiệm"), DA_BO_NHIEM("đã bổ nhiệm");

        private final String label;

        AppointmentStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
