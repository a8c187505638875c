package vn.noivu.bpm.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/** A 4xx with its English key and Vietnamese message, for endpoints to throw: {@code 409 already_nominated}. */
public class KeyedStatusException extends ResponseStatusException {

    private final String error;

    public KeyedStatusException(HttpStatusCode status, String error, String message) {
        super(status, message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
