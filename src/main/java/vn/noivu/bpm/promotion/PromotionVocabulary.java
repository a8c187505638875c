package vn.noivu.bpm.promotion;

/** The codes of the promotion procedure's public contract. */
public final class PromotionVocabulary {

    private PromotionVocabulary() {
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
    public enum Method { XET, THI }

    public enum RoundStatus {
        CHO_DUYET_PHUONG_AN, NHAN_DE_CU, XET_DIEU_KIEN, HOI_DONG_DANH_GIA, THI, CHO_DUYET_KET_QUA, DA_CONG_BO_KET_QUA,
        BO_NHIEM, HOAN_THANH
    }

    public enum NominationStatus { DE_CU, DU_DIEU_KIEN, KHONG_DU_DIEU_KIEN }

    /** Outcome of a nominee in the published results. */
    public enum Outcome { TRUNG_TUYEN, KHONG_TRUNG_TUYEN, KHONG_DU_DIEU_KIEN, KHONG_DAT_DANH_GIA, CHO_QUYET_DINH }

    public enum AppointmentStatus { CHO_BO_NHIEM, HOAN_BO_NHIEM, DA_BO_NHIEM }
}
