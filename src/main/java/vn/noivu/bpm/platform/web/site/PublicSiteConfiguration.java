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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**", "/actuator/**");
    }
}
