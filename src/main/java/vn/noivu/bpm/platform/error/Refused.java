package vn.noivu.bpm.platform.error;

/**
 * What a procedure refuses, in its own terms: something that does not exist, or a request the state of the
 * procedure does not allow now. The web layer maps it to 404 or 409 in one place (ApiErrorHandler); bad values of a
 * request field are an {@code InvalidInputException} (400).
 */
public class Refused extends RuntimeException {

    public enum Reason {
        /** 404: the round, application or person does not exist (or is not the caller's to see). */
        NOT_FOUND,
        /** 409: exists, but the procedure's state does not allow this now (duplicate, window closed, stage done). */
        CONFLICT
    }

    private final Reason reason;
    private final String key;

    public Refused(Reason reason, String key, String message) {
        super(message);
        this.reason = reason;
        this.key = key;
    }

    public static Refused notFound(String key, String message) {
        return new Refused(Reason.NOT_FOUND, key, message);
    }

    public static Refused conflict(String key, String message) {
        return new Refused(Reason.CONFLICT, key, message);
    }

    public Reason reason() {
        return reason;
    }

    /** The English key of the error body, e.g. {@code round_not_found}. */
    public String key() {
        return key;
    }
}
