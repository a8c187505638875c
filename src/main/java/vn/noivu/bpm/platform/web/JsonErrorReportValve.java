package vn.noivu.bpm.platform.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before the application sees the request (a URL with %00, an encoded slash, an
 * invalid character): the project's JSON error body instead of Tomcat's HTML page for the API, the engine and the
 * webapps; a short page in Vietnamese for every other address (the public site, which never answers JSON).
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Địa chỉ không hợp lệ — Cổng thông tin công khai</title><link rel="stylesheet" href="/public/site.css"></head>
            <body><main id="noi-dung" class="wrap"><h1>Địa chỉ không hợp lệ</h1>
            <p class="notice notice-warn">Địa chỉ trang có ký tự không hợp lệ nên không mở được.</p>
            <p><a href="/cong-khai">Về trang công khai</a></p></main></body></html>
            """;

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
            if (!(uri.startsWith("/api") || uri.startsWith("/engine-rest") || uri.startsWith("/camunda")
                    || uri.startsWith("/actuator"))) {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Language", "vi");
                Writer page = response.getReporter();
                if (page != null) {
                    page.write(PAGE);
                    response.finishResponse();
                }
                return;
            }
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"status\":" + status + ",\"error\":\"" + (status == 400 ? "bad_request" : "http_" + status)
                        + "\",\"message\":\"Yêu cầu không hợp lệ (địa chỉ hoặc tiêu đề HTTP sai quy cách).\",\"fields\":[]}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response already started: nothing more to tell it.
        }
    }
}
