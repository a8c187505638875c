package vn.noivu.bpm.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The page a browser gets for an error outside /api (an unknown address, Admin opened by an official, a failure):
 * in Vietnamese. Under the staff's addresses ({@link #STAFF_PREFIXES}) it leads back to the Tasklist; anywhere else
 * a citizen may have typed or followed the address, so it is the public site's error page, in its layout, leading to
 * the public home. Named "error", it replaces Spring Boot's English "Whitelabel Error Page"; JSON clients still get
 * the JSON error body.
 */
@Component("error")
public class ErrorPage implements View {

    /** Addresses of staff, machines and administrators; everything else is the public site's. */
    static final List<String> STAFF_PREFIXES = List.of("/camunda", "/engine-rest", "/api", "/actuator", "/reports");
    /** The public site's error template (platform/web/site): its layout, menu and a link to the public home. */
    static final String PUBLIC_TEMPLATE = "public/error-page";

    private static final Map<Integer, Text> PUBLIC_TEXTS = Map.of(
            404, new Text("Không tìm thấy trang",
                    "Địa chỉ này không có trên cổng thông tin công khai. Hãy kiểm tra lại đường dẫn hoặc chọn một mục"
                            + " trong danh sách ở đầu trang."),
            500, new Text("Hệ thống gặp lỗi",
                    "Đã xảy ra lỗi khi xử lý yêu cầu. Vui lòng thử lại sau ít phút."));

    private final ObjectProvider<ThymeleafViewResolver> templates;

    public ErrorPage(ObjectProvider<ThymeleafViewResolver> templates) {
        this.templates = templates;
    }

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
            throws Exception {
        int status = model != null && model.get("status") instanceof Integer code ? code : response.getStatus();
        Text text = TEXTS.getOrDefault(status, status >= 500 ? TEXTS.get(500)
                : new Text("Yêu cầu không thực hiện được", "Không thể thực hiện yêu cầu này."));
        if (response.isCommitted()) {
            return;
        }
        String path = path(model, request);
        ThymeleafViewResolver resolver = templates.getIfAvailable();
        if (resolver != null && isPublic(path)) {
            View page = resolvePublic(resolver);
            if (page != null) {
                Text shown = PUBLIC_TEXTS.getOrDefault(status, status >= 500 ? PUBLIC_TEXTS.get(500) : text);
                Map<String, Object> values = new HashMap<>();
                values.put("status", status);
                values.put("heading", shown.title());
                values.put("message", shown.explanation());
                values.put("currentPath", path);
                page.render(values, request, response);
                return;
            }
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

    static boolean isPublic(String path) {
        if (path == null || path.isEmpty() || "/".equals(path)) {
            return false;
        }
        return STAFF_PREFIXES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static String path(Map<String, ?> model, HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : model != null && model.get("path") instanceof String p ? p : null;
        if (path != null && !request.getContextPath().isEmpty() && path.startsWith(request.getContextPath())) {
            path = path.substring(request.getContextPath().length());
        }
        return path;
    }

    private static View resolvePublic(ThymeleafViewResolver resolver) {
        try {
            return resolver.resolveViewName(PUBLIC_TEMPLATE, Locale.forLanguageTag("vi-VN"));
        } catch (Exception e) {
            throw new IllegalStateException("the public error template cannot be resolved", e);
        }
    }
}
