package vn.noivu.bpm.platform.web.site;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.web.KeyedStatusException;

/**
 * Guards the forms of the public site without any third-party service and without server state, so any node
 * accepts a form another node served:
 * <ul>
 *   <li>CSRF: a random token in a cookie, the same value in a hidden field ({@value #TOKEN_FIELD}); a POST whose
 *       field does not match its cookie is refused (403). Another site can neither read the cookie nor set it.</li>
 *   <li>A honeypot: a field ({@value #HONEYPOT_FIELD}) people never see or reach; a form that fills it is refused.</li>
 *   <li>A rate limit per client address on submissions, counted in the database ({@link Throttle#publicForm}).</li>
 * </ul>
 * Templates include {@code ~{public/forms :: guard}} in every form.
 */
@Component
public class PublicFormGuard implements HandlerInterceptor {

    public static final String TOKEN_FIELD = "_csrf";
    public static final String HONEYPOT_FIELD = "website";
    public static final String TOKEN_ATTRIBUTE = "formToken";
    /** Set on every request a public page answers (its errors included): the site speaks Vietnamese. */
    public static final String PUBLIC_PAGE_ATTRIBUTE = "noivu.publicPage";
    static final String COOKIE = "noivu_form";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Throttle throttle;

    public PublicFormGuard(Throttle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().isAnnotationPresent(PublicPage.class)) {
            return true;
        }
        request.setAttribute(PUBLIC_PAGE_ATTRIBUTE, Boolean.TRUE);
        String cookie = cookie(request);
        if ("POST".equals(request.getMethod())) {
            String sent = request.getParameter(TOKEN_FIELD);
            if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                    sent.getBytes(StandardCharsets.UTF_8))) {
                throw new KeyedStatusException(HttpStatus.FORBIDDEN, "form_token_invalid",
                        "Biểu mẫu đã hết hạn hoặc không được gửi từ trang này. Vui lòng mở lại trang và gửi lại.");
            }
            String honeypot = request.getParameter(HONEYPOT_FIELD);
            if (honeypot != null && !honeypot.isEmpty()) {
                throw new KeyedStatusException(HttpStatus.BAD_REQUEST, "form_rejected",
                        "Biểu mẫu không được tiếp nhận. Vui lòng mở lại trang và điền lại.");
            }
            throttle.publicForm(request.getRemoteAddr());
        }
        if (cookie == null) {
            cookie = newToken();
            Cookie issued = new Cookie(COOKIE, cookie);
            issued.setHttpOnly(true);
            issued.setPath("/");
            issued.setSecure(request.isSecure());
            issued.setAttribute("SameSite", "Lax");
            response.addCookie(issued);
        }
        request.setAttribute(TOKEN_ATTRIBUTE, cookie);
        return true;
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null && c.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
