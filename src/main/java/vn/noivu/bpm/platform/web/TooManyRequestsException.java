package vn.noivu.bpm.platform.web;

import org.springframework.http.HttpStatus;

/** 429 with the seconds to wait, sent as Retry-After. */
public class TooManyRequestsException extends KeyedStatusException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", "Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau "
                + retryAfterSeconds + " giây.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
