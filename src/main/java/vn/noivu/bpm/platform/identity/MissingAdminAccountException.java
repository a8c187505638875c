package vn.noivu.bpm.platform.identity;

/** Start-up without the demo profile needs a real administrator: see {@link MissingAdminAccountFailureAnalyzer}. */
public class MissingAdminAccountException extends IllegalStateException {

    public MissingAdminAccountException() {
        super("ADMIN_USER and ADMIN_PASSWORD must be set when the demo profile is not active"
                + " (Cần đặt ADMIN_USER và ADMIN_PASSWORD khi không chạy chế độ demo)");
    }
}
