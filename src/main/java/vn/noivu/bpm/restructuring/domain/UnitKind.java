package vn.noivu.bpm.restructuring.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of administrative unit, with the words the national catalogue (danh mục đơn vị hành chính) uses in its
 * "Cấp" column. Since 01/07/2025 there are two levels (province: tỉnh, thành phố trực thuộc trung ương; commune: xã,
 * phường, đặc khu); the district-level kinds and thị trấn remain to replay earlier catalogues.
 */
public enum UnitKind {
    TINH("Tỉnh", Level.TINH, "tỉnh"),
    THANH_PHO_TRUC_THUOC_TRUNG_UONG("Thành phố trực thuộc trung ương", Level.TINH, "thành phố trung ương",
            "thành phố trực thuộc trung ương", "thành phố trực thuộc tw", "thành phố tw"),
    HUYEN("Huyện", Level.HUYEN, "huyện"),
    QUAN("Quận", Level.HUYEN, "quận"),
    THI_XA("Thị xã", Level.HUYEN, "thị xã"),
    THANH_PHO_THUOC_TINH("Thành phố thuộc tỉnh", Level.HUYEN, "thành phố thuộc tỉnh", "thành phố"),
    THANH_PHO_THUOC_THANH_PHO_TRUNG_UONG("Thành phố thuộc thành phố trực thuộc trung ương", Level.HUYEN,
            "thành phố thuộc thành phố trực thuộc trung ương", "thành phố thuộc thành phố trung ương"),
    XA("Xã", Level.XA, "xã"),
    PHUONG("Phường", Level.XA, "phường"),
    THI_TRAN("Thị trấn", Level.XA, "thị trấn"),
    DAC_KHU("Đặc khu", Level.XA, "đặc khu");

    /** The three levels of the catalogue: province, district (until 30/06/2025), commune. */
    public enum Level {
        TINH("cấp tỉnh"), HUYEN("cấp huyện"), XA("cấp xã");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Level level;
    private final List<String> catalogueWords;

    UnitKind(String label, Level level, String... catalogueWords) {
        this.label = label;
        this.level = level;
        this.catalogueWords = List.of(catalogueWords);
    }

    public String label() {
        return label;
    }

    public Level level() {
        return level;
    }

    /** Whether a unit of this kind may sit under a parent of that kind (a province has none). */
    public boolean mayHaveParent(UnitKind parent) {
        return switch (level) {
            case TINH -> false;
            case HUYEN -> parent.level == Level.TINH;
            case XA -> parent.level == Level.TINH || parent.level == Level.HUYEN;
        };
    }

    /** The kind named by the catalogue's word ("Tỉnh", "Thành phố Trung ương", "Xã"...) or by the API name. */
    public static Optional<UnitKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(text.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        for (UnitKind kind : values()) {
            if (kind.name().equalsIgnoreCase(word) || kind.catalogueWords.contains(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The accepted words, for error messages. */
    public static String accepted() {
        StringBuilder words = new StringBuilder();
        for (UnitKind kind : values()) {
            words.append(words.isEmpty() ? "" : ", ").append(kind.label);
        }
        return words.toString();
    }
}
