package vn.noivu.bpm.platform.notification;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Records notifications once and sends the pending ones. Sending happens in an engine job (the
 * {@code deadline-notifications} process), so a failing mail server makes the job retry and then raise an
 * incident in Cockpit; nothing is dropped: unsent rows stay PENDING.
 */
@Component
public class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);
    private static final String UTF_8 = "UTF-8";

    private static final String INSERT_ONCE = """
            INSERT INTO notification (kind, subject_ref, recipient, recipient_user, title, body, status)
            SELECT ?, ?, ?, ?, ?, ?, 'PENDING'
            WHERE NOT EXISTS (SELECT 1 FROM notification WHERE kind = ? AND subject_ref = ? AND recipient = ?)
            """;

    /**
     * Jakarta Mail looks its stream provider up with a ServiceLoader scan of the whole classpath each time it encodes
     * a header or a body; named here, it is found at once (set only where nobody chose another one).
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, NotificationOutbox.class.getClassLoader())) {
            System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private record Pending(long id, String recipient, String title, String body) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;
    private final TransactionTemplate ownTransaction;

    public NotificationOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
                              NotificationProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records what is not recorded yet, in one batch; returns how many are new. */
    public int record(List<Notification> notifications) {
        int[][] counts = jdbc.batchUpdate(INSERT_ONCE, notifications, 500, (statement, n) -> {
            statement.setString(1, n.kind());
            statement.setString(2, n.subjectRef());
            statement.setString(3, n.recipient());
            statement.setString(4, n.recipientUser());
            statement.setString(5, n.title());
            statement.setString(6, n.body());
            statement.setString(7, n.kind());
            statement.setString(8, n.subjectRef());
            statement.setString(9, n.recipient());
        });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                inserted += Math.max(count, 0);
            }
        }
        return inserted;
    }

    /**
     * Sends up to a batch of pending emails, one row at a time: each row is locked ({@code FOR UPDATE SKIP LOCKED}),
     * handed to the mail server and marked sent in one transaction of its own. Two nodes (or two runs of the job)
     * sending at once take different rows, and a failure later in the batch never sends a row again. A node that
     * dies while sending holds no lock any more (its connection is gone), so the row goes out from another node;
     * only a death in the instant between the mail server's acceptance and the commit can send it twice, and then
     * with the same Message-ID ({@link #messageId}), which mail clients show once.
     */
    public int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
            Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM notification "
                    + "WHERE status = 'PENDING' LIMIT ?) pending", Integer.class, properties.batchSize());
            if (waiting != null && waiting > 0) {
                log.warn("{} notifications wait to be sent, but no mail server is configured (MAIL_HOST)", waiting);
            }
            return 0;
        }
        int sent = 0;
        while (sent < properties.batchSize() && Boolean.TRUE.equals(ownTransaction.execute(status -> sendNext(sender)))) {
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} notifications", sent);
        }
        return sent;
    }

    /** In a transaction of its own: the oldest pending row nobody else is sending, sent and marked; false if none. */
    private boolean sendNext(JavaMailSender sender) {
        List<Pending> next = jdbc.query("SELECT id, recipient, title, body FROM notification WHERE status = 'PENDING' "
                        + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                (row, i) -> new Pending(row.getLong("id"), row.getString("recipient"), row.getString("title"),
                        row.getString("body")));
        if (next.isEmpty()) {
            return false;
        }
        Pending notification = next.get(0);
        // Marked first, in the same transaction: after the mail server's acceptance only the commit is left to do.
        jdbc.update("UPDATE notification SET status = 'SENT', sent_at = CURRENT_TIMESTAMP WHERE id = ?",
                notification.id());
        send(sender, notification);
        return true;
    }

    /** The same for every attempt at one notification, so a copy sent again is recognisably the same message. */
    String messageId(long notificationId) {
        String from = properties.from();
        // The sender's domain, also from "Sở Nội vụ <noreply@snv.gov.vn>" (without the closing bracket).
        String domain = from == null || from.indexOf('@') < 0 ? ""
                : from.substring(from.indexOf('@') + 1).replaceFirst("[^A-Za-z0-9.-].*", "");
        if (domain.isEmpty()) {
            domain = "noivu.local";
        }
        return "<notification-" + notificationId + "@" + domain + ">";
    }

    private void send(JavaMailSender sender, Pending notification) {
        try {
            String messageId = messageId(notification.id());
            MimeMessage message = sender instanceof JavaMailSenderImpl impl
                    ? new MimeMessage(impl.getSession()) {
                        @Override
                        protected void updateMessageID() throws jakarta.mail.MessagingException {
                            setHeader("Message-ID", messageId);
                        }
                    }
                    : sender.createMimeMessage();
            // Set directly, not through Spring's MimeMessageHelper: for a message it did not create, the helper
            // reads the MIME type files of every jar on the classpath, once per message (a quarter of a node's CPU
            // on a backlog of emails; README, "What the benchmark changed").
            message.setFrom(address(properties.from()));
            message.setRecipient(Message.RecipientType.TO, address(notification.recipient()));
            message.setSubject(notification.title(), UTF_8);
            message.setText(notification.body(), UTF_8);
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot send notification " + notification.id() + " to the mail server", e);
        }
    }

    /** One address, its display name (e.g. "Sở Nội vụ <noreply@…>") in UTF-8. */
    static InternetAddress address(String text) throws MessagingException, UnsupportedEncodingException {
        InternetAddress[] parsed = InternetAddress.parse(text);
        if (parsed.length != 1) {
            throw new AddressException("Not one address", text);
        }
        return new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), UTF_8);
    }
}
