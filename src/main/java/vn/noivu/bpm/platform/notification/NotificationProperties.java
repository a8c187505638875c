package vn.noivu.bpm.platform.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from            sender address of every email
 * @param publicUrl       the address officials open, for links in emails
 * @param escalationWorkingDays  overdue by this many working days, the managers are told
 * @param batchSize       emails sent per run of the outbox
 */
@ConfigurationProperties("noivu.notifications")
public record NotificationProperties(
        @DefaultValue("noreply@noivu.local") String from,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("2") int escalationWorkingDays,
        @DefaultValue("200") int batchSize) {
}
