package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * The promotion decisions in the Vietnamese Tasklist (Chromium), as the roles make them: the council votes by
 * rows, the head ticks a name on a tie and reads the plan in words; the appointment decision is reviewed by the
 * official and signed by the head in document-issue's tasks, and takes its number then.
 */
@PostgresIntegrationTest
class PromotionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PersonnelRepository personnel;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine processEngine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> instances = new java.util.ArrayList<>();

    /** The rounds' open tasks would crowd the task lists other browser tests click in. */
    @org.junit.jupiter.api.AfterEach
    void endTheRounds() {
        instances.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "browser test done"));
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private Person publicEmployee(String citizenId, String name, String gender, LocalDate born) {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        return new Person(citizenId, name, gender, born, "Kinh", false, "VIEN_CHUC", "TT", "Trung tâm", "V.HC.III",
                "Chuyên viên", today.minusYears(10), 0, LocalDate.of(2012, 1, 1),
                Map.of(today.getYear() - 1, Rating.HOAN_THANH_TOT, today.getYear() - 2, Rating.HOAN_THANH_XUAT_SAC,
                        today.getYear() - 3, Rating.HOAN_THANH_XUAT_SAC), null, null);
    }

    /** A round of public employees through its approved plan and nominations, waiting at recordAssessment. */
    private String roundAtTheCouncil(String code, int quota, List<String> citizenIds) throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String instance = json.readTree(as("chuyenvien").postJson("/api/promotion/rounds", """
                {"code": "%s", "title": "Xét thăng hạng II viên chức hành chính", "authority": "Sở Nội vụ",
                 "staffType": "VIEN_CHUC", "method": "XET", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": %d,
                 "roundDate": "%s", "filingDeadline": "%s", "councilMembers": 5}
                """.formatted(code, quota, today, today.plusDays(20))).body()).path("processInstanceId").asText();
        instances.add(instance);
        String plan = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(as("lanhdao").postJson("/engine-rest/task/" + plan + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}").statusCode()).isEqualTo(204);
        for (String citizenId : citizenIds) {
            assertThat(as("chuyenvien").postJson("/api/promotion/rounds/" + code + "/nominations",
                    "{\"citizenId\": \"" + citizenId + "\", \"certificatesMet\": true}").statusCode()).isEqualTo(201);
        }
        // The council is formed by its decision, signed during the filing window.
        RoundDocuments.sign(port, processEngine, instance, "promotion-council-decision");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        RoundJobs.runDue(managementService, instance);
        return instance;
    }

    private String task(String instance, String key) {
        org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(key).singleResult();
        return task == null ? null : task.getId();
    }

    /**
     * Logs in as the user, opens the task from the group's list and claims it, then lets {@code work} read, fill and
     * complete it; a failure leaves the screen as "failed-" + screenshot.
     */
    private void onTask(String user, String taskId, String title, String screenshot, Consumer<Browser> work)
            throws IOException {
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn(user, user);
                openAndClaim(browser, user, taskId, title);
                work.accept(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-" + screenshot);
                throw e;
            }
        }
    }

    /** Opens the task from the group's list, claims it ("Nhận việc") and waits for its form. */
    private void openAndClaim(Browser browser, String user, String taskId, String title) {
        browser.openFromGroupList(taskId);
        browser.claimOpenTask(taskId,
                () -> user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), title));
    }

    /** The inputs of every row's field labelled exactly {@code label} (a dynamic list). */
    private static List<WebElement> rowFields(Browser browser, String label) {
        return browser.wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath("//*[contains(@class,'task-details')]//label[normalize-space(.)='"
                    + label + "']/ancestor::*[contains(@class,'fjs-form-field')][1]//input"));
            return found.isEmpty() ? null : found;
        });
    }

    private void completeAndWait(Browser browser, String taskId, String screenshot) {
        browser.completeTaskAndWait(screenshot, () -> taskService.createTaskQuery().taskId(taskId).count() == 0);
    }

    private Map<String, String> outcomes(String code) throws IOException {
        Map<String, String> outcomes = new java.util.HashMap<>();
        json.readTree(as("chuyenvien").get("/api/promotion/rounds/" + code + "/results").body()).path("nominees")
                .forEach(n -> outcomes.put(n.path("citizenId").asText(), n.path("outcome").asText()));
        return outcomes;
    }

    @Test
    void theCouncilVotesOneRowPerNominee() throws IOException {
        String prefix = "0016" + String.format("%06d", System.nanoTime() % 1_000_000);
        personnel.save(List.of(publicEmployee(prefix + "01", "Hồ Thị Thu", "NU", LocalDate.of(1984, 4, 4)),
                publicEmployee(prefix + "02", "Lý Văn Đức", "NAM", LocalDate.of(1983, 3, 3)),
                publicEmployee(prefix + "03", "Trần Văn Bình", "NAM", LocalDate.of(1982, 2, 2))));
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = roundAtTheCouncil(code, 3, List.of(prefix + "01", prefix + "02", prefix + "03"));
        String taskId = task(instance, "recordAssessment");

        onTask("hoidongth", taskId, "Hội đồng đánh giá, biểu quyết",
                "nang-ngach-1-hoi-dong-bieu-quyet-tung-nguoi.png", browser -> {
            List<String> rows = rowFields(browser, "Người được đề nghị").stream()
                    .map(f -> f.getDomProperty("value")).toList();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("Hồ Thị Thu", "********" + prefix.substring(8) + "01", "Chuyên viên")
                    .doesNotContain(prefix + "01");
            browser.type(browser.formField("Số thành viên dự họp"), "5");
            // Hồ Thị Thu carried 4-1; Lý Văn Đức lost 1-4; Trần Văn Bình 2-2 with the chair for: carried.
            String[][] votes = {{"4", "1"}, {"1", "4"}, {"2", "2"}};
            for (int i = 0; i < 3; i++) {
                browser.type(rowFields(browser, "Số phiếu tán thành").get(i), votes[i][0]);
                browser.type(rowFields(browser, "Số phiếu không tán thành").get(i), votes[i][1]);
            }
            WebElement chair = rowFields(browser, "Chủ tịch tán thành").get(2);
            browser.scrollIntoView(chair);
            chair.click();
            browser.wait.until(d -> chair.isSelected());
            assertThat(browser.text(".task-details")).contains("Người không được Hội đồng thông qua", "Lý Văn Đức");
            browser.type(browser.formField("Biên bản họp"), "Biên bản số 01/BB-HĐ: 5/5 thành viên dự họp");
            // No "Lưu" first: editing the rows leaves "Hoàn thành" enabled (form-list-errors.js).
            WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            browser.screenshot("nang-ngach-1-hoi-dong-bieu-quyet-tung-nguoi.png");
            browser.clickVisiblePart(complete);
            browser.wait.until(d -> {
                assertThat(browser.formErrors()).as("the form refused what was typed").isEmpty();
                return taskService.createTaskQuery().taskId(taskId).count() == 0;
        });
        });
        RoundJobs.runDue(managementService, instance);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("approveResults");
        assertThat(outcomes(code)).containsEntry(prefix + "01", "TRUNG_TUYEN").containsEntry(prefix + "02", "KHONG_DAT_DANH_GIA")
                .containsEntry(prefix + "03", "TRUNG_TUYEN");
        // The head's approval reads the results by name, with the outcome in words.
        String results = (String) taskService.getVariable(task(instance, "approveResults"), "resultsSummary");
        assertThat(results).contains("Hồ Thị Thu", "Lý Văn Đức", "không được Hội đồng thông qua", "trúng tuyển")
                .doesNotContain("TRUNG_TUYEN", "/api/", prefix + "01");
        String approval = task(instance, "approveResults");
        onTask("lanhdao", approval, "Phê duyệt kết quả xét", "nang-ngach-3-phe-duyet-ket-qua.png", browser -> {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                    "Trần Văn Bình"));
            assertThat(browser.text(".task-details")).contains("Hồ Thị Thu", "Lý Văn Đức", "trúng tuyển",
                    "không được Hội đồng thông qua", "tải về (.xlsx)").doesNotContain("TRUNG_TUYEN", "KHONG_DAT");
            browser.scrollIntoView(browser.driver.findElement(By.xpath("//*[contains(@class,'task-details')]"
                    + "//*[contains(normalize-space(.),'Trần Văn Bình')][not(*)]")));
            browser.screenshot("nang-ngach-3-phe-duyet-ket-qua.png");
            String link = browser.driver.findElement(By.linkText("tải về (.csv)")).getDomAttribute("href");
            Object download = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));", link);
            assertThat((String) download).as("the link downloads with the head's session").startsWith("200")
                    .contains("Hồ Thị Thu", "trúng tuyển");
        });
    }

    @Test
    void theHeadDecidesATieByTickingAName() throws IOException {
        String prefix = "0017" + String.format("%06d", System.nanoTime() % 1_000_000);
        LocalDate born = LocalDate.of(1985, 5, 5);
        personnel.save(List.of(publicEmployee(prefix + "01", "Đặng Thị Hoa", "NU", born),
                publicEmployee(prefix + "02", "Phan Thị Lan", "NU", born)));
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = roundAtTheCouncil(code, 1, List.of(prefix + "01", prefix + "02"));
        taskService.complete(task(instance, "recordAssessment"), Map.of("membersPresent", 5,
                "assessmentMinutes", "Biên bản 02/BB-HĐ: thông qua cả hai người"));
        RoundJobs.runDue(managementService, instance);
        String taskId = task(instance, "decideTie");

        onTask("lanhdao", taskId, "Quyết định người trúng tuyển khi bằng nhau",
                "nang-ngach-2-quyet-dinh-khi-bang-nhau.png", browser -> {
            String page = browser.text(".task-details");
            assertThat(page).contains("Đặng Thị Hoa", "Phan Thị Lan", "nữ").doesNotContain("FEMALE", "ACHIEVEMENT");
            WebElement lan = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'Phan Thị Lan')]")));
            browser.scrollIntoView(lan);
            lan.click();
            completeAndWait(browser, taskId, "nang-ngach-2-quyet-dinh-khi-bang-nhau.png");
        });
        assertThat(outcomes(code)).containsEntry(prefix + "02", "TRUNG_TUYEN").containsEntry(prefix + "01", "KHONG_TRUNG_TUYEN");
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("approveResults");
    }

    @Test
    void theHeadReadsThePlanInWords() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = json.readTree(as("chuyenvien").postJson("/api/promotion/rounds", """
                {"code": "%s", "title": "Xét thăng hạng II viên chức hành chính", "authority": "Sở Nội vụ",
                 "staffType": "VIEN_CHUC", "method": "XET", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": 2,
                 "roundDate": "%s", "filingDeadline": "%s", "councilMembers": 5}
                """.formatted(code, today, today.plusDays(20))).body()).path("processInstanceId").asText();
        instances.add(instance);
        String taskId = task(instance, "approvePlan");
        onTask("lanhdao", taskId, "Phê duyệt phương án, chỉ tiêu xét",
                "nang-ngach-0-phe-duyet-phuong-an.png", browser -> {
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                    "viên chức hành chính hạng II"));
            String page = browser.text(".task-details");
            assertThat(page).contains("Đối tượng: viên chức", "hình thức: xét", "chỉ tiêu: 2",
                    "hạn nộp hồ sơ: " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(20)))
                    .doesNotContain("VIEN_CHUC", "VC_HANH_CHINH", "GET /api", today.toString());
            WebElement approve = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'Phê duyệt phương án')]")));
            browser.scrollIntoView(approve);
            approve.click();
            completeAndWait(browser, taskId, "nang-ngach-0-phe-duyet-phuong-an.png");
        });
        assertThat(task(instance, "approvePlan")).isNull();
    }

    /** What the form shows: its text and the values of its read-only fields, once {@code expected} is among them. */
    private static String shown(Browser browser, String expected) {
        return browser.wait.until(d -> {
            String all = browser.text(".task-details .fjs-form") + "\n" + String.join("\n", d.findElements(By.cssSelector(
                    ".task-details .fjs-form input[readonly], .task-details .fjs-form textarea[readonly]")).stream()
                    .map(e -> e.getDomProperty("value")).toList());
            return all.contains(expected) ? all : null;
        });
    }

    private void completeAs(String user, String taskId, String variables) {
        assertThat(as(user).postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": {" + variables + "}}")
                .statusCode()).isEqualTo(204);
    }

    @Test
    void theCouncilReviewsReturnedResultsTheHeadAppointsAndTheOfficialReviewsTheDeferred() throws IOException {
        String prefix = "0018" + String.format("%06d", System.nanoTime() % 1_000_000);
        Person mai = publicEmployee(prefix + "01", "Vũ Thị Mai", "NU", LocalDate.of(1984, 4, 4));
        Person hai = publicEmployee(prefix + "02", "Ngô Văn Hải", "NAM", LocalDate.of(1983, 3, 3));
        personnel.save(List.of(mai, hai));
        String code = "TH-" + UUID.randomUUID().toString().substring(0, 8);
        String instance = roundAtTheCouncil(code, 2, List.of(prefix + "01", prefix + "02"));
        String minutes = "\"membersPresent\": {\"value\": 5, \"type\": \"Integer\"}, \"assessmentMinutes\": "
                + "{\"value\": \"Biên bản 03/BB-HĐ\", \"type\": \"String\"}";
        completeAs("hoidongth", task(instance, "recordAssessment"), minutes);
        RoundJobs.runDue(managementService, instance);
        String returned = "Đề nghị Hội đồng kiểm tra lại thời gian giữ hạng của ông Ngô Văn Hải";
        completeAs("lanhdao", task(instance, "approveResults"), "\"approved\": {\"value\": false, \"type\": "
                + "\"Boolean\"}, \"comment\": {\"value\": \"" + returned + "\", \"type\": \"String\"}");
        RoundJobs.runDue(managementService, instance);

        String review = task(instance, "reviewResults");
        onTask("hoidongth", review, "Rà soát kết quả theo ý kiến lãnh đạo",
                "nang-ngach-4-ra-soat-ket-qua.png", browser -> {
            assertThat(shown(browser, "Ngô Văn Hải")).contains(returned, "Vũ Thị Mai", "trúng tuyển",
                    "tải về (.xlsx)").doesNotContain("TRUNG_TUYEN", prefix + "01");
            String link = browser.driver.findElement(By.linkText("tải về (.csv)")).getDomAttribute("href");
            Object download = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));", link);
            assertThat((String) download).as("the council downloads the list").startsWith("200").contains("Ngô Văn Hải");
            browser.type(browser.formField("Nội dung rà soát"), "Đã kiểm tra: ông Hải giữ hạng đủ 9 năm");
            completeAndWait(browser, review, "nang-ngach-4-ra-soat-ket-qua.png");
        });
        RoundJobs.runDue(managementService, instance);
        assertThat(task(instance, "recordAssessment")).as("the council meets again").isNotNull();
        completeAs("hoidongth", task(instance, "recordAssessment"), minutes);
        RoundJobs.runDue(managementService, instance);
        // Before the results are approved Mr Hải comes under a disciplinary review: his appointment will wait.
        personnel.save(List.of(new Person(hai.citizenId(), hai.fullName(), hai.gender(), hai.dateOfBirth(), hai.ethnicity(),
                hai.ethnicMinority(), hai.staffType(), hai.unitCode(), hai.unitName(), hai.rankCode(), hai.rankName(),
                hai.rankSince(), hai.equivalentMonths(), hai.serviceStart(), hai.ratings(),
                new Person.Discipline("Đang xem xét kỷ luật", null, true), null)));
        completeAs("lanhdao", task(instance, "approveResults"), "\"approved\": {\"value\": true, \"type\": \"Boolean\"}");
        RoundJobs.runDue(managementService, instance);

        // The draft decision names who is appointed now; the official reviews it, the head signs it.
        String decision = RoundDocuments.instance(processEngine, instance, "promotion-title-decision");
        String draft = RoundDocuments.task(processEngine, decision, "reviewDocumentDraft");
        onTask("chuyenvien", draft, "Rà soát dự thảo văn bản, trình ký",
                "nang-ngach-5-du-thao-quyet-dinh-bo-nhiem.png", browser -> {
            assertThat(shown(browser, "Về việc bổ nhiệm chức danh nghề nghiệp")).contains(
                    "Quyết định bổ nhiệm chức danh nghề nghiệp và xếp lương", code,
                    "Về việc bổ nhiệm chức danh nghề nghiệp viên chức hành chính hạng II và xếp lương")
                    .doesNotContain(prefix + "01", "promotion-title-decision");
            String link = browser.driver.findElement(By.linkText("xem bản PDF")).getDomAttribute("href");
            assertThat(link).contains("/api/documents/drafts/promotion-title-decision.pdf", "subject=" + code);
            Object opened = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                            + " + new TextDecoder('latin1').decode(b.slice(0, 5)))));", link);
            assertThat((String) opened).as("the official opens the draft").isEqualTo("200 %PDF-");
            completeAndWait(browser, draft, "nang-ngach-5-du-thao-quyet-dinh-bo-nhiem.png");
        });
        int council = RoundDocuments.numbers(jdbc, "promotion-council-decision", code).get(0);
        assertThat(RoundDocuments.numbers(jdbc, "promotion-title-decision", code)).as("no number before the signature")
                .isEmpty();
        String sign = RoundDocuments.task(processEngine, decision, "signDocument");
        onTask("lanhdao", sign, "Ký duyệt văn bản", "nang-ngach-5-quyet-dinh-bo-nhiem.png", browser -> {
            assertThat(shown(browser, "Về việc bổ nhiệm chức danh nghề nghiệp")).contains(
                    "Quyết định bổ nhiệm chức danh nghề nghiệp và xếp lương", "xem bản PDF", "tải bản Word để sửa");
            WebElement approve = browser.driver.findElement(By.xpath("//*[contains(@class,'task-details')]//label["
                    + "starts-with(normalize-space(.),'Phê duyệt')]/ancestor::*[contains(@class,'fjs-form-field')][1]"
                    + "//input[@type='checkbox']"));
            browser.scrollIntoView(approve);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", approve);
            browser.wait.until(d -> approve.isSelected());
            completeAndWait(browser, sign, "nang-ngach-5-quyet-dinh-bo-nhiem.png");
        });
        RoundJobs.runDue(managementService, instance);
        assertThat(RoundDocuments.numbers(jdbc, "promotion-title-decision", code)).containsExactly(council + 1);

        String deferred = task(instance, "reviewDeferred");
        onTask("chuyenvien", deferred, "Rà soát người hoãn bổ nhiệm",
                "nang-ngach-6-ra-soat-hoan-bo-nhiem.png", browser -> {
            assertThat(shown(browser, "Ngô Văn Hải")).contains("Ngô Văn Hải (CCCD ********" + prefix.substring(8)
                    + "02): HOÃN bổ nhiệm", "đang xem xét kỷ luật", "viên chức hành chính hạng II")
                    .doesNotContain(prefix + "02", "Vũ Thị Mai", "VC_HANH_CHINH");
            // The review ends without discipline: the register says so.
            personnel.save(List.of(hai));
            browser.type(browser.formField("Kết quả rà soát"), "Không xử lý kỷ luật ông Hải (Thông báo 05/TB-SNV)");
            completeAndWait(browser, deferred, "nang-ngach-6-ra-soat-hoan-bo-nhiem.png");
        });
        RoundJobs.runDue(managementService, instance);
        assertThat((String) runtimeService.getVariable(instance, "appointmentSummary"))
                .as("now he is appointed").contains("Ngô Văn Hải (CCCD ********" + prefix.substring(8) + "02): bổ nhiệm")
                .doesNotContain("HOÃN");
        // His own decision, the next number of the series.
        RoundDocuments.sign(port, processEngine, instance, "promotion-title-decision");
        assertThat(RoundDocuments.numbers(jdbc, "promotion-title-decision", code)).containsExactly(council + 1, council + 2);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
}
