package vn.noivu.bpm.commendation.domain;

/** Where a proposal to the province stands, in the words its unit reads. */
public enum ProposalStatus {
    NIEM_YET("Đang niêm yết công khai danh sách đề nghị"),
    XEM_XET_Y_KIEN("Hội đồng thi đua, khen thưởng của đơn vị xem xét ý kiến phản ánh"),
    TRINH_KY("Đơn vị lập, ký tờ trình đề nghị khen thưởng"),
    KIEM_TRA_HO_SO("Sở Nội vụ kiểm tra tính đầy đủ của hồ sơ"),
    BO_SUNG_HO_SO("Đơn vị bổ sung hồ sơ theo yêu cầu của Sở Nội vụ"),
    THAM_DINH("Sở Nội vụ thẩm định hồ sơ"),
    HOI_DONG_TINH("Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu"),
    CHO_QUYET_DINH("Chờ Chủ tịch Ủy ban nhân dân tỉnh quyết định"),
    BAN_HANH_QUYET_DINH("Ban hành quyết định khen thưởng"),
    THONG_BAO_KET_QUA("Thông báo kết quả, chuyển quyết định cho đơn vị"),
    HOAN_THANH("Đã hoàn thành: quyết định, thông báo đã chuyển cho đơn vị"),
    TRA_LAI("Đã trả lại hồ sơ kèm lý do");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
