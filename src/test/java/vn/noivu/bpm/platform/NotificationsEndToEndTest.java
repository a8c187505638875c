package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.NoivuBpmApplication;
import vn.noivu.bpm.TestDatabase;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;

/**
 * Reminders, the overdue escalation and applicant emails through a real SMTP server (GreenMail), on PostgreSQL,
 * sent exactly once although the application restarts in between; a failing mail server ends in an incident.
 */
@org.junit.jupiter.api.Tag("postgres")
class NotificationsEndToEndTest {

    /**
     * Camunda keeps engines and the webapps' runtime in static registries: a second application in this JVM must
     * use an engine name of its own and no webapps, or closing it breaks the Spring test context that other test
     * classes share.
     */
    private static final String[] ENGINE_OF_ITS_OWN = {
            "camunda.bpm.process-engine-name=standaloneTest", "camunda.bpm.webapp.enabled=false"};

    @RegisterExtension
    // A free port, not 3025: another build on the same machine may be running this test too.
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NoivuBpmApplication.class)
                .profiles("postgres", "demo", "it")
                .initializers(new TestDatabase())
                // As an operator sets them: the environment variables application.yaml reads.
                .properties(ENGINE_OF_ITS_OWN)
                .properties("PORT=0", "MAIL_HOST=127.0.0.1", "MAIL_PORT=" + mailServer.getSmtp().getPort(),
                        "MAIL_FROM=Sở Nội vụ <noreply@snv.gov.vn>")
                .run();
    }

    /** What the timer does every few minutes: collect, then send in the asynchronous job. */
    private static void runNotificationRound(ProcessEngine engine) {
        ManagementService jobs = engine.getManagementService();
        Job timer = jobs.createJobQuery().processDefinitionKey("deadline-notifications").timers().singleResult();
        jobs.executeJob(timer.getId());
        for (Job send : jobs.createJobQuery().processDefinitionKey("deadline-notifications").messages().list()) {
            jobs.executeJob(send.getId());
        }
    }

    private static List<MimeMessage> mailsAbout(String text) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> body(m).contains(text) || subject(m).contains(text))
                .toList();
    }

    /** The decoded text (GreenMailUtil.getBody gives the transfer-encoded one). */
    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void remindersEscalationAndApplicantMailsGoOutOnceAcrossARestart() throws Exception {
        String overdueTask;
        String followUpTask;
        String dossier = "TD-" + UUID.randomUUID().toString().substring(0, 8);

        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            Deadlines deadlines = app.getBean(Deadlines.class);
            LocalDate today = LocalDate.now(Deadlines.ZONE);

            // Overdue for 3 working days: the official is told it is overdue, the manager gets the escalation.
            overdueTask = startSampleTask(engine, "QUA-HAN");
            LocalDate threeWorkingDaysAgo = deadlines.previousWorkingDay(
                    deadlines.previousWorkingDay(deadlines.previousWorkingDay(today)));
            setDates(engine, overdueTask, Deadlines.endOfDay(threeWorkingDaysAgo),
                    Deadlines.endOfDay(deadlines.previousWorkingDay(threeWorkingDaysAgo)));
            // Follow-up date reached, due in two working days: a reminder only.
            followUpTask = startSampleTask(engine, "NHAC-VIEC");
            setDates(engine, followUpTask, Deadlines.endOfDay(deadlines.deadline(today, 2, PeriodUnit.WORKING_DAYS)),
                    Date.from(ZonedDateTime.now(Deadlines.ZONE).minusHours(1).toInstant()));

            ApplicantNotifications applicants = app.getBean(ApplicantNotifications.class);
            ApplicantNotifications.Message received = new ApplicantNotifications.Message(RecruitmentMilestone.RECEIVED,
                    dossier, "ung.vien@noivu.local", "Nguyễn Thị Hoa", "Tuyển dụng công chức năm 2026", null, null);
            ApplicantNotifications.Message ineligible = new ApplicantNotifications.Message(RecruitmentMilestone.INELIGIBLE,
                    dossier, "ung.vien@noivu.local", "Nguyễn Thị Hoa", "Tuyển dụng công chức năm 2026",
                    "Chưa đủ 18 tuổi tại ngày hết hạn nộp Phiếu đăng ký", null);
            assertThat(applicants.record(List.of(received, ineligible, received))).isEqualTo(2);

            runNotificationRound(engine);
            runNotificationRound(engine);
        }

        List<MimeMessage> overdue = mailsAbout(overdueTask);
        assertThat(overdue).extracting(NotificationsEndToEndTest::to)
                .containsExactlyInAnyOrder("chuyenvien@noivu.local", "lanhdao@noivu.local");
        assertThat(overdue).extracting(NotificationsEndToEndTest::subject)
                .anySatisfy(s -> assertThat(s).startsWith("[Quá hạn] \"Xử lý hồ sơ\""))
                .anySatisfy(s -> assertThat(s).startsWith("[Báo cáo quá hạn] \"Xử lý hồ sơ\""));
        List<MimeMessage> followUp = mailsAbout(followUpTask);
        assertThat(followUp).hasSize(1);
        assertThat(subject(followUp.get(0))).startsWith("[Nhắc việc] \"Xử lý hồ sơ\" đến hạn ngày ");
        assertThat(to(followUp.get(0))).isEqualTo("chuyenvien@noivu.local");
        assertThat(followUp.get(0).getFrom()).extracting(a -> ((InternetAddress) a).getPersonal(),
                a -> ((InternetAddress) a).getAddress()).containsExactly(tuple("Sở Nội vụ", "noreply@snv.gov.vn"));
        assertThat(followUp.get(0).getMessageID()).matches("<notification-\\d+@snv\\.gov\\.vn>");
        List<MimeMessage> applicant = mailsAbout(dossier);
        assertThat(applicant).extracting(NotificationsEndToEndTest::subject).containsExactlyInAnyOrder(
                "Hồ sơ " + dossier + " đã được tiếp nhận", "Hồ sơ " + dossier + " không đủ điều kiện");
        assertThat(applicant).anySatisfy(m -> assertThat(body(m))
                .contains("Lý do: Chưa đủ 18 tuổi", "Kính gửi Ông/Bà Nguyễn Thị Hoa"));
        int received = mailServer.getReceivedMessages().length;

        try (ConfigurableApplicationContext restarted = start()) {
            ProcessEngine engine = restarted.getBean(ProcessEngine.class);
            runNotificationRound(engine);
            assertThat(restarted.getBean(ApplicantNotifications.class).record(List.of(
                    new ApplicantNotifications.Message(RecruitmentMilestone.RECEIVED, dossier, "ung.vien@noivu.local",
                            "Nguyễn Thị Hoa", "Tuyển dụng công chức năm 2026", null, null)))).isZero();
            runNotificationRound(engine);
            assertThat(mailsAbout(overdueTask)).hasSize(2);
            assertThat(mailsAbout(followUpTask)).hasSize(1);
            assertThat(mailsAbout(dossier)).hasSize(2);
            assertThat(mailServer.getReceivedMessages().length)
                    .as("nothing already sent goes out again").isEqualTo(received);

            // The mail server goes down: the sending job fails, is retried by the engine, then raises an incident.
            mailServer.stop();
            String lateDossier = "TD-" + UUID.randomUUID().toString().substring(0, 8);
            restarted.getBean(ApplicantNotifications.class).record(List.of(new ApplicantNotifications.Message(
                    RecruitmentMilestone.RESULT, lateDossier, "ung.vien@noivu.local", "Nguyễn Thị Hoa",
                    "Tuyển dụng công chức năm 2026", "Trúng tuyển", null)));
            ManagementService jobs = engine.getManagementService();
            jobs.executeJob(jobs.createJobQuery().processDefinitionKey("deadline-notifications").timers()
                    .singleResult().getId());
            Job send = jobs.createJobQuery().processDefinitionKey("deadline-notifications").messages().singleResult();
            // The model retries three times, five minutes apart; run the attempts now.
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThatThrownBy(() -> jobs.executeJob(send.getId())).hasMessageContaining("mail server");
            }
            assertThat(jobs.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isZero();

            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(send.getProcessInstanceId())
                    .list()).anySatisfy(incident -> assertThat(incident.getIncidentMessage()).contains("mail server"));
            assertThat(restarted.getBean(JdbcTemplate.class).queryForObject(
                    "select status from notification where subject_ref = ?", String.class, lateDossier))
                    .as("not lost: still waiting").isEqualTo("PENDING");
            // Leave no failed job behind for other tests.
            engine.getRuntimeService().deleteProcessInstance(send.getProcessInstanceId(), "test cleanup");
            restarted.getBean(JdbcTemplate.class).update("delete from notification where subject_ref = ?", lateDossier);
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sample-approval")
                    .processInstanceBusinessKeyLike("THU-%").list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test cleanup"));
        }
    }

    private static String startSampleTask(ProcessEngine engine, String label) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("sample-approval",
                "THU-" + label + "-" + UUID.randomUUID()).getId();
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private static void setDates(ProcessEngine engine, String taskId, Date due, Date followUp) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(due);
        task.setFollowUpDate(followUp);
        engine.getTaskService().saveTask(task);
    }
}
