package vn.noivu.bpm.platform.web;

import java.util.List;

/** Input that breaks a rule: answered 400 naming the field and the rule, with a Vietnamese message. */
public class InvalidInputException extends RuntimeException {

    private final List<ApiError.FieldError> fields;

    public InvalidInputException(String field, String rule, String message) {
        super(message);
        this.fields = List.of(new ApiError.FieldError(field, rule, message));
    }

    /** Several rejected inputs at once, e.g. every bad row of an uploaded file, under one summary message. */
    public InvalidInputException(String message, List<ApiError.FieldError> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public ApiError toApiError() {
        return new ApiError(400, "validation_failed", getMessage(), fields);
    }
}
