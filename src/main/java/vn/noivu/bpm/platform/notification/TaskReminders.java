package vn.noivu.bpm.platform.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.identity.Role;

/**
 * Finds, in a few set-based queries over the engine's open tasks, who must be told what: the assignee (or the
 * candidate groups' members) when a task reaches its follow-up date and when it becomes overdue, and the
 * managers ({@code lanh-dao}) when it is overdue by the configured number of working days.
 */
@Component
public class TaskReminders {

    public static final String FOLLOW_UP = "TASK_FOLLOW_UP";
    public static final String OVERDUE = "TASK_OVERDUE";
    public static final String ESCALATION = "TASK_ESCALATION";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Open tasks whose follow-up date has come or whose due date has passed, with their process names. */
    private static final String DUE_TASKS = """
            SELECT t.ID_, t.NAME_, t.DUE_DATE_, t.FOLLOW_UP_DATE_, d.NAME_ AS PROCESS_NAME, d.KEY_ AS PROCESS_KEY
            FROM ACT_RU_TASK t LEFT JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
            WHERE t.FOLLOW_UP_DATE_ <= ? OR t.DUE_DATE_ < ?
            """;

    /** Who works those tasks: the assignee, else the candidate users and the members of the candidate groups. */
    private static final String RECIPIENTS = """
            SELECT t.ID_ AS TASK_ID, u.ID_ AS USER_ID, u.EMAIL_ AS EMAIL
            FROM ACT_RU_TASK t JOIN ACT_ID_USER u ON u.ID_ = t.ASSIGNEE_
            WHERE (t.FOLLOW_UP_DATE_ <= ? OR t.DUE_DATE_ < ?)
            UNION
            SELECT t.ID_, u.ID_, u.EMAIL_
            FROM ACT_RU_TASK t
            JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
            JOIN ACT_ID_MEMBERSHIP m ON m.GROUP_ID_ = l.GROUP_ID_
            JOIN ACT_ID_USER u ON u.ID_ = m.USER_ID_
            WHERE t.ASSIGNEE_ IS NULL AND (t.FOLLOW_UP_DATE_ <= ? OR t.DUE_DATE_ < ?)
            UNION
            SELECT t.ID_, u.ID_, u.EMAIL_
            FROM ACT_RU_TASK t
            JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
            JOIN ACT_ID_USER u ON u.ID_ = l.USER_ID_
            WHERE t.ASSIGNEE_ IS NULL AND (t.FOLLOW_UP_DATE_ <= ? OR t.DUE_DATE_ < ?)
            """;

    private static final String MANAGERS = """
            SELECT u.ID_ AS USER_ID, u.EMAIL_ AS EMAIL FROM ACT_ID_USER u
            JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_ WHERE m.GROUP_ID_ = ?
            """;

    private record DueTask(String id, String name, Instant due, Instant followUp, String processName) {
    }

    private record Recipient(String userId, String email) {
    }

    private final JdbcTemplate jdbc;
    private final Deadlines deadlines;
    private final NotificationOutbox outbox;
    private final NotificationProperties properties;

