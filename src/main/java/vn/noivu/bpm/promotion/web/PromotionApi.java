package vn.noivu.bpm.promotion.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class PromotionApi {

    public static final String TAG = "Nâng ngạch, thăng hạng";

    public static final String DESCRIPTION = "Thi, xét nâng ngạch công chức và thăng hạng chức danh nghề nghiệp viên chức: kế hoạch, cử người dự, điểm, kết quả.";

    private PromotionApi() {
    }
}
