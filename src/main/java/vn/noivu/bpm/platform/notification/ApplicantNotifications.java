package vn.noivu.bpm.platform.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Emails to applicants and citizens at the public milestones of their dossier, in Vietnamese. Procedures call
 * {@link #record} for a whole round at once; each (milestone, dossier) is sent once.
 */
@Component
public class ApplicantNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * @param detail  the reason (not eligible), the result, or what to bring; may be null
     * @param date    the deadline the applicant must meet, shown as dd/MM/yyyy; may be null
     */
    public record Message(ApplicantMilestone milestone, String dossierNumber, String email, String fullName,
                          String procedureName, String detail, LocalDate date) {
    }

    private final NotificationOutbox outbox;
    private final NotificationProperties properties;

    public ApplicantNotifications(NotificationOutbox outbox, NotificationProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    public int record(List<Message> messages) {
        return outbox.record(messages.stream().map(m -> toNotification(m, properties.publicUrl())).toList());
    }

    static Notification toNotification(Message message, String publicUrl) {
        ApplicantMilestone milestone = message.milestone();
        StringBuilder body = new StringBuilder()
                .append("Kính gửi Ông/Bà ").append(message.fullName()).append(",\n\n")
                .append(message.procedureName()).append(".\n")
                .append(milestone.opening().formatted(message.dossierNumber())).append('\n');
        if (message.detail() != null && !message.detail().isBlank()) {
            body.append(milestone.detailLabel()).append(message.detail()).append('\n');
        }
        if (message.date() != null) {
            body.append("Thời hạn: hết ngày ").append(DATE.format(message.date())).append(".\n");
        }
        if (milestone.lookupPath() != null) {
            body.append("\nTra cứu hồ sơ (nhập số hồ sơ và số định danh cá nhân): ")
                    .append(publicUrl.replaceAll("/+$", "")).append(milestone.lookupPath()).append('\n');
        }
        body.append("\nThư gửi tự động từ Hệ thống quy trình ngành Nội vụ, vui lòng không trả lời.");
        return new Notification(milestone.kind(), message.dossierNumber(), message.email(), null,
                milestone.title().formatted(message.dossierNumber()), body.toString());
    }
}
