package vn.noivu.bpm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.process.HiringProcess;
import vn.noivu.bpm.recruitment.process.RecruitmentProcess;

/**
 * The recruitment part of the node-kill backlog: rounds of {@code recruitment-round} planned, applied to, checked and
 * scored through the product's REST API and Tasklist steps (engine API, as each role), up to one of its jobs:
 * <ul>
 *   <li>{@link Stage#RANK}: the council's score sheet is in; the ranking ({@code rankCandidates}, asyncBefore) waits;</li>
 *   <li>{@link Stage#PUBLISH}: the head approved the results and signed the decision; the publication
 *   ({@code publishResults}, asyncBefore: results emails, a {@code hiring-dossier} per winner) waits;</li>
 *   <li>{@link Stage#DOSSIER_DEADLINE}: published 30 days ago (engine clock), so each winner's 20-day dossier period
 *   (Decree 170/2025 Art. 18(1)) is over: the {@code hiring-dossier} timer {@code dossierDeadlinePassed} is due.</li>
 * </ul>
 * The jobs are created suspended (the job definitions of both processes are suspended first), so the nodes work
 * them only once the whole backlog is released; the steps before them run here as the job executor would run them.
 */
final class RecruitmentBacklog {

    /** Which job of the round waits in the backlog. */
    enum Stage { RANK, PUBLISH, DOSSIER_DEADLINE }

    static final List<String> PROCESS_KEYS = List.of(RecruitmentProcess.KEY, HiringProcess.KEY);

    /** One round: {@code applications} in the order of their scores, all passing and distinct; the first {@code quota} win. */
    record Round(String code, String instanceId, Stage stage, int quota, List<String> applications) {
        List<String> winners() {
            return applications.subList(0, quota);
        }
    }

    private static final Duration PUBLISHED_AGO = Duration.ofDays(30);

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final int port;

