package vn.noivu.bpm.platform.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.TooManyRequestsException;

/**
 * What every public page gets: the form token and the current address for the layout, and errors as a page in
 * Vietnamese with the reason and a way on (never JSON, never a browser's password dialog).
 */
@ControllerAdvice(annotations = PublicPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicPageAdvice {

    public static final String ERROR_VIEW = "public/error-page";

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        model.addAttribute(PublicFormGuard.TOKEN_ATTRIBUTE, request.getAttribute(PublicFormGuard.TOKEN_ATTRIBUTE));
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    String tooMany(TooManyRequestsException e, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        model.addAttribute("waitSeconds", e.retryAfterSeconds());
        return page(response, model, 429, "Quá nhiều yêu cầu", e.getReason());
    }

    @ExceptionHandler(KeyedStatusException.class)
    String keyed(KeyedStatusException e, HttpServletResponse response, Model model) {
        return page(response, model, e.getStatusCode().value(), title(e.getStatusCode().value()), e.getReason());
    }

    @ExceptionHandler(Refused.class)
    String refused(Refused e, HttpServletResponse response, Model model) {
        int status = e.reason() == Refused.Reason.NOT_FOUND ? 404 : 409;
        return page(response, model, status, title(status), e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        return page(response, model, 400, title(400), e.getMessage());
    }

    private static String page(HttpServletResponse response, Model model, int status, String title, String message) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("heading", title);
        model.addAttribute("message", message);
        return ERROR_VIEW;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Thông tin chưa hợp lệ";
            case 401 -> "Chưa được công bố";
            case 403 -> "Không gửi được biểu mẫu";
            case 404 -> "Không tìm thấy";
            case 409 -> "Chưa thực hiện được";
            case 429 -> "Quá nhiều yêu cầu";
            default -> "Yêu cầu không thực hiện được";
        };
    }
}
