package vn.noivu.bpm.recruitment;

import vn.noivu.bpm.platform.notification.ApplicantMilestone;

/** The public milestones of a recruitment applicant's dossier, each told by email once. */
public enum RecruitmentMilestone implements ApplicantMilestone {
    RECEIVED("Hồ sơ %s đã được tiếp nhận",
            "Cơ quan đã tiếp nhận hồ sơ số %s của Ông/Bà."),
    ALREADY_APPLIED("Phiếu đăng ký mới với số định danh của hồ sơ %s",
            "Cơ quan vừa nhận một Phiếu đăng ký mới mang số định danh cá nhân của Ông/Bà, trong khi Ông/Bà đã có "
                    + "hồ sơ số %s trong kỳ này. Mỗi người chỉ đăng ký một vị trí, nên Phiếu mới không được tiếp "
                    + "nhận; hồ sơ đã nộp giữ nguyên. Nếu không phải Ông/Bà gửi Phiếu mới, xin bỏ qua thư này."),
    ELIGIBLE("Hồ sơ %s đủ điều kiện dự tuyển",
            "Hồ sơ số %s đủ điều kiện. Thông tin về thời gian, địa điểm sẽ được thông báo tiếp."),
    INELIGIBLE("Hồ sơ %s không đủ điều kiện",
            "Hồ sơ số %s không đủ điều kiện."),
    RESULT("Kết quả của hồ sơ %s",
            "Kết quả của hồ sơ số %s đã được công bố."),
    REVIEW_RESULT("Kết quả phúc khảo của hồ sơ %s",
            "Đã có kết quả phúc khảo bài thi của hồ sơ số %s."),
    DOSSIER_DEADLINE("Hạn hoàn thiện hồ sơ %s",
            "Đề nghị Ông/Bà hoàn thiện hồ sơ tuyển dụng số %s trong thời hạn dưới đây."),
    DECISION("Quyết định tuyển dụng hồ sơ %s",
            "Cơ quan đã có quyết định tuyển dụng Ông/Bà (hồ sơ số %s). Đề nghị nhận việc trong thời hạn dưới đây."),
    CANCELLED("Hủy kết quả tuyển dụng hồ sơ %s",
            "Kết quả tuyển dụng của hồ sơ số %s đã bị hủy."),
    RECRUITED("Nhận việc hồ sơ %s",
            "Cơ quan đã ghi nhận Ông/Bà nhận việc (hồ sơ số %s).");

    private final String title;
    private final String opening;

    RecruitmentMilestone(String title, String opening) {
        this.title = title;
        this.opening = opening;
    }

    @Override
    public String kind() {
        return "APPLICANT_" + name();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String opening() {
        return opening;
    }

    /** Every recruitment email links to the public lookup page (number and citizen ID are typed there). */
    @Override
    public String lookupPath() {
        return "/tra-cuu";
    }

    @Override
    public String detailLabel() {
        return this == INELIGIBLE ? "Lý do: " : "";
    }
}
