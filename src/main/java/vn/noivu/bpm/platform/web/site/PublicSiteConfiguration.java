package vn.noivu.bpm.platform.web.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The form guard on every handler; it acts only on controllers marked {@link PublicPage}. */
@Configuration
public class PublicSiteConfiguration implements WebMvcConfigurer {

    private final PublicFormGuard guard;

    public PublicSiteConfiguration(PublicFormGuard guard) {
        this.guard = guard;
    }

    /**
     * The locale a view is rendered in, which is also the response's Content-Language: Vietnamese on the public
     * site whatever the browser asks; elsewhere the browser's Accept-Language, as before.
     */
    @org.springframework.context.annotation.Bean
    public org.springframework.web.servlet.LocaleResolver localeResolver() {
        return new org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver() {
            @Override
            public java.util.Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return request.getAttribute(PublicFormGuard.PUBLIC_PAGE_ATTRIBUTE) != null
                        ? VIETNAMESE : super.resolveLocale(request);
            }
        };
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**", "/actuator/**");
    }
}
