package vn.noivu.bpm.platform.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.method.HandlerMethod;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.web.KeyedStatusException;

class PublicFormGuardTest {

    @PublicPage
    @Controller
    static class APublicPage {
        public String page() {
            return "public/home";
        }
    }

    private final Throttle throttle = mock(Throttle.class);
    private final PublicFormGuard guard = new PublicFormGuard(throttle);
    private final HandlerMethod handler = handler();

    private static HandlerMethod handler() {
        try {
            return new HandlerMethod(new APublicPage(), APublicPage.class.getMethod("page"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPageIssuesATokenCookieAndGivesTheSameTokenToItsForm() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cong-khai");
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.preHandle(request, response, handler);
        Cookie cookie = response.getCookie(PublicFormGuard.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(request.getAttribute(PublicFormGuard.TOKEN_ATTRIBUTE)).isEqualTo(cookie.getValue());
    }

    @Test
    void aFormWithItsTokenPassesAndIsCountedForItsAddress() {
        String token = "a".repeat(43);
        MockHttpServletRequest request = post(token, token, "");
        guard.preHandle(request, new MockHttpServletResponse(), handler);
        verify(throttle).publicForm("203.0.113.7");
    }

    @Test
    void aFormWithoutTheCookiesTokenIsRefusedWith403AndNotCounted() {
        assertThatThrownBy(() -> guard.preHandle(post("a".repeat(43), "b".repeat(43), ""),
                new MockHttpServletResponse(), handler))
                .isInstanceOfSatisfying(KeyedStatusException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(403);
                    assertThat(e.error()).isEqualTo("form_token_invalid");
                });
        assertThatThrownBy(() -> guard.preHandle(post(null, "b".repeat(43), ""), new MockHttpServletResponse(), handler))
                .isInstanceOf(KeyedStatusException.class);
        verify(throttle, never()).publicForm(anyString());
    }

    @Test
    void aFormThatFillsTheHoneypotIsRefused() {
        String token = "c".repeat(43);
        assertThatThrownBy(() -> guard.preHandle(post(token, token, "http://spam.example"),
                new MockHttpServletResponse(), handler))
                .isInstanceOfSatisfying(KeyedStatusException.class, e -> assertThat(e.error()).isEqualTo("form_rejected"));
    }

    @Test
    void controllersOutsideThePublicSiteAreLeftAlone() throws Exception {
        MockHttpServletRequest request = post(null, null, "x");
        assertThat(guard.preHandle(request, new MockHttpServletResponse(),
                new HandlerMethod(this, PublicFormGuardTest.class.getDeclaredMethod("controllersOutsideThePublicSiteAreLeftAlone")))).isTrue();
        verify(throttle, never()).publicForm(anyString());
    }

    private static MockHttpServletRequest post(String cookie, String field, String honeypot) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tra-cuu");
        request.setRemoteAddr("203.0.113.7");
        if (cookie != null) {
            request.setCookies(new Cookie(PublicFormGuard.COOKIE, cookie));
        }
        if (field != null) {
            request.addParameter(PublicFormGuard.TOKEN_FIELD, field);
        }
        request.addParameter(PublicFormGuard.HONEYPOT_FIELD, honeypot);
        return request;
    }
}
