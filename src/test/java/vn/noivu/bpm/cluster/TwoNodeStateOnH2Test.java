package vn.noivu.bpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.calendar.CalendarProperties;
import vn.noivu.bpm.calendar.CalendarReloads;
import vn.noivu.bpm.calendar.WorkingCalendar;
import vn.noivu.bpm.platform.notification.Notification;
import vn.noivu.bpm.platform.notification.NotificationOutbox;
import vn.noivu.bpm.platform.notification.NotificationProperties;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * What two nodes keep, checked with two instances of each part ("node A", "node B") on one database (H2, as the
 * default run uses; the same SQL runs on PostgreSQL in NodeKillTest and TwoNodesTest): the mail outbox sends each row
 * once when both send at the same moment, a holiday reload on one node reaches the other, and a rule pin added by one
 * node is the one the other uses.
 */
class TwoNodeStateOnH2Test {

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static JdbcDataSource h2;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        h2 = H2Schema.migrated("twonodes");
        jdbc = new JdbcTemplate(h2);
    }

    private static NotificationOutbox outbox() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mailServer.getSmtp().getPort());
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return new NotificationOutbox(jdbc, beans.getBeanProvider(JavaMailSender.class),
                new NotificationProperties("noreply@noivu.local", "http://localhost:8080", 2, 200),
                new DataSourceTransactionManager(h2));
    }

    @Test
    void twoNodesSendingAtOnceSendEachEmailOnce() throws Exception {
        NotificationOutbox nodeA = outbox();
        NotificationOutbox nodeB = outbox();
        List<Notification> notifications = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notifications.add(new Notification("TEST", "HAI-NUT-" + i, "nguoi" + i + "@noivu.local", null,
                    "Thư thử " + i, "Nội dung " + i));
        }
        assertThat(nodeA.record(notifications)).isEqualTo(40);
        assertThat(nodeB.record(notifications)).as("recorded once, whichever node records").isZero();

        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = both.submit(nodeA::sendPending);
            Future<Integer> b = both.submit(nodeB::sendPending);
            assertThat(a.get() + b.get()).isEqualTo(40);
        } finally {
            both.shutdownNow();
        }
        Map<String, Long> perMessageId = Arrays.stream(mailServer.getReceivedMessages())
                .collect(Collectors.groupingBy(TwoNodeStateOnH2Test::messageId, Collectors.counting()));
        assertThat(perMessageId).hasSize(40).allSatisfy((id, count) -> {
            assertThat(id).matches("<notification-\\d+@noivu\\.local>");
            assertThat(count).isEqualTo(1);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE subject_ref LIKE 'HAI-NUT-%' "
                + "AND status = 'SENT'", Integer.class)).isEqualTo(40);
        assertThat(nodeA.sendPending() + nodeB.sendPending()).isZero();
    }

    @Test
    void aHolidayReloadOnOneNodeReachesTheOther(@TempDir Path holidays) throws Exception {
        CalendarProperties properties = new CalendarProperties(holidays.toString());
        WorkingCalendar calendarA = new WorkingCalendar(new PathMatchingResourcePatternResolver(), properties);
        WorkingCalendar calendarB = new WorkingCalendar(new PathMatchingResourcePatternResolver(), properties);
        CalendarReloads nodeA = new CalendarReloads(calendarA, jdbc, 0);
        CalendarReloads nodeB = new CalendarReloads(calendarB, jdbc, 0);
        assertThat(nodeB.refreshIfChanged()).as("first look: remembers the version").isFalse();

        Files.writeString(holidays.resolve("2033.yaml"), """
                year: 2033
                confirmed: false
                source: "Thử nghiệm hai nút"
                daysOff:
                  - date: 2033-01-03
                    name: Nghỉ bù Tết Dương lịch
                    kind: COMPENSATORY
                """);
        assertThat(nodeA.reloadEverywhere()).contains(2033);
        assertThat(calendarB.configuredYears()).doesNotContain(2033);
        assertThat(nodeB.refreshIfChanged()).isTrue();
        assertThat(calendarB.configuredYears()).contains(2033);
        assertThat(calendarB.isWorkingDay(java.time.LocalDate.of(2033, 1, 3))).isFalse();
        assertThat(nodeB.refreshIfChanged()).as("nothing new").isFalse();
    }

    @Test
    void aRulePinAddedByOneNodeIsTheOneTheOtherUses() {
        RuleTables tables = mock(RuleTables.class);
        RuleTables.Table version1 = new RuleTables.Table("bang:1:a", "bang", 1, null, null);
        RuleTables.Table version2 = new RuleTables.Table("bang:2:b", "bang", 2, null, null);
        when(tables.version("bang:1:a")).thenReturn(version1);
        when(tables.version("bang:2:b")).thenReturn(version2);
        RulePins nodeA = new RulePins(tables, jdbc);
        RulePins nodeB = new RulePins(tables, jdbc);
        String owner = "hai-nut:1";
        nodeA.pin(owner, Map.of("khac", new RuleTables.Table("khac:1:c", "khac", 1, null, null)));
        when(tables.version("khac:1:c")).thenReturn(new RuleTables.Table("khac:1:c", "khac", 1, null, null));
        assertThat(nodeA.table(owner, "khac").version()).isEqualTo(1);

        // Node B is first to need "bang" for this case and pins today's version 1; then version 2 is deployed.
        when(tables.latest("bang")).thenReturn(version1);
        assertThat(nodeB.table(owner, "bang")).isEqualTo(version1);
        when(tables.latest("bang")).thenReturn(version2);

        // Node A had read the case's pins before: it reads them again and keeps version 1.
        assertThat(nodeA.table(owner, "bang")).isEqualTo(version1);
        assertThat(jdbc.queryForList("SELECT decision_definition_id FROM rule_pin WHERE owner = ? AND decision_key = ?",
                String.class, owner, "bang")).containsExactly("bang:1:a");
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
