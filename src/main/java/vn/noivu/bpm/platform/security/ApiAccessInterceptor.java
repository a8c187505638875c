package vn.noivu.bpm.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.identity.TaskGroups;
import vn.noivu.bpm.platform.web.ApiErrorHandler;
import vn.noivu.bpm.platform.web.KeyedStatusException;

/**
 * Deny by default: an /api endpoint needs a signed-in user unless it is marked {@link PublicEndpoint},
 * and one of its {@link AllowedRoles} when it names any.
 */
class ApiAccessInterceptor implements HandlerInterceptor {

    private final TaskGroups taskGroups;

    ApiAccessInterceptor(TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (isPublic(method)) {
            request.setAttribute(ApiErrorHandler.NO_CHALLENGE, Boolean.TRUE);
            return true;
        }
        ApiUser user = (ApiUser) request.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        if (user == null) {
            throw new ApiAccessDeniedException(HttpStatus.UNAUTHORIZED, "authentication_required",
                    "Cần đăng nhập để sử dụng chức năng này.");
        }
        AllowedRoles allowed = find(method, AllowedRoles.class);
        if (allowed != null && !user.has(Role.CAMUNDA_ADMIN) && !allows(allowed, user)) {
            throw new ApiAccessDeniedException(HttpStatus.FORBIDDEN, "forbidden",
                    "Tài khoản không có quyền sử dụng chức năng này.");
        }
        return true;
    }

    private boolean allows(AllowedRoles allowed, ApiUser user) {
        return Arrays.stream(allowed.value()).anyMatch(user::has)
                || Arrays.stream(allowed.groups()).anyMatch(user::has)
                || !allowed.access().isEmpty() && taskGroups.withAccess(allowed.access()).stream().anyMatch(user::has);
    }

    private static boolean isPublic(HandlerMethod method) {
        return find(method, PublicEndpoint.class) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A find(HandlerMethod method, Class<A> type) {
        A onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), type);
    }

    /** Rendered as an {@code ApiError} by the error handler, with the Basic challenge on 401 (not public). */
    static class ApiAccessDeniedException extends KeyedStatusException {
        ApiAccessDeniedException(HttpStatus status, String error, String message) {
            super(status, error, message);
        }
    }
}
