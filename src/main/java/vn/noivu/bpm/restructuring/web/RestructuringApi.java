package vn.noivu.bpm.restructuring.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class RestructuringApi {

    public static final String TAG = "Sắp xếp đơn vị hành chính";

    public static final String DESCRIPTION = "Danh mục và số liệu đơn vị hành chính, đối chiếu tiêu chuẩn, đề án sắp xếp, lấy ý kiến cử tri, nghị quyết của Hội đồng nhân dân.";

    private RestructuringApi() {
    }
}
