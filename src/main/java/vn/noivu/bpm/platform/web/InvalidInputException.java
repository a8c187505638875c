package vn.noivu.bpm.platform.web;

import java.util.List;

/** Input that breaks a rule: answered 400 naming the field and the rule, with a Vietnamese message. */
public class InvalidInputException extends RuntimeException {

    private final ApiError.FieldError field;

    public InvalidInputException(String field, String rule, String message) {
        super(message);
        this.field = new ApiError.FieldError(field, rule, message);
    }

    public ApiError toApiError() {
        return new ApiError(400, "validation_failed", getMessage(), List.of(field));
    }
}
