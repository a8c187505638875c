package vn.noivu.bpm.commendation.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class CommendationApi {

    public static final String TAG = "Thi đua, khen thưởng";

    public static final String DESCRIPTION = "Bình xét thi đua năm, hồ sơ đề nghị khen thưởng, công khai lấy ý kiến, quyết định khen thưởng, sáng kiến, tiền thưởng.";

    private CommendationApi() {
    }
}
