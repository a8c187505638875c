package vn.noivu.bpm.commendation.domain;

/** Where one nominee of a proposal stands. */
public enum ProposalItemStatus {
    DE_NGHI("Đang đề nghị", true),
    RUT("Đơn vị rút khỏi danh sách sau ý kiến phản ánh", false),
    CHAP_NHAN("Sở Nội vụ thẩm định: đủ điều kiện trình", true),
    KHONG_CHAP_NHAN("Sở Nội vụ thẩm định: không đủ điều kiện", false),
    DAT_PHIEU("Hội đồng tỉnh bỏ phiếu: đạt", true),
    KHONG_DAT_PHIEU("Hội đồng tỉnh bỏ phiếu: không đạt tỷ lệ", false),
    KHEN_THUONG("Được khen thưởng", true),
    KHONG_KHEN("Chủ tịch Ủy ban nhân dân tỉnh không quyết định khen thưởng", false),
    TRA_LAI("Hồ sơ bị trả lại", false);

    private final String label;
    private final boolean active;

    ProposalItemStatus(String label, boolean active) {
        this.label = label;
        this.active = active;
    }

    public String label() {
        return label;
    }

    /** Still in the proposal: not withdrawn, rejected or failed. */
    public boolean active() {
        return active;
    }
}
