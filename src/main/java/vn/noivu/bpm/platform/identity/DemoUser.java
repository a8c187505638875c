package vn.noivu.bpm.platform.identity;

/** One demo account per platform role; the password equals the user id (demo profile only). */
enum DemoUser {
    CHUYENVIEN("chuyenvien", "Nguyễn Văn", "An", Role.CHUYEN_VIEN),
    LANHDAO("lanhdao", "Trần Thị", "Bình", Role.LANH_DAO),
    THIETKE("thietke", "Hoàng Văn", "Em", Role.THIET_KE_QUY_TRINH),
    ADMIN("admin", "Quản trị", "Hệ thống", Role.CAMUNDA_ADMIN);

    final String userId;
    final String firstName;
    final String lastName;
    final Role role;

    DemoUser(String userId, String firstName, String lastName, Role role) {
        this.userId = userId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
    }

    /** Demo mailboxes, for trying reminders against a local test mail server. */
    String email() {
        return email(userId);
    }

    static String email(String userId) {
        return userId + "@noivu.local";
    }
}
