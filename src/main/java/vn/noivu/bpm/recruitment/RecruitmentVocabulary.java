package vn.noivu.bpm.recruitment;

/** The fixed vocabulary of the recruitment API: codes integrators send and read, exactly as written. */
public final class RecruitmentVocabulary {

    private RecruitmentVocabulary() {
    }

    /** A code with the Vietnamese words a person reads for it (forms, exports, {@code …Label} in JSON). */
    public interface Labelled {
        String label();
    }

    /** The words for a code of {@code type}; an unknown or empty code is shown as it is. */
    public static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value.label();
            }
        }
        return code;
    }

    public enum Method implements Labelled {
        THI_TUYEN("Thi tuyển"),
        XET_TUYEN("Xét tuyển");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum StaffType implements Labelled {
        CONG_CHUC("Công chức"),
        VIEN_CHUC("Viên chức");

        private final String label;

        StaffType(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Ranks (ngạch) of the position, low to high (Law 80/2025 Art. 24). */
    public enum Rank implements Labelled {
        NHAN_VIEN("Nhân viên"),
        CAN_SU("Cán sự"),
        CHUYEN_VIEN("Chuyên viên"),
        CHUYEN_VIEN_CHINH("Chuyên viên chính");

        private final String label;

        Rank(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Degree levels, low to high: a position's minimum is met by its level or a higher one. */
    public enum DegreeLevel implements Labelled {
        TRUNG_CAP("Trung cấp"),
        CAO_DANG("Cao đẳng"),
        DAI_HOC("Đại học"),
        THAC_SI("Thạc sĩ"),
        TIEN_SI("Tiến sĩ");

        private final String label;

        DegreeLevel(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Round2Format implements Labelled {
        VIET("Thi viết"),
        VIET_PHONG_VAN("Thi viết kết hợp phỏng vấn"),
        VAN_DAP("Vấn đáp"),
        THUC_HANH("Thực hành");

        private final String label;

        Round2Format(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Gender implements Labelled {
        NAM("Nam"),
        NU("Nữ");

        private final String label;

        Gender(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The score sheets of a round: round 1, round 2 (professional exam), re-marking after review requests. */
    public enum ExamStage implements Labelled {
        VONG_1("Vòng 1"),
        VONG_2("Vòng 2"),
        PHUC_KHAO("Phúc khảo");

        private final String label;

        ExamStage(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum RoundStatus implements Labelled {
        CHO_DUYET_KE_HOACH("Chờ phê duyệt kế hoạch"),
        DANG_NHAN_HO_SO("Đang nhận Phiếu đăng ký dự tuyển"),
        XET_DIEU_KIEN("Đang kiểm tra điều kiện dự tuyển"),
        THI_VONG_1("Thi vòng 1"),
        THI_VONG_2("Thi vòng 2"),
        PHUC_KHAO("Phúc khảo"),
        CHO_DUYET_KET_QUA("Chờ phê duyệt kết quả"),
        DA_CONG_BO_KET_QUA("Đã công bố kết quả"),
        HOAN_THIEN_HO_SO("Hoàn thiện hồ sơ tuyển dụng"),
        DA_QUYET_DINH("Đã có quyết định tuyển dụng"),
        HOAN_THANH("Hoàn thành");

        private final String label;

        RoundStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A candidate's outcome in the results (recruitment_result.outcome, GET .../results). */
    public enum ResultOutcome implements Labelled {
        TRUNG_TUYEN("Trúng tuyển"),
        KHONG_TRUNG_TUYEN("Không trúng tuyển"),
        VANG_THI("Vắng thi"),
        CHO_QUYET_DINH("Bằng điểm, chờ người đứng đầu quyết định"),
        KHONG_DU_DIEU_KIEN("Không đủ điều kiện dự tuyển"),
        /** The head cancelled the result or the decision (hiring-dossier). */
        HUY_TRUNG_TUYEN("Hủy kết quả trúng tuyển");

        private final String label;

        ResultOutcome(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Where a winner's hiring stands (recruitment_hiring.status). */
    public enum HiringStatus implements Labelled {
        HOAN_THIEN_HO_SO("Đang hoàn thiện hồ sơ tuyển dụng"),
        DA_QUYET_DINH("Đã có quyết định tuyển dụng"),
        DA_NHAN_VIEC("Đã nhận việc"),
        HUY_KET_QUA("Hủy kết quả trúng tuyển"),
        HUY_QUYET_DINH("Hủy quyết định tuyển dụng");

        private final String label;

        HiringStatus(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** An application's public status, with a Vietnamese label for the applicant. */
    public enum ApplicationStatus {
        DA_NOP("Đã nộp Phiếu đăng ký dự tuyển"),
        DU_DIEU_KIEN("Đủ điều kiện dự tuyển"),
        KHONG_DU_DIEU_KIEN("Không đủ điều kiện dự tuyển");

        public final String label;

        ApplicationStatus(String label) {
            this.label = label;
        }
    }

    /** Events in an application's history that do not change its status. */
    public enum ApplicationEvent {
        DA_NOP_DON_PHUC_KHAO("Đã nộp đơn phúc khảo"),
        CO_KET_QUA_PHUC_KHAO("Đã có kết quả phúc khảo"),
        MOI_HOAN_THIEN_HO_SO("Được mời hoàn thiện hồ sơ tuyển dụng"),
        DA_NHAN_DU_HO_SO("Cơ quan đã nhận đủ hồ sơ tuyển dụng"),
        CO_QUYET_DINH_TUYEN_DUNG("Có quyết định tuyển dụng"),
        GIA_HAN_NHAN_VIEC("Được gia hạn thời hạn nhận việc"),
        DA_NHAN_VIEC("Đã nhận việc"),
        HUY_KET_QUA_TRUNG_TUYEN("Kết quả trúng tuyển bị hủy"),
        HUY_QUYET_DINH_TUYEN_DUNG("Quyết định tuyển dụng bị hủy");

        public final String label;

        ApplicationEvent(String label) {
            this.label = label;
        }
    }

    /**
     * A round's legal basis as people read it: "ND-170-2025" is "Nghị định 170/2025/NĐ-CP", "ND-115-2020-85-2023"
     * is "Nghị định 115/2020/NĐ-CP, sửa đổi bởi Nghị định 85/2023/NĐ-CP" (the code names decrees by number and year,
     * the first amended by the others). A code of another shape is shown as it is.
     */
    public static String legalBasisLabel(String code) {
        if (code == null || !code.matches("ND(-\\d{1,4}-\\d{4})+")) {
            return code;
        }
        String[] parts = code.substring(3).split("-");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            label.append(i == 0 ? "" : i == 2 ? ", sửa đổi bởi " : ", ")
                    .append("Nghị định ").append(parts[i]).append('/').append(parts[i + 1]).append("/NĐ-CP");
        }
        return label.toString();
    }

    /** The Vietnamese label of a status or event code of an application's history. */
    public static String historyLabel(String code) {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status.name().equals(code)) {
                return status.label;
            }
        }
        return ApplicationEvent.valueOf(code).label;
    }
}
