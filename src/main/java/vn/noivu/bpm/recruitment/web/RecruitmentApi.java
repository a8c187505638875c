package vn.noivu.bpm.recruitment.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class RecruitmentApi {

    public static final String TAG = "Tuyển dụng";

    public static final String DESCRIPTION = "Tuyển dụng công chức (Nghị định 170/2025/NĐ-CP) và viên chức (Nghị định 115/2020/NĐ-CP): kế hoạch, Phiếu đăng ký dự tuyển, tra cứu, phúc khảo, điểm và kết quả.";

    private RecruitmentApi() {
    }
}
