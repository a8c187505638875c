package vn.noivu.bpm.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.noivu.bpm.platform.engine.DeploymentSizeFilter;
import vn.noivu.bpm.platform.identity.TaskGroups;

/** Who may call what over HTTP: the engine's REST API, our /api endpoints and actuator. */
@Configuration
public class SecurityConfiguration implements WebMvcConfigurer {

    private final TaskGroups taskGroups;

    public SecurityConfiguration(TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
    }

    /** Before every filter that checks a password: a client past its failed logins never reaches the engine. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottle(Throttle throttle, ThrottleProperties limits,
                                                              ObjectMapper json) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, limits, json));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", "/actuator", "/reports/*",
                "/camunda/api/admin/auth/user/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeploymentSizeFilter> deploymentSizeLimit(ObjectMapper json) {
        FilterRegistrationBean<DeploymentSizeFilter> registration =
                new FilterRegistrationBean<>(new DeploymentSizeFilter(json));
        registration.setName("deployment-size-limit");
        registration.addUrlPatterns("/engine-rest/deployment/create");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine, ObjectMapper json) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, json));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*", "/actuator/*", "/actuator", "/reports/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiAccessInterceptor(taskGroups)).addPathPatterns("/api/**");
    }
}
