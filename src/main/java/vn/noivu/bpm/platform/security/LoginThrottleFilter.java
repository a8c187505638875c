package vn.noivu.bpm.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.noivu.bpm.platform.web.ApiError;
import vn.noivu.bpm.platform.web.TooManyRequestsException;

/**
 * Wrong passwords are counted per client address (HTTP Basic on /api and /engine-rest, the webapps' login form).
 * Past the limit, that address's logins wait for the window to pass and never reach the engine, so a stranger
 * cannot lock an account by sending its user name with wrong passwords; the engine's own delay per user stays.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final Throttle throttle;
    private final ThrottleProperties limits;
    private final ObjectMapper json;

    public LoginThrottleFilter(Throttle throttle, ThrottleProperties limits, ObjectMapper json) {
        this.throttle = throttle;
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean loginForm = "POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
                && request.getRequestURI().contains("/login/");
        return !basic && !loginForm;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bucket = "login-failures:" + request.getRemoteAddr();
        try {
            throttle.check(bucket, limits.failedLoginsPerClient(), limits.loginWindow());
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), ApiError.of(429, e.error(), e.getReason()));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.count(bucket, limits.loginWindow());
        }
    }
}
