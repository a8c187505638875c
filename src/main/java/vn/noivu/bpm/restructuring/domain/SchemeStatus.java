package vn.noivu.bpm.restructuring.domain;

/** Where a scheme stands, in words. */
public enum SchemeStatus {
    DANG_LAY_Y_KIEN("Đang lấy ý kiến hộ gia đình"),
    DANG_SUA_DE_AN("Đang chỉnh sửa đề án sau lấy ý kiến"),
    HDND_XEM_XET("Hội đồng nhân dân các cấp xem xét"),
    HOAN_THIEN_HO_SO("Hoàn thiện hồ sơ đề án"),
    BO_NOI_VU_THAM_DINH("Bộ Nội vụ thẩm định"),
    CHINH_PHU_TRINH("Chính phủ trình"),
    CHO_NGHI_QUYET("Chờ nghị quyết của Quốc hội / Ủy ban Thường vụ Quốc hội"),
    CHO_HIEU_LUC("Đã có nghị quyết, chờ ngày có hiệu lực"),
    DA_CO_HIEU_LUC("Nghị quyết đã có hiệu lực; sổ đơn vị hành chính đã cập nhật"),
    HOAN_THANH("Hoàn thành (bộ máy đã kiện toàn, đã phân loại)"),
    DUNG_KHONG_DAT_Y_KIEN("Dừng: lấy ý kiến hộ gia đình không đạt"),
    DUNG_HDND_KHONG_TAN_THANH("Dừng: Hội đồng nhân dân không tán thành");

    private final String label;

    SchemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
