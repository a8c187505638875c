package vn.noivu.bpm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a browser gets for an error outside /api (an unknown address, Admin opened by an official, a failure):
 * in Vietnamese, with a way back to the Tasklist. Named "error", it replaces Spring Boot's English
 * "Whitelabel Error Page"; JSON clients still get the JSON error body.
 */
@Component("error")
public class ErrorPage implements View {

    private record Text(String title, String explanation) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            401, new Text("Cần đăng nhập", "Trang này chỉ dành cho người dùng đã đăng nhập."),
            403, new Text("Không có quyền truy cập",
                    "Tài khoản của bạn không được phép mở trang này. Nếu cần, hãy liên hệ quản trị hệ thống."),
            404, new Text("Không tìm thấy trang",
                    "Địa chỉ này không có trong hệ thống. Hãy kiểm tra lại đường dẫn hoặc quay về trang công việc."),
            500, new Text("Hệ thống gặp lỗi",
                    "Đã xảy ra lỗi khi xử lý yêu cầu. Hãy thử lại sau ít phút; nếu lỗi lặp lại, báo quản trị hệ thống."));

    @Override
    public String getContentType() {
        return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = model != null && model.get("status") instanceof Integer code ? code : response.getStatus();
        Text text = TEXTS.getOrDefault(status, status >= 500 ? TEXTS.get(500)
                : new Text("Yêu cầu không thực hiện được", "Không thể thực hiện yêu cầu này."));
        if (response.isCommitted()) {
            return;
        }
        response.setContentType(getContentType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String home = HtmlUtils.htmlEscape(request.getContextPath() + RootRedirectController.TASKLIST);
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="UTF-8"><title>%2$s - Hệ thống quy trình ngành Nội vụ</title>
                <style>body{font-family:sans-serif;margin:4em auto;max-width:40em;color:#333}
                h1{color:#b5152b}a{color:#2c6db5}</style></head>
                <body><p>Hệ thống quy trình ngành Nội vụ</p>
                <h1>%2$s</h1><p>%3$s</p><p class="status">Mã lỗi: %1$d</p>
                <p><a href="%4$s">Về trang Danh sách công việc</a></p></body></html>
                """.formatted(status, text.title(), text.explanation(), home));
    }
}
