package vn.noivu.bpm.platform.web;

import java.util.List;

/**
 * The error body of every /api endpoint: {@code error} is a stable English key for programs,
 * {@code message} is Vietnamese for people, {@code fields} names each rejected input.
 */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    public record FieldError(String field, String rule, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
