package vn.noivu.bpm.recruitment;

/** The fixed vocabulary of the recruitment API: codes integrators send and read, exactly as written. */
public final class RecruitmentVocabulary {

    private RecruitmentVocabulary() {
    }

    public enum Method { THI_TUYEN, XET_TUYEN }

    public enum StaffType { CONG_CHUC, VIEN_CHUC }

    /** Ranks (ngạch) of the position, low to high (Law 80/2025 Art. 24). */
    public enum Rank { NHAN_VIEN, CAN_SU, CHUYEN_VIEN, CHUYEN_VIEN_CHINH }

    /** Degree levels, low to high: a position's minimum is met by its level or a higher one. */
    public enum DegreeLevel { TRUNG_CAP, CAO_DANG, DAI_HOC, THAC_SI, TIEN_SI }

    public enum Round2Format { VIET, VIET_PHONG_VAN, VAN_DAP, THUC_HANH }

    public enum Gender { NAM, NU }

    /** The score sheets of a round: round 1, round 2 (professional exam), re-marking after review requests. */
    public enum ExamStage { VONG_1, VONG_2, PHUC_KHAO }

    public enum RoundStatus {
        CHO_DUYET_KE_HOACH, DANG_NHAN_HO_SO, XET_DIEU_KIEN, THI_VONG_1, THI_VONG_2, PHUC_KHAO, CHO_DUYET_KET_QUA,
        DA_CONG_BO_KET_QUA, HOAN_THIEN_HO_SO, DA_QUYET_DINH, HOAN_THANH
    }

    /** A candidate's outcome in the results (recruitment_result.outcome, GET .../results). */
    public enum ResultOutcome {
        TRUNG_TUYEN, KHONG_TRUNG_TUYEN, VANG_THI, CHO_QUYET_DINH, KHONG_DU_DIEU_KIEN,
        /** The head cancelled the result or the decision (hiring-dossier). */
        HUY_TRUNG_TUYEN
    }

    /** Where a winner's hiring stands (recruitment_hiring.status). */
    public enum HiringStatus { HOAN_THIEN_HO_SO, DA_QUYET_DINH, DA_NHAN_VIEC, HUY_KET_QUA, HUY_QUYET_DINH }

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
