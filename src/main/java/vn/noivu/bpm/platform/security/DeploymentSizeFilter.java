package vn.noivu.bpm.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's multipart reader holds a whole deployment in memory: a body over 50 MB (the upload limit of /api too)
 * is refused with 413 before it is read. Tomcat's max-swallow-size lets the client read the answer.
 */
public class DeploymentSizeFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ObjectMapper json;

    public DeploymentSizeFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= MAX_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(413);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // Camunda's error body (type, message), as engine REST answers everything else.
        json.writeValue(response.getOutputStream(), Map.of("type", "PayloadTooLargeException", "message",
                "Bản triển khai vượt quá dung lượng cho phép (50 MB) / deployment larger than 50 MB"));
    }
}
