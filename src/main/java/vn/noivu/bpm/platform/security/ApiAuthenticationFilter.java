package vn.noivu.bpm.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.web.ApiError;

/**
 * Identifies the caller of /api and /actuator: HTTP Basic against the engine's users (machines), or the
 * Camunda webapp login session (pages). The engine sees the same identity for the request, so engine calls
 * made by our endpoints are checked against the caller's authorizations.
 * Which /api endpoint needs whom is decided per handler by {@link ApiAccessInterceptor}.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProcessEngine engine;
    private final ObjectMapper json;

    public ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiUser user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = fromBasic(authorization.substring(6).trim());
            if (user == null) {
                unauthorized(response, "invalid_credentials", "Tên đăng nhập hoặc mật khẩu không đúng.");
                return;
            }
        } else {
            user = fromSession(request);
            if (user != null && !SAFE_METHODS.contains(request.getMethod()) && !hasCsrfToken(request)) {
                write(response, ApiError.of(403, "csrf_token_missing",
                        "Thiếu hoặc sai mã chống giả mạo yêu cầu (X-XSRF-TOKEN)."));
                return;
            }
            if (user != null && "GET".equals(request.getMethod())) {
                handOutCsrfToken(request, response);
            }
        }

        if (isActuator(request) && !isPublicActuator(request)) {
            if (user == null) {
                unauthorized(response, "authentication_required", "Cần đăng nhập để truy cập.");
                return;
            }
            if (!user.has(Role.CAMUNDA_ADMIN)) {
                write(response, ApiError.of(403, "forbidden", "Chỉ quản trị hệ thống được truy cập chức năng này."));
                return;
            }
        }

        IdentityService identity = engine.getIdentityService();
        if (user != null) {
            request.setAttribute(ApiUser.REQUEST_ATTRIBUTE, user);
            identity.setAuthentication(user.userId(), user.groupIds());
        }
        try {
            chain.doFilter(user != null && isActuator(request) ? new ActuatorCaller(request, user) : request, response);
        } finally {
            if (user != null) {
                identity.clearAuthentication();
            }
        }
    }

    private ApiUser fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        IdentityService identity = engine.getIdentityService();
        if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
            return null;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        return new ApiUser(userId, groups);
    }

    private ApiUser fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
        if (authentication instanceof UserAuthentication userAuthentication) {
            return new ApiUser(userAuthentication.getIdentityId(), List.copyOf(userAuthentication.getGroupIds()));
        }
        return null;
    }

    /** Pages signed in through the webapp send the same CSRF token the webapp itself uses. */
    private static boolean hasCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page outside the webapp cannot read the webapp's XSRF-TOKEN cookie (its path is /camunda): a signed-in GET
     * that sends {@code X-XSRF-TOKEN: Fetch} gets the session's token in the same header. Another site's script
     * cannot read a response header of ours (no CORS), so the token stays with pages of this origin.
     */
    private static void handOutCsrfToken(HttpServletRequest request, HttpServletResponse response) {
        if ("Fetch".equalsIgnoreCase(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
            Object token = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
            if (token != null) {
                response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token.toString());
            }
        }
    }

    private static boolean isActuator(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator");
    }

    private static boolean isPublicActuator(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /**
     * Lets the actuator see who calls: {@code /actuator/health} shows its details only to a caller in the role
     * {@code management.endpoint.health.roles} names (the administrators' group), everyone else gets the status.
     */
    private static final class ActuatorCaller extends HttpServletRequestWrapper {

        private final ApiUser user;

        ActuatorCaller(HttpServletRequest request, ApiUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user::userId;
        }

        @Override
        public String getRemoteUser() {
            return user.userId();
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.groupIds().contains(role);
        }
    }

    private void unauthorized(HttpServletResponse response, String error, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"noivu-bpm\", charset=\"UTF-8\"");
        write(response, ApiError.of(401, error, message));
    }

    private void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}
