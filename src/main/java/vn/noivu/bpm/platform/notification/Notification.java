package vn.noivu.bpm.platform.notification;

/**
 * One email to one recipient about one thing. {@code kind} and {@code subjectRef} (a task id, a dossier
 * number) with the recipient identify it: the same notification is never recorded, or sent, twice.
 */
public record Notification(String kind, String subjectRef, String recipient, String recipientUser,
                           String title, String body) {
}
