package vn.noivu.bpm.commendation.domain;

/**
 * The emulation titles and commendation forms the rule tables know, with the words a person reads. The codes are the
 * award register's (personnel's award vocabulary), so a decided title enters the register under its own code.
 */
public enum Title {
    LAO_DONG_TIEN_TIEN("Lao động tiên tiến", Subject.CA_NHAN),
    CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", Subject.CA_NHAN),
    CHIEN_SI_THI_DUA_TINH("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", Subject.CA_NHAN),
    CHIEN_SI_THI_DUA_TOAN_QUOC("Chiến sĩ thi đua toàn quốc", Subject.CA_NHAN),
    BANG_KHEN_TINH("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", Subject.CA_NHAN),
    GIAY_KHEN("Giấy khen", Subject.CA_NHAN),
    TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", Subject.TAP_THE),
    TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc", Subject.TAP_THE),
    CO_THI_DUA_TINH("Cờ thi đua của Bộ, Ủy ban nhân dân tỉnh", Subject.TAP_THE),
    CO_THI_DUA_CHINH_PHU("Cờ thi đua của Chính phủ", Subject.TAP_THE);

    /** Who a title is awarded to. */
    public enum Subject {
        CA_NHAN("cá nhân"), TAP_THE("tập thể");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Subject subject;

    Title(String label, Subject subject) {
        this.label = label;
        this.subject = subject;
    }

    public String label() {
        return label;
    }

    public Subject subject() {
        return subject;
    }
}
