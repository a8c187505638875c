package vn.noivu.bpm.platform.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into the short "APPLICATION FAILED TO START" message an operator can act on. */
class MissingAdminAccountFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminAccountException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminAccountException cause) {
        return new FailureAnalysis(
                "Không có tài khoản quản trị: biến môi trường ADMIN_USER và ADMIN_PASSWORD chưa được đặt."
                        + " / No administrator account: ADMIN_USER and ADMIN_PASSWORD are not set.",
                "Đặt ADMIN_USER và ADMIN_PASSWORD (ví dụ: ADMIN_USER=quantri ADMIN_PASSWORD='...'),"
                        + " hoặc chạy thử với chế độ demo: --spring.profiles.active=demo."
                        + " / Set ADMIN_USER and ADMIN_PASSWORD, or try the system with the demo profile.",
                cause);
    }
}
