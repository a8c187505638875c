package vn.noivu.bpm.restructuring.domain;

/** The classes of administrative units (Decree 307/2025 Art. 2), highest first. */
public enum UnitClass {
    DAC_BIET("Loại đặc biệt"), LOAI_I("Loại I"), LOAI_II("Loại II"), LOAI_III("Loại III");

    private final String label;

    UnitClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
