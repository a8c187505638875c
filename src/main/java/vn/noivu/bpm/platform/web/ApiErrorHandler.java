package vn.noivu.bpm.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.noivu.bpm.platform.error.Refused;

/** Every error of an /api endpoint as an {@link ApiError}: a Vietnamese message, an English key, the fields. */
@RestControllerAdvice
public class ApiErrorHandler {

    /**
     * Set on a request to a public endpoint: its 401 carries no Basic challenge, so a citizen's browser shows the
     * JSON message instead of a password dialog. Staff clients send their credentials without being asked.
     */
    public static final String NO_CHALLENGE = ApiErrorHandler.class.getName() + ".noChallenge";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiError.FieldError(error.getField(), rule(error.getCode()), error.getDefaultMessage()))
                .toList();
        return respond(new ApiError(400, "validation_failed", "Dữ liệu gửi lên không hợp lệ.", fields));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalidParameter(ConstraintViolationException e) {
        List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                .map(violation -> new ApiError.FieldError(lastNode(violation.getPropertyPath().toString()),
                        rule(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        violation.getMessage()))
                .toList();
        return respond(new ApiError(400, "validation_failed", "Dữ liệu gửi lên không hợp lệ.", fields));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalidInput(InvalidInputException e) {
        return respond(e.toApiError());
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ApiError> refused(Refused e) {
        int status = switch (e.reason()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return respond(ApiError.of(status, e.key(), e.getMessage()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        String message = "Thiếu tham số bắt buộc '" + e.getParameterName() + "'.";
        return respond(new ApiError(400, "validation_failed", message,
                List.of(new ApiError.FieldError(e.getParameterName(), "required", message))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> malformedParameter(MethodArgumentTypeMismatchException e) {
        String message = "Tham số '" + e.getName() + "' có giá trị không đúng định dạng.";
        return respond(new ApiError(400, "validation_failed", message,
                List.of(new ApiError.FieldError(e.getName(), "format", message))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        // A value of the wrong type or outside a list of codes: name the field and what it accepts.
        if (e.getCause() instanceof MismatchedInputException invalid && !invalid.getPath().isEmpty()) {
            String field = path(invalid.getPath());
            Class<?> type = invalid.getTargetType();
            String message;
            String rule;
            if (invalid instanceof InputHygiene.RefusedValue refused) {
                rule = refused.rule();
                message = "Trường " + field + ": " + refused.getOriginalMessage();
            } else if (type != null && type.isEnum()) {
                rule = "oneOf";
                message = "Trường " + field + " phải là một trong: " + java.util.Arrays.stream(type.getEnumConstants())
                        .map(Object::toString).collect(java.util.stream.Collectors.joining(", ")) + ".";
            } else if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                rule = "format";
                message = "Trường " + field + " phải là ngày dạng yyyy-MM-dd.";
            } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                rule = "integer";
                message = "Trường " + field + " phải là số nguyên.";
            } else {
                rule = "format";
                message = "Trường " + field + " có giá trị không đúng kiểu.";
            }
            return respond(new ApiError(400, "validation_failed", message,
                    List.of(new ApiError.FieldError(field, rule, message))));
        }
        return respond(ApiError.of(400, "malformed_body", "Nội dung yêu cầu không phải JSON hợp lệ."));
    }

    /** Jackson's path as the API names fields: positions[1].rank. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Larger than spring.servlet.multipart limits (see README, Security). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return respond(ApiError.of(413, "payload_too_large", "Tệp gửi lên vượt quá dung lượng cho phép (50 MB)."));
    }

    /** A multipart body without its boundary, cut off, or with a file name the server cannot read. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> malformedMultipart(MultipartException e) {
        return respond(ApiError.of(400, "malformed_multipart", "Nội dung multipart/form-data không hợp lệ "
                + "(thiếu boundary, bị cắt ngang hoặc tên tệp không hợp lệ)."));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        String message = "Thiếu phần bắt buộc '" + e.getRequestPartName() + "' của multipart/form-data.";
        return respond(new ApiError(400, "validation_failed", message,
                List.of(new ApiError.FieldError(e.getRequestPartName(), "required", message))));
    }

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class,
            InvalidMimeTypeException.class})
    ResponseEntity<ApiError> unsupportedMediaType(Exception e) {
        return respond(ApiError.of(415, "unsupported_media_type",
                "Kiểu nội dung (Content-Type) không được hỗ trợ: gửi application/json hoặc multipart/form-data."));
    }

    /** Spring refuses a wildcard Content-Type (*&#47;*) with a bare IllegalArgumentException; anything else is a bug. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> wildcardContentType(IllegalArgumentException e) {
        if (String.valueOf(e.getMessage()).startsWith("Content-Type cannot contain wildcard")) {
            return unsupportedMediaType(e);
        }
        throw e;
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(ApiError.of(406, "not_acceptable", "Không có định dạng trả về phù hợp với Accept của yêu cầu."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return respond(ApiError.of(405, "method_not_allowed", "Phương thức " + e.getMethod() + " không được hỗ trợ."));
    }

    /** An unknown /api address gets our error body; other missing resources keep Spring's usual 404. */
    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> unknownAddress(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        return respond(ApiError.of(404, "not_found", "Không có chức năng tại địa chỉ /" + e.getResourcePath() + "."));
    }

    /**
     * A request that lost a race with another on the same thing: a unique key written first by the other request,
     * the engine's optimistic lock, or a message the other request already consumed. Never the SQL text.
     */
    @ExceptionHandler({DuplicateKeyException.class, OptimisticLockingException.class,
            MismatchingMessageCorrelationException.class})
    ResponseEntity<ApiError> concurrentChange(RuntimeException e) {
        return respond(ApiError.of(409, "concurrent_change", "Dữ liệu vừa được một yêu cầu khác thay đổi cùng lúc: "
                + "tải lại và kiểm tra trước khi gửi lại."));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> engineForbidden(AuthorizationException e) {
        return respond(ApiError.of(403, "forbidden", "Tài khoản không có quyền thực hiện thao tác này."));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e, HttpServletRequest request) {
        String error = e instanceof KeyedStatusException keyed ? keyed.error() : defaultKey(e.getStatusCode().value());
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(e.getStatusCode());
        // A page's own script (X-Requested-With) shows its login link; a password dialog would stop it.
        if (e.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value() && request.getAttribute(NO_CHALLENGE) == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"noivu-bpm\", charset=\"UTF-8\"");
        }
        if (e instanceof TooManyRequestsException tooMany) {
            builder.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return builder.body(ApiError.of(e.getStatusCode().value(), error, e.getReason()));
    }

    private static ResponseEntity<ApiError> respond(ApiError error) {
        return ResponseEntity.status(error.status()).body(error);
    }

    private static String defaultKey(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "error" : known.name().toLowerCase();
    }

    /** Bean Validation codes (NotBlank, Pattern...) as lower-camel rule names (notBlank, pattern...). */
    private static String rule(String code) {
        if (code == null || code.isEmpty()) {
            return "invalid";
        }
        return Character.toLowerCase(code.charAt(0)) + code.substring(1);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
