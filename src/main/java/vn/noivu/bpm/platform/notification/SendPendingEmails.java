package vn.noivu.bpm.platform.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code sendPendingEmails}: a mail server failure fails the job, so the engine retries it. */
@Component("sendPendingEmails")
public class SendPendingEmails implements JavaDelegate {

    private final NotificationOutbox outbox;

    public SendPendingEmails(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("sent", outbox.sendPending());
    }
}
