package vn.noivu.bpm.platform.report;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.ApiUser;

/**
 * The report page for managers, behind the webapp login: without a session it sends the browser to the
 * Tasklist login; a user who is neither manager nor administrator gets a 403 page.
 */
@Controller
public class OnTimeReportPageController {

    public static final String PATH = "/reports/on-time";
    private static final String LOGIN = "/camunda/app/tasklist/default/#/login";

    private final byte[] page;

    public OnTimeReportPageController() throws IOException {
        try (InputStream in = new ClassPathResource("reports/on-time.html").getInputStream()) {
            page = in.readAllBytes();
        }
    }

    @GetMapping(PATH)
    public ResponseEntity<byte[]> page(HttpServletRequest request) {
        ApiUser user = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        if (user == null) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, LOGIN).build();
        }
        if (!user.has(Role.LANH_DAO) && !user.has(Role.CAMUNDA_ADMIN)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML)
                    .body(("<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không có quyền</title>"
                            + "<p>Chỉ lãnh đạo và quản trị hệ thống được xem báo cáo này."
                            + " <a href=\"/camunda/app/tasklist/\">Về danh sách công việc</a></p></html>")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(page);
    }
}
