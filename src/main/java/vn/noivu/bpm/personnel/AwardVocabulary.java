package vn.noivu.bpm.personnel;

/** The codes of the award register, each with the Vietnamese words a person reads (Law 06/2022 on emulation). */
public final class AwardVocabulary {

    private AwardVocabulary() {
    }

    /** Who holds an award. */
    public enum HolderType {
        CA_NHAN("cá nhân"), TAP_THE("tập thể");

        private final String label;

        HolderType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The level of the authority that decides a title. {@code achievementLevel}: the level the personnel import
     * gives a person's highest achievement (BO_TINH: ministry, province or higher; CO_SO: the unit), which
     * promotion's criterion "achievement" ranks.
     */
    public enum Level {
        CO_SO("cấp cơ sở", "CO_SO"), TINH_BO("cấp bộ, ban, ngành, tỉnh", "BO_TINH"),
        TOAN_QUOC("cấp nhà nước (toàn quốc)", "BO_TINH");

        private final String label;
        private final String achievementLevel;

        Level(String label, String achievementLevel) {
            this.label = label;
            this.achievementLevel = achievementLevel;
        }

        public String label() {
            return label;
        }

        public String achievementLevel() {
            return achievementLevel;
        }
    }

    /** Emulation titles (danh hiệu thi đua) and forms of commendation (hình thức khen thưởng), with who may hold them. */
    public enum Title {
        LAO_DONG_TIEN_TIEN("Lao động tiên tiến", Level.CO_SO, true, false),
        CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", Level.CO_SO, true, false),
        CHIEN_SI_THI_DUA_TINH("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", Level.TINH_BO, true, false),
        CHIEN_SI_THI_DUA_TOAN_QUOC("Chiến sĩ thi đua toàn quốc", Level.TOAN_QUOC, true, false),
        GIAY_KHEN("Giấy khen", Level.CO_SO, true, true),
        BANG_KHEN_TINH("Bằng khen của Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh", Level.TINH_BO, true, true),
        BANG_KHEN_THU_TUONG("Bằng khen của Thủ tướng Chính phủ", Level.TOAN_QUOC, true, true),
        TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", Level.CO_SO, false, true),
        TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", Level.TINH_BO, false, true),
        CO_THI_DUA_TINH("Cờ thi đua của Bộ, Ủy ban nhân dân tỉnh", Level.TINH_BO, false, true),
        CO_THI_DUA_CHINH_PHU("Cờ thi đua của Chính phủ", Level.TOAN_QUOC, false, true);

        private final String label;
        private final Level level;
        private final boolean individual;
        private final boolean collective;

        Title(String label, Level level, boolean individual, boolean collective) {
            this.label = label;
            this.level = level;
            this.individual = individual;
            this.collective = collective;
        }

        public String label() {
            return label;
        }

        public Level level() {
            return level;
        }

        public boolean heldBy(HolderType holder) {
            return holder == HolderType.CA_NHAN ? individual : collective;
        }
    }

    /** CONG_TRANG counts toward later merit proposals; DOT_XUAT does not (Decree 152/2025 Art. 4(3)). */
    public enum Kind {
        CONG_TRANG("theo công trạng, thành tích"), DOT_XUAT("đột xuất");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where a row came from. */
    public enum Source {
        QUY_TRINH("ghi từ quy trình thi đua, khen thưởng"), NHAP_TAY("cán bộ nhập quyết định ban hành ngoài hệ thống");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "CO_SO, TINH_BO, ...": the codes of an enum for a message. */
    static String codes(Class<? extends Enum<?>> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
