package vn.noivu.bpm.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.noivu.bpm.platform.web.ApiError;
import vn.noivu.bpm.platform.web.TooManyRequestsException;

/**
 * Wrong passwords are counted per client address and user name (HTTP Basic on /api and /engine-rest, the webapps'
 * login form), and per client address across all names. Past a limit, those logins wait for the window to pass and
 * never reach the engine: a stranger cannot lock an account (the engine locks at 10 failures) nor try many accounts,
 * while the colleagues behind the same office address keep logging in. The engine's own delay per user stays.
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
        return basicUser(request) == null && !isLoginForm(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest readable = isLoginForm(request) ? new LoginFormRequest(request) : request;
        String user = readable instanceof LoginFormRequest form ? form.getParameter("username") : basicUser(request);
        String address = "login-failures:" + request.getRemoteAddr();
        String addressAndUser = address + ":" + (user == null ? "" : user.toLowerCase(java.util.Locale.ROOT));
        try {
            throttle.check(addressAndUser, limits.failedLoginsPerClient(), limits.loginWindow());
            throttle.check(address, limits.failedLoginsPerAddress(), limits.loginWindow());
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), ApiError.of(429, e.error(), e.getReason()));
            return;
        }
        chain.doFilter(readable, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.count(addressAndUser, limits.loginWindow());
            throttle.count(address, limits.loginWindow());
        }
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().contains("/auth/user/")
                && request.getRequestURI().contains("/login/");
    }

    /** The user name of an HTTP Basic header, null without one. */
    private static String basicUser(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }
}
