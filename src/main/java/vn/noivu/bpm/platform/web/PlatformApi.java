package vn.noivu.bpm.platform.web;

/** This module's section of the API description (/v3/api-docs): the tag every one of its controllers carries. */
public final class PlatformApi {

    public static final String TAG = "Nền tảng";

    public static final String DESCRIPTION = "Thông tin hệ thống, tài khoản đang gọi, lịch làm việc và cách tính hạn, báo cáo xử lý đúng hạn.";

    private PlatformApi() {
    }
}
