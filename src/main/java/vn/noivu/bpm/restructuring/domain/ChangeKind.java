package vn.noivu.bpm.restructuring.domain;

/** The kinds of change an arrangement of a scheme makes, with how many units it takes and gives. */
public enum ChangeKind {
    MERGE("Nhập (sáp nhập) đơn vị hành chính", 2, Integer.MAX_VALUE, 1, 1),
    DIVIDE("Chia, tách đơn vị hành chính", 1, 1, 2, Integer.MAX_VALUE),
    BOUNDARY_ADJUSTMENT("Điều chỉnh địa giới đơn vị hành chính", 2, Integer.MAX_VALUE, 2, Integer.MAX_VALUE),
    RENAME("Đổi tên đơn vị hành chính", 1, 1, 1, 1),
    WARD_FROM_COMMUNE("Thành lập phường trên cơ sở xã", 1, 1, 1, 1);

    private final String label;
    private final int minUnits;
    private final int maxUnits;
    private final int minResults;
    private final int maxResults;

    ChangeKind(String label, int minUnits, int maxUnits, int minResults, int maxResults) {
        this.label = label;
        this.minUnits = minUnits;
        this.maxUnits = maxUnits;
        this.minResults = minResults;
        this.maxResults = maxResults;
    }

    public String label() {
        return label;
    }

    public boolean unitsAllowed(int count) {
        return count >= minUnits && count <= maxUnits;
    }

    public boolean resultsAllowed(int count) {
        return count >= minResults && count <= maxResults;
    }

    /** How many units and results it takes, in words, for a refusal. */
    public String shape() {
        return label + ": " + (minUnits == maxUnits ? minUnits + "" : "từ " + minUnits) + " đơn vị liên quan, "
                + (minResults == maxResults ? minResults + "" : "từ " + minResults) + " đơn vị hình thành";
    }

    /** The standards are measured for the units a change forms or reshapes; a renamed unit keeps its territory. */
    public boolean checksStandards() {
        return this != RENAME;
    }
}