    RecruitmentBacklog(ProcessEngine engine, JdbcTemplate jdbc, int port) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.port = port;
    }

    /** Jobs of both processes are created suspended from now on (and any existing one is suspended). */
    static void suspendJobs(ManagementService management) {
        PROCESS_KEYS.forEach(key -> management.updateJobDefinitionSuspensionState().byProcessDefinitionKey(key)
                .includeJobs(true).suspend());
    }

    /** {@code rounds} rounds of {@code applicants} applicants each, {@code quota} places, driven to {@code stage}. */
    List<Round> create(Stage stage, int rounds, int applicants, int quota) {
        List<Round> created = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            if (stage == Stage.DOSSIER_DEADLINE) {
                ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - PUBLISHED_AGO.toMillis()));
            }
            try {
                created.add(drive(stage, i, applicants, quota));
            } finally {
                ClockUtil.reset();
            }
        }
        return created;
    }

    private Round drive(Stage stage, int index, int applicants, int quota) {
        String code = "NK-" + stage.ordinal() + "-" + index;
        LocalDate today = Deadlines.toLocalDate(ClockUtil.getCurrentTime());
        HttpResponse<String> planned = http().as("chuyenvien", "chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng nhân viên hành chính %s", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "NV", "title": "Nhân viên hành chính", "rank": "NHAN_VIEN", "quota": %d,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}
                """.formatted(code, code, today, today.plusDays(30), quota));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RecruitmentProcess.KEY).processInstanceBusinessKey(code).singleResult().getId();
        // Its plan, notice and eligible list (document-issue) wait for their signatures meanwhile: nothing here
        // waits for them, and each signature renders a PDF, seconds on a busy machine.
        complete(instance, "approvePlan", "lanhdao", "lanh-dao", Map.of("approved", true));

        for (int a = 0; a < applicants; a++) {
            String citizenId = "%03d%03d%06d".formatted(stage.ordinal() + 1, index, a);
            HttpResponse<String> applied = http().postJson("/api/recruitment/rounds/" + code + "/applications", """
                    {"fullName": "Người dự tuyển %d", "citizenId": "%s", "dateOfBirth": "1995-03-0%d", "gender": "NAM",
                     "email": "%s@noivu.local", "phone": "0912345678", "positionCode": "NV",
                     "degree": {"level": "DAI_HOC", "major": "Hành chính"}, "priorityCategories": []}
                    """.formatted(a, citizenId, 1 + a % 9, citizenId));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(202);
        }
        // Ordered by citizen ID = order of application = order of the scores below, best first.
        List<String> numbers = jdbc.queryForList("""
                SELECT a.application_number FROM recruitment_application a JOIN recruitment_round r ON r.id = a.round_id
                WHERE r.code = ? ORDER BY a.citizen_id""", String.class, code);
        assertThat(numbers).hasSize(applicants);

        // The application window closes (its timer), eligibility is checked, the council approves the list.
        runJob(instance, "applicationWindowClosed");
        runJob(instance, "checkEligibility");
        complete(instance, "approveEligibleList", "hoidong", "hoi-dong-tuyen-dung", Map.of("approved", true));
        String scores = IntStream.range(0, applicants)
                .mapToObj(a -> "{\"applicationNumber\": \"" + numbers.get(a) + "\", \"score\": " + (99 - 4 * a) + "}")
                .collect(Collectors.joining(", "));
        HttpResponse<String> imported = http().as("hoidong", "hoidong").postJson("/api/recruitment/rounds/" + code
                + "/scores", "{\"stage\": \"VONG_2\", \"scores\": [" + scores + "]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        if (stage != Stage.RANK) {
            runJob(instance, "rankCandidates");
            complete(instance, "approveResults", "lanhdao", "lanh-dao", Map.of("approved", true));
            signDocument(instance, "recruitment-results-decision");
        }
        if (stage == Stage.DOSSIER_DEADLINE) {
            runJob(instance, "publishResults");
        }
        ManagementService management = engine.getManagementService();
        if (stage == Stage.DOSSIER_DEADLINE) {
            List<ProcessInstance> dossiers = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(HiringProcess.KEY).variableValueEquals(HiringProcess.ROUND_CODE, code).list();
            assertThat(dossiers).as("a hiring dossier per winner of %s", code).hasSize(quota);
            Date now = new Date();
            dossiers.forEach(dossier -> assertThat(management.createJobQuery().processInstanceId(dossier.getId())
                    .activityId("dossierDeadlinePassed").suspended().duedateLowerThan(now).count())
                    .as("the dossier deadline of %s has passed", dossier.getBusinessKey()).isEqualTo(1));
        } else {
            String waiting = stage == Stage.RANK ? "rankCandidates" : "publishResults";
            assertThat(management.createJobQuery().processInstanceId(instance).activityId(waiting).suspended().count())
                    .as("%s waits at %s", code, waiting).isEqualTo(1);
        }
        return new Round(code, instance, stage, quota, numbers);
    }

    /** How many rounds have not reached what their job in the backlog leads to (see {@link #assertReached}). */
    static int unfinished(JdbcTemplate db, List<Round> rounds) {
        int unfinished = 0;
        for (Round round : rounds) {
            boolean reached = switch (round.stage()) {
                case RANK -> "CHO_DUYET_KET_QUA".equals(roundStatus(db, round));
                case PUBLISH -> "DA_CONG_BO_KET_QUA".equals(roundStatus(db, round));
                case DOSSIER_DEADLINE -> count(db, "SELECT COUNT(*) FROM recruitment_hiring h JOIN recruitment_round r "
                        + "ON r.id = h.round_id WHERE r.code = ? AND h.cancellation_ground IS NULL", round.code()) == 0;
            };
            unfinished += reached ? 0 : 1;
        }
        return unfinished;
    }

    /**
     * What a user sees of each round once its job has run: the process where it should be, the round's status, the
     * results and the winners' hiring dossiers in the project's tables, each written once.
     */
    static void assertReached(JdbcTemplate db, List<Round> rounds) {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        for (Round round : rounds) {
            assertThat(outcomes(db, round)).as("results of %s, one per application", round.code())
                    .containsExactlyInAnyOrderEntriesOf(expectedOutcomes(round));
            switch (round.stage()) {
                case RANK -> {
                    assertThat(roundStatus(db, round)).isEqualTo("CHO_DUYET_KET_QUA");
                    assertThat(openTasks(db, round.instanceId())).as("%s waits for the head's approval", round.code())
                            .containsExactly("approveResults");
                    assertThat(count(db, "SELECT COUNT(*) FROM recruitment_hiring h JOIN recruitment_round r "
                            + "ON r.id = h.round_id WHERE r.code = ?", round.code())).isZero();
                }
                case PUBLISH -> {
                    assertThat(roundStatus(db, round)).isEqualTo("DA_CONG_BO_KET_QUA");
                    assertThat(activities(db, round.instanceId())).as("%s waits for its winners' hiring", round.code())
                            .contains("awaitHiring");
                    List<Map<String, Object>> hiring = hiring(db, round);
                    assertThat(hiring).extracting(h -> h.get("application_number"))
                            .as("one hiring dossier per winner of %s", round.code())
                            .containsExactlyInAnyOrderElementsOf(round.winners());
                    for (Map<String, Object> dossier : hiring) {
                        assertThat(dossier.get("status")).isEqualTo("HOAN_THIEN_HO_SO");
                        assertThat(((java.sql.Date) dossier.get("dossier_deadline")).toLocalDate()).isAfter(today);
                        assertThat(openTasks(db, (String) dossier.get("process_instance_id")))
                                .as("the official waits for %s's dossier", dossier.get("application_number"))
                                .containsExactly("recordDossier");
                    }
                    assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d "
                            + "ON d.ID_ = e.PROC_DEF_ID_ WHERE d.KEY_ = ? AND e.PARENT_ID_ IS NULL AND e.BUSINESS_KEY_ "
                            + "LIKE ?", HiringProcess.KEY, round.code() + "-%")).as("one hiring-dossier per winner")
                            .isEqualTo(round.quota());
                    assertThat(count(db, "SELECT COUNT(*) FROM recruitment_application_event e JOIN "
                            + "recruitment_application a ON a.id = e.application_id JOIN recruitment_round r ON "
                            + "r.id = a.round_id WHERE r.code = ? AND e.status = 'MOI_HOAN_THIEN_HO_SO'", round.code()))
                            .as("each winner invited once").isEqualTo(round.quota());
                }
                case DOSSIER_DEADLINE -> {
                    List<Map<String, Object>> hiring = hiring(db, round);
                    assertThat(hiring).extracting(h -> h.get("application_number"))
                            .containsExactlyInAnyOrderElementsOf(round.winners());
                    for (Map<String, Object> dossier : hiring) {
                        assertThat(dossier.get("cancellation_ground")).isEqualTo("KHONG_HOAN_THIEN_HO_SO");
                        assertThat(dossier.get("status")).as("cancelled only once the head signs")
                                .isEqualTo("HOAN_THIEN_HO_SO");
                        assertThat(((java.sql.Date) dossier.get("dossier_deadline")).toLocalDate()).isBefore(today);
                        String instance = (String) dossier.get("process_instance_id");
                        assertThat(openTasks(db, instance)).as("no dossier to receive any more").isEmpty();
                        assertThat(activities(db, instance)).containsExactly("issueResultCancellation");
                        assertThat(db.queryForList("""
                                SELECT t.TASK_DEF_KEY_ FROM ACT_RU_TASK t
                                JOIN ACT_RU_EXECUTION document ON document.ID_ = t.PROC_INST_ID_
                                JOIN ACT_RU_EXECUTION caller ON caller.ID_ = document.SUPER_EXEC_
                                WHERE caller.PROC_INST_ID_ = ?""", String.class, instance))
                                .as("the official drafts the cancellation of %s", dossier.get("application_number"))
                                .containsExactly("reviewDocumentDraft");
                    }
                }
            }
        }
    }

    /** The applicants' emails the rounds have recorded so far, by kind: each once per application or winner. */
    static Map<String, Long> expectedEmails(List<Round> rounds) {
        long applications = rounds.stream().mapToLong(r -> r.applications().size()).sum();
        long published = rounds.stream().filter(r -> r.stage() != Stage.RANK).mapToLong(r -> r.applications().size()).sum();
        long winners = rounds.stream().filter(r -> r.stage() != Stage.RANK).mapToLong(Round::quota).sum();
        return Map.of(RecruitmentMilestone.RECEIVED.kind(), applications, RecruitmentMilestone.ELIGIBLE.kind(), applications,
                RecruitmentMilestone.RESULT.kind(), published, RecruitmentMilestone.DOSSIER_DEADLINE.kind(), winners);
    }

    /**
     * Each recruitment job of the backlog ran once, on a node: a ranking or a publication per round, a dossier timer
     * per winner of the rounds past their dossier deadline. Answers how many each node ran.
     */
    static Map<String, Long> assertJobsRunOnce(JdbcTemplate db, List<Round> rounds) {
        List<Map<String, Object>> runs = db.queryForList("""
                SELECT l.JOB_ID_, l.ACT_ID_, l.HOSTNAME_ FROM ACT_HI_JOB_LOG l
                JOIN ACT_RE_PROCDEF d ON d.ID_ = l.PROCESS_DEF_ID_
                WHERE l.JOB_STATE_ = 2 AND l.HOSTNAME_ IN ('node-1', 'node-2') AND d.KEY_ IN (?, ?)""",
                RecruitmentProcess.KEY, HiringProcess.KEY);
        Map<String, Long> perActivity = runs.stream().collect(Collectors.groupingBy(r -> (String) r.get("ACT_ID_"),
                Collectors.counting()));
        assertThat(perActivity).as("recruitment jobs run by the nodes").containsExactlyInAnyOrderEntriesOf(Map.of(
                "rankCandidates", rounds.stream().filter(r -> r.stage() == Stage.RANK).count(),
                "publishResults", rounds.stream().filter(r -> r.stage() == Stage.PUBLISH).count(),
                "dossierDeadlinePassed", rounds.stream().filter(r -> r.stage() == Stage.DOSSIER_DEADLINE)
                        .mapToLong(Round::quota).sum()));
        assertThat(runs.stream().map(r -> r.get("JOB_ID_")).distinct().count()).as("each once").isEqualTo(runs.size());
        return runs.stream().collect(Collectors.groupingBy(r -> (String) r.get("HOSTNAME_"), java.util.TreeMap::new,
                Collectors.counting()));
    }

    private static Map<String, String> expectedOutcomes(Round round) {
        Map<String, String> outcomes = new java.util.HashMap<>();
        for (int i = 0; i < round.applications().size(); i++) {
            outcomes.put(round.applications().get(i), i < round.quota() ? "TRUNG_TUYEN" : "KHONG_TRUNG_TUYEN");
        }
        return outcomes;
    }

    private static Map<String, String> outcomes(JdbcTemplate db, Round round) {
        Map<String, String> outcomes = new java.util.HashMap<>();
        db.query("""
                SELECT a.application_number, x.outcome FROM recruitment_result x
                JOIN recruitment_application a ON a.id = x.application_id
                JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?""",
                row -> { outcomes.put(row.getString(1), row.getString(2)); }, round.code());
        return outcomes;
    }

    private static String roundStatus(JdbcTemplate db, Round round) {
        return db.queryForObject("SELECT status FROM recruitment_round WHERE code = ?", String.class, round.code());
    }

    private static List<Map<String, Object>> hiring(JdbcTemplate db, Round round) {
        return db.queryForList("""
                SELECT a.application_number, h.status, h.dossier_deadline, h.cancellation_ground, h.process_instance_id
                FROM recruitment_hiring h JOIN recruitment_application a ON a.id = h.application_id
                JOIN recruitment_round r ON r.id = h.round_id WHERE r.code = ?""", round.code());
    }

    private static List<String> openTasks(JdbcTemplate db, String processInstanceId) {
        return db.queryForList("SELECT TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? ORDER BY TASK_DEF_KEY_",
                String.class, processInstanceId);
    }

    /** The activities the instance's executions are at (not the scopes that only hold them). */
    private static List<String> activities(JdbcTemplate db, String processInstanceId) {
        return db.queryForList("SELECT ACT_ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ? AND ACT_ID_ IS NOT NULL "
                + "AND IS_ACTIVE_ ORDER BY ACT_ID_", String.class, processInstanceId);
    }

    private static int count(JdbcTemplate db, String sql, Object... args) {
        Integer count = db.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    /** The job of this activity of the round, run now as the job executor would (no user). */
    private void runJob(String instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
                .singleResult();
        assertThat(job).as("job of %s", activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    /** The user of the task's group completes it, as in the Tasklist. */
    private void complete(String instance, String taskKey, String user, String group, Map<String, Object> variables) {
        TaskService tasks = engine.getTaskService();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        asUser(user, group, () -> tasks.complete(task.getId(), variables));
    }

    /** The round's document of this type (document-issue): the official submits the draft, the signer signs. */
    private void signDocument(String roundInstance, String documentType) {
        ProcessInstance document = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(roundInstance).variableValueEquals("documentType", documentType).singleResult();
        complete(document.getId(), "reviewDocumentDraft", "chuyenvien", "chuyen-vien", Map.of());
        complete(document.getId(), "signDocument", "lanhdao", "lanh-dao", Map.of("approved", true));
    }

    private void asUser(String user, String group, Runnable work) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private HttpTestClient http() {
        return new HttpTestClient(port);
    }
}
