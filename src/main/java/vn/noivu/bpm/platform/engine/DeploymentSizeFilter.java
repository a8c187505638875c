package vn.noivu.bpm.platform.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's multipart reader holds a whole deployment in memory: a body over 50 MB (the upload limit of /api too)
 * is refused with 413. With a Content-Length before it is read (Tomcat's max-swallow-size lets the client read
 * the answer); sent chunked, when the 50 MB are passed ({@link RejectedInputExceptionMapper} answers 413).
 */
public class DeploymentSizeFilter extends OncePerRequestFilter {

    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String MESSAGE = "Bản triển khai vượt quá dung lượng cho phép (50 MB) / deployment larger than 50 MB";

    private final ObjectMapper json;

    public DeploymentSizeFilter(ObjectMapper json) {
        this.json = json;
    }

    /** Thrown by the request's stream past the limit; Camunda wraps it in its own 400, the mapper finds it. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super(MESSAGE);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            chain.doFilter(new Bounded(request), response);
        } else if (length <= MAX_BYTES) {
            chain.doFilter(request, response);
        } else {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // Camunda's error body (type, message), as engine REST answers everything else.
            json.writeValue(response.getOutputStream(), Map.of("type", "PayloadTooLargeException", "message", MESSAGE));
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