    public TaskReminders(JdbcTemplate jdbc, Deadlines deadlines, NotificationOutbox outbox,
                         NotificationProperties properties) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.properties = properties;
    }

    /** Records the reminders due at {@code now}; returns how many are new. */
    public int collect(Instant now) {
        Timestamp at = Timestamp.from(now);
        Map<String, DueTask> tasks = new LinkedHashMap<>();
        jdbc.query(DUE_TASKS, row -> {
            Timestamp due = row.getTimestamp("DUE_DATE_");
            Timestamp followUp = row.getTimestamp("FOLLOW_UP_DATE_");
            String processName = row.getString("PROCESS_NAME");
            tasks.put(row.getString("ID_"), new DueTask(row.getString("ID_"), row.getString("NAME_"),
                    due == null ? null : due.toInstant(), followUp == null ? null : followUp.toInstant(),
                    processName == null ? row.getString("PROCESS_KEY") : processName));
        }, at, at);
        if (tasks.isEmpty()) {
            return 0;
        }
        Map<String, List<Recipient>> workers = new LinkedHashMap<>();
        jdbc.query(RECIPIENTS, row -> {
            String email = row.getString("EMAIL");
            if (email != null && !email.isBlank()) {
                workers.computeIfAbsent(row.getString("TASK_ID"), id -> new ArrayList<>())
                        .add(new Recipient(row.getString("USER_ID"), email));
            }
        }, at, at, at, at, at, at);
        List<Recipient> managers = jdbc.query(MANAGERS,
                (row, i) -> new Recipient(row.getString("USER_ID"), row.getString("EMAIL")), Role.LANH_DAO.groupId())
                .stream().filter(r -> r.email() != null && !r.email().isBlank()).toList();

        LocalDate today = LocalDate.ofInstant(now, Deadlines.ZONE);
        List<Notification> notifications = new ArrayList<>();
        for (DueTask task : tasks.values()) {
            List<Recipient> recipients = workers.getOrDefault(task.id(), List.of());
            boolean overdue = task.due() != null && task.due().isBefore(now);
            if (overdue) {
                recipients.forEach(r -> notifications.add(overdue(task, r)));
                LocalDate dueDay = LocalDate.ofInstant(task.due(), Deadlines.ZONE);
                if (deadlines.workingDaysBetween(dueDay, today) >= properties.escalationWorkingDays()) {
                    managers.forEach(m -> notifications.add(escalation(task, m, recipients)));
                }
            } else {
                recipients.forEach(r -> notifications.add(followUp(task, r)));
            }
        }
        return outbox.record(notifications);
    }

    private Notification followUp(DueTask task, Recipient to) {
        String title = "[Nhắc việc] \"" + task.name() + "\" đến hạn ngày " + day(task.due());
        String body = "Kính gửi " + to.userId() + ",\n\n"
                + "Công việc \"" + task.name() + "\" của quy trình \"" + task.processName() + "\" có hạn xử lý "
                + "đến hết ngày " + day(task.due()) + ". Đề nghị hoàn thành đúng hạn.\n\n" + link(task);
        return new Notification(FOLLOW_UP, task.id(), to.email(), to.userId(), title, body);
    }

    private Notification overdue(DueTask task, Recipient to) {
        String title = "[Quá hạn] \"" + task.name() + "\" đã quá hạn từ ngày " + day(task.due());
        String body = "Kính gửi " + to.userId() + ",\n\n"
                + "Công việc \"" + task.name() + "\" của quy trình \"" + task.processName() + "\" đã quá hạn xử lý "
                + "(hạn: hết ngày " + day(task.due()) + "). Đề nghị xử lý ngay.\n\n" + link(task);
        return new Notification(OVERDUE, task.id(), to.email(), to.userId(), title, body);
    }

    private Notification escalation(DueTask task, Recipient manager, List<Recipient> workers) {
        String handlers = workers.isEmpty() ? "(chưa có người nhận)"
                : String.join(", ", workers.stream().map(Recipient::userId).toList());
        String title = "[Báo cáo quá hạn] \"" + task.name() + "\" quá hạn từ ngày " + day(task.due());
        String body = "Kính gửi lãnh đạo,\n\n"
                + "Công việc \"" + task.name() + "\" của quy trình \"" + task.processName() + "\" đã quá hạn xử lý "
                + properties.escalationWorkingDays() + " ngày làm việc trở lên (hạn: hết ngày " + day(task.due())
                + "). Người xử lý: " + handlers + ".\n\n" + link(task);
        return new Notification(ESCALATION, task.id(), manager.email(), manager.userId(), title, body);
    }

    private String link(DueTask task) {
        return "Mở công việc: " + properties.publicUrl() + "/camunda/app/tasklist/default/#/?task=" + task.id()
                + "\n\nThư gửi tự động từ Hệ thống quy trình ngành Nội vụ, vui lòng không trả lời.";
    }

    private static String day(Instant instant) {
        return instant == null ? "(chưa đặt)" : DATE.format(LocalDate.ofInstant(instant, Deadlines.ZONE));
    }
}
