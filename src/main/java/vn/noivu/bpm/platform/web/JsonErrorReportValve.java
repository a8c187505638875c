package vn.noivu.bpm.platform.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before the application sees the request (a URL with %00, an encoded slash, an
 * invalid character): the project's JSON error body instead of Tomcat's HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
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
