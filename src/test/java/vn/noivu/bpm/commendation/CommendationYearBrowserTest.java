package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * The council votes in the Tasklist, reading each nominee by name and typing only the counts; the head then
 * approves in the Tasklist, seeing who decides (Thủ trưởng cơ quan, đơn vị) and the list with the vote results.
 */
@PostgresIntegrationTest
class CommendationYearBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PersonnelRepository personnel;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> instances = new ArrayList<>();

    @AfterEach
    void endTheYears() {
        instances.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "browser test done"));
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private Task task(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private void signDocument(String instance, String type) {
        ProcessInstance document = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
                .variableValueEquals("documentType", type).singleResult();
        taskService.complete(task(document.getId(), "reviewDocumentDraft").getId());
        taskService.complete(task(document.getId(), "signDocument").getId(), Map.of("approved", true));
    }

    private void runJobs(String instance) {
        managementService.createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** The inputs of every row's field whose label starts with {@code label} (a required one ends with a mark). */
    private static List<WebElement> rowFields(Browser browser, String label) {
        return browser.wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath("//*[contains(@class,'task-details')]//label[starts-with(normalize-space(.),'"
                    + label + "')]/ancestor::*[contains(@class,'fjs-form-field')][1]//input"));
            return found.isEmpty() ? null : found;
        });
    }

    @Test
    void theCouncilVotesByNameAndTheHeadApprovesInTheTasklist() throws IOException {
        String prefix = "0024" + String.format("%06d", System.nanoTime() % 1_000_000);
        String unit = "TB" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int year = LocalDate.now(Deadlines.ZONE).getYear();
        for (String[] p : List.of(new String[] {"01", "Ngô Thị Hạnh"}, new String[] {"02", "Đinh Văn Lâm"})) {
            personnel.save(List.of(new Person(prefix + p[0], p[1], "NU", LocalDate.of(1985, 1, 1), "Kinh", false,
                    "CONG_CHUC", unit, "Phòng " + unit, "01.003", "Chuyên viên", LocalDate.of(2015, 1, 1), 0, null,
                    Map.of(year, Rating.HOAN_THANH_XUAT_SAC), null, null)));
        }
        long id = json.readTree(as("chuyenvien").postJson("/api/commendation/years", """
                {"unitCode": "%s", "unitName": "Phòng %s", "unitKind": "CO_QUAN_DON_VI", "year": %d,
                 "council": {"members": 9}}""".formatted(unit, unit, year)).body()).path("id").asLong();
        String instance = json.readTree(as("chuyenvien").get("/api/commendation/years/" + id).body())
                .path("processInstanceId").asText();
        instances.add(instance);
        signDocument(instance, "commendation-year-plan");
        for (String suffix : List.of("01", "02")) {
            assertThat(as("chuyenvien").postJson("/api/commendation/years/" + id + "/nominations", "{\"citizenId\": \""
                    + prefix + suffix + "\", \"title\": \"CHIEN_SI_THI_DUA_CO_SO\"}").statusCode()).isEqualTo(201);
        }
        taskService.complete(task(instance, "prepareNominations").getId());
        runJobs(instance);
        String voteTask = task(instance, "councilVote").getId();

        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("thiduakt", voteTask,
                        () -> "thiduakt".equals(taskService.createTaskQuery().taskId(voteTask).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Hội đồng bình xét, bỏ phiếu"));
                List<String> nominees = rowFields(browser, "Người được đề nghị, danh hiệu").stream()
                        .map(f -> f.getDomProperty("value")).toList();
                assertThat(nominees).containsExactlyInAnyOrder("Ngô Thị Hạnh · Chiến sĩ thi đua cơ sở",
                        "Đinh Văn Lâm · Chiến sĩ thi đua cơ sở");
                assertThat(browser.formText()).contains("tổng số thành viên Hội đồng").doesNotContain(prefix);
                int hanh = nominees.get(0).startsWith("Ngô") ? 0 : 1;
                browser.type(rowFields(browser, "Số phiếu đồng ý").get(hanh), "8");
                browser.type(rowFields(browser, "Không đồng ý").get(hanh), "1");
                browser.type(rowFields(browser, "Số phiếu đồng ý").get(1 - hanh), "7");
                browser.type(rowFields(browser, "Không đồng ý").get(1 - hanh), "0");
                browser.completeTaskAndWait("thi-dua-1-hoi-dong-bo-phieu.png",
                        () -> taskService.createTaskQuery().taskId(voteTask).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-thi-dua-hoi-dong.png");
                throw e;
            }
        }
        signDocument(instance, "commendation-year-minutes");
        String decideTask = task(instance, "decideTitles").getId();
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", decideTask,
                        () -> "lanhdao".equals(taskService.createTaskQuery().taskId(decideTask).singleResult().getAssignee()));
                String form = browser.formText();
                assertThat(form).contains("Thủ trưởng cơ quan, đơn vị", "Ngô Thị Hạnh", "8/9", "Đinh Văn Lâm",
                        "7/9 (77,8%) < 80%");
                WebElement approve = browser.formField("Phê duyệt danh sách");
                browser.scrollIntoView(approve);
                approve.click();
                browser.wait.until(d -> approve.isSelected());
                browser.completeTaskAndWait("thi-dua-2-lanh-dao-quyet-dinh.png",
                        () -> taskService.createTaskQuery().taskId(decideTask).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-thi-dua-lanh-dao.png");
                throw e;
            }
        }
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance)
                .variableValueEquals("documentType", "commendation-year-decision").count()).isOne();
    }

    @Test
    void anOfficialRecordsThatAPostponedNomineeWasClearedByChoosingFromTheList() throws IOException {
        String prefix = "0025" + String.format("%06d", System.nanoTime() % 1_000_000);
        String unit = "TP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int year = LocalDate.now(Deadlines.ZONE).getYear();
        personnel.save(List.of(new Person(prefix + "01", "Mai Thị Oanh", "NU", LocalDate.of(1985, 1, 1), "Kinh", false,
                "CONG_CHUC", unit, "Phòng " + unit, "01.003", "Chuyên viên", LocalDate.of(2015, 1, 1), 0, null,
                Map.of(year, Rating.HOAN_THANH_TOT), null, null)));
        long id = json.readTree(as("chuyenvien").postJson("/api/commendation/years", """
                {"unitCode": "%s", "unitName": "Phòng %s", "unitKind": "CO_QUAN_DON_VI", "year": %d,
                 "council": {"members": 5}}""".formatted(unit, unit, year)).body()).path("id").asLong();
        String instance = json.readTree(as("chuyenvien").get("/api/commendation/years/" + id).body())
                .path("processInstanceId").asText();
        instances.add(instance);
        signDocument(instance, "commendation-year-plan");
        assertThat(as("chuyenvien").postJson("/api/commendation/years/" + id + "/staff/" + prefix + "01/proceedings",
                "{\"kind\": \"KHIEU_NAI\", \"reason\": \"Đơn tố cáo đang xác minh\"}").statusCode()).isEqualTo(200);
        assertThat(as("chuyenvien").postJson("/api/commendation/years/" + id + "/nominations", "{\"citizenId\": \""
                + prefix + "01\", \"title\": \"LAO_DONG_TIEN_TIEN\"}").statusCode()).isEqualTo(201);
        String prepareTask = task(instance, "prepareNominations").getId();
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("chuyenvien", prepareTask,
                        () -> "chuyenvien".equals(taskService.createTaskQuery().taskId(prepareTask).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Lập danh sách bình xét"));
                assertThat(browser.formText()).contains("Mai Thị Oanh: Hoàn thành tốt nhiệm vụ",
                        "có đơn khiếu nại, tố cáo", "Chưa xét lần nào", "Trang năm thi đua").doesNotContain(prefix);
                browser.completeTaskAndWait("thi-dua-0-lap-danh-sach.png",
                        () -> taskService.createTaskQuery().taskId(prepareTask).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-thi-dua-lap-danh-sach.png");
                throw e;
            }
        }
        runJobs(instance);
        signDocument(instance, "commendation-year-minutes");
        taskService.complete(task(instance, "decideTitles").getId(), Map.of("approved", true));
        runJobs(instance);
        String followTask = task(instance, "followPostponed").getId();

        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("chuyenvien", followTask,
                        () -> "chuyenvien".equals(taskService.createTaskQuery().taskId(followTask).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                        "Theo dõi trường hợp tạm hoãn"));
                assertThat(browser.formText()).contains("Mai Thị Oanh · Lao động tiên tiến",
                        "có đơn khiếu nại, tố cáo đang được xác minh, giải quyết: Đơn tố cáo đang xác minh");
                WebElement cleared = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),"
                                + "'Kết luận không vi phạm: xét lại')]")));
                browser.scrollIntoView(cleared);
                cleared.click();
                browser.wait.until(d -> d.findElement(By.xpath("//*[contains(@class,'task-details')]//label[contains("
                        + "normalize-space(.),'Kết luận không vi phạm: xét lại')]//input | //*[contains(@class,"
                        + "'task-details')]//label[contains(normalize-space(.),'Kết luận không vi phạm: xét lại')]"
                        + "/preceding-sibling::input[1]")).isSelected());
                browser.completeTaskAndWait("thi-dua-3-theo-doi-tam-hoan.png",
                        () -> taskService.createTaskQuery().taskId(followTask).count() == 0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-thi-dua-tam-hoan.png");
                throw e;
            }
        }
        // Cleared: her proceedings are closed and she goes back to the evaluation (a job).
        JsonNodeView view = new JsonNodeView(json.readTree(as("chuyenvien").get("/api/commendation/years/" + id).body()));
        assertThat(view.staffOutcome()).isEqualTo("KHONG_VI_PHAM");
        assertThat(view.nominationStatus()).isEqualTo("CHO_XET");
        assertThat(managementService.createJobQuery().processInstanceId(instance).activityId("evaluateNominations")
                .count()).isOne();
    }

    private record JsonNodeView(com.fasterxml.jackson.databind.JsonNode year) {
        String staffOutcome() {
            return year.path("staff").get(0).path("proceedingsOutcome").asText();
        }

        String nominationStatus() {
            return year.path("nominations").get(0).path("status").asText();
        }
    }
}
