package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * A manager works the Tasklist as a clerk: lands on the group's tasks with their count, tells rounds apart by
 * code and title, cannot touch the legal due date, comments and reads the comment (and the decision) in
 * "Lịch sử". Errors and the webapps speak Vietnamese, and a citizen's browser is never asked for a password.
 */
@PostgresIntegrationTest
class TasklistClerkBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        browser.close();
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    /** A recruitment round waiting for the manager's approval of its plan; answers the round code. */
    private String roundAwaitingApproval(String title) {
        String code = "TD-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> created = as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "%s", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [
                   {"code": "PC", "title": "Chuyên viên pháp chế", "rank": "CHUYEN_VIEN", "quota": 1,
                    "minDegree": "DAI_HOC", "majors": ["Luật"], "round2Format": "VIET_PHONG_VAN"}]}
                """.formatted(code, title, today, today.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private HttpResponse<String> put(String user, String path, String json) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode taskOf(String businessKey) throws IOException {
        JsonNode tasks = JSON.readTree(as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body());
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    @Test
    void aManagerTellsRoundsApartCommentsAndReadsTheHistory() throws IOException {
        String title = "Tuyển dụng kiểm thử danh sách " + UUID.randomUUID().toString().substring(0, 6);
        String code = roundAwaitingApproval(title);
        JsonNode task = taskOf(code);
        String taskId = task.path("id").asText();
        assertThat(task.path("due").isNull()).as("the approval has its legal due date").isFalse();
        // An administrator may move it: here before any other task's (the database may hold many open tasks of
        // earlier runs, some overdue), so it is the first row of the list sorted by due date.
        String first = java.time.OffsetDateTime.now().minusYears(20).format(
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        HttpResponse<String> moved = put("admin", "/engine-rest/task/" + taskId, "{\"name\":"
                + JSON.writeValueAsString(task.path("name").asText()) + ",\"due\":\"" + first + "\",\"priority\":50}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
        try {
            browser.open("/camunda/app/tasklist/");
            browser.logIn("lanhdao", "lanhdao");

            // The manager lands on the group's tasks, with their count, sorted by due date.
            WebElement active = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".task-filters .task-filter.active")));
            assertThat(active.getText()).contains("Việc của nhóm");
            browser.wait.until(d -> d.findElement(By.cssSelector(".task-filters .task-filter.active .noivu-count"))
                    .getText().matches("\\(\\d+\\)"));
            browser.wait.until(d -> d.getCurrentUrl().contains("sorting=") && d.getCurrentUrl().contains("dueDate"));

            // The row names the round: code and title, no bare priority number.
            By row = By.xpath("//*[contains(@class,'tasks-list')]//li[.//a[contains(@href,'" + taskId + "')]]");
            browser.wait.until(d -> d.findElement(row).getText().contains(title));
            assertThat(browser.driver.findElement(row).getText()).contains("Mã kỳ", code, "Tên kỳ", title);
            // ...whole: no value is cut to one line with an ellipsis.
            assertThat(browser.driver.findElement(row).findElements(By.cssSelector(".variable-value")))
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(value.getDomProperty("scrollWidth"))
                            .isEqualTo(value.getDomProperty("clientWidth")));
            assertThat(browser.driver.findElements(By.cssSelector(".tasks-list .priority")).stream()
                    .noneMatch(WebElement::isDisplayed)).isTrue();
            browser.screenshot("tasklist-group-filter-rows.png");

            // The legal due date shows, without the control that clears it.
            WebElement link = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".tasks-list a[href*='" + taskId + "']")));
            browser.scrollIntoView(link);
            browser.clickVisiblePart(link);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .due-date")));
            assertThat(browser.driver.findElements(By.cssSelector(".task-details .reset-due-date"))
                    .stream().noneMatch(WebElement::isDisplayed)).isTrue();

            // "Thêm ý kiến" saves, and "Lịch sử" shows it with who wrote it.
            String remark = "Đề nghị bổ sung căn cứ chỉ tiêu " + UUID.randomUUID().toString().substring(0, 4);
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-details a.createCommentLink"))).click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("comment-form-message"))).sendKeys(remark);
            browser.driver.findElement(By.cssSelector(".modal-footer button[type='submit']")).click();
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("comment-form-message")));
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//a[normalize-space(.)='Lịch sử']"))).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".history-pane"), remark));
            assertThat(browser.text(".history-pane")).doesNotContain("chưa có lịch sử");
            browser.screenshot("tasklist-history-comment.png");
            assertThat(browser.text("body")).doesNotContain("Không thể lưu ý kiến");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("tasklist-clerk-failed.png");
            throw e;
        }

        // The engine refuses the due date to a task worker, and comments to whoever does not work the task.
        HttpResponse<String> cleared = put("lanhdao", "/engine-rest/task/" + taskId,
                "{\"name\":" + JSON.writeValueAsString(task.path("name").asText()) + ",\"due\":null,\"priority\":50}");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(403);
        assertThat(taskOf(code).path("due").isNull()).isFalse();
        assertThat(as("chuyenvien").postJson("/engine-rest/task/" + taskId + "/comment/create",
                "{\"message\":\"không phải việc của tôi\"}").statusCode()).isNotIn(200, 204);

        // The manager returns the plan: the decision is a task comment, read back from the finished task.
        HttpResponse<String> returned = as("lanhdao").postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"Sửa chỉ tiêu vị trí PC\"}}}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(204);
        JsonNode comments = JSON.readTree(as("lanhdao").get("/engine-rest/task/" + taskId + "/comment").body());
        assertThat(comments.findValuesAsText("message")).contains("Trả lại: Sửa chỉ tiêu vị trí PC");
        assertThat(comments.findValuesAsText("userId")).contains("lanhdao");
    }

    @Test
    void aFormSentWithAFieldMissingSaysWhichField() throws IOException {
        String instanceId = JSON.readTree(as("chuyenvien").postJson(
                "/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\":\"THIEU-TRUONG-" + UUID.randomUUID() + "\",\"variables\":{\"dossierTitle\":"
                        + "{\"value\":\"Hồ sơ thiếu ý kiến\",\"type\":\"String\"}}}").body()).path("id").asText();
        try {
            String taskId = JSON.readTree(as("admin").get("/engine-rest/task?processInstanceId=" + instanceId).body())
                    .get(0).path("id").asText();
            browser.open("/camunda/app/tasklist/");
            browser.logIn("chuyenvien", "chuyenvien");
            browser.openFromGroupList(taskId);
            // A link to a task keeps the list in due-date order, not the Tasklist's newest-first default.
            browser.wait.until(d -> d.getCurrentUrl().contains("task=" + taskId)
                    && d.getCurrentUrl().contains("%22dueDate%22") && !d.getCurrentUrl().contains("%22created%22"));
            int mine = myTaskCount();
            // Claimed here, not with claimOpenTask: the count of "Việc của tôi" is read before the task reloads.
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
                    + "//*[self::a or self::button][contains(normalize-space(.),'Nhận việc')]"))).click();
            // The count of "Việc của tôi" follows the claim at once, not at the next 20-second refresh.
            new WebDriverWait(browser.driver, Duration.ofSeconds(6)).until(d -> myTaskCount() == mine + 1);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".task-details form textarea:not([readonly])")));
            WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            browser.scrollIntoView(complete);
            browser.clickVisiblePart(complete);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Chưa gửi được"));
            assertThat(browser.text("body")).contains("Kết quả xử lý, đề xuất", "Biểu mẫu chưa đầy đủ")
                    .doesNotContain("Đã xảy ra lỗi khi gửi biểu mẫu công việc");
            browser.screenshot("tasklist-missing-field.png");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("tasklist-missing-field-failed.png");
            throw e;
        } finally {
            as("admin").delete("/engine-rest/process-instance/" + instanceId);
        }
    }

    /** The number shown beside "Việc của tôi", once it is shown. */
    private int myTaskCount() {
        String badge = browser.wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'task-filters')]"
                        + "//a[contains(normalize-space(.),'Việc của tôi')]/span[contains(@class,'noivu-count')]"))
                .stream().map(WebElement::getText).filter(t -> t.matches("\\(\\d+\\)")).findFirst().orElse(null));
        return Integer.parseInt(badge.substring(1, badge.length() - 1));
    }

    @Test
    void errorPagesAreVietnameseAndNoBannerAdvisesCamunda8() {
        try {
            browser.open("/trang-khong-co");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Không tìm thấy trang"));
            // An address outside the staff's prefixes may be a citizen's: the public site's page, leading to its home.
            assertThat(browser.text("body")).doesNotContain("Whitelabel", "Danh sách công việc").contains("Về trang công khai");
            browser.screenshot("error-404.png");

            browser.open("/camunda/app/welcome/default/");
            browser.logIn("thietke", "thietke");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ứng dụng"));
            assertNoBanner();
            browser.open("/camunda/app/cockpit/default/");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Đã triển khai"));
            assertNoBanner();
            browser.screenshot("cockpit-no-banner.png");
            browser.open("/camunda/app/admin/default/");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("body")));
            assertThat(browser.text("body")).doesNotContain("Whitelabel");
            assertNoBanner();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("error-pages-failed.png");
            throw e;
        }
    }

    private void assertNoBanner() {
        assertThat(browser.driver.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
                .as("no Camunda 8 banner").isTrue();
        assertThat(browser.text("body")).doesNotContainIgnoringCase("Camunda 8");
    }

    @Test
    void aCitizenIsNeverAskedForAPasswordAndStaffStillGetIn() throws IOException {
        String code = roundAwaitingApproval("Tuyển dụng kiểm thử công bố");
        HttpResponse<String> unpublished = new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results");
        assertThat(unpublished.statusCode()).isEqualTo(401);
        assertThat(unpublished.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JSON.readTree(unpublished.body()).path("message").asText()).isNotBlank();

        HttpResponse<String> unknown = new HttpTestClient(port).get("/api/recruitment/rounds/KHONG-CO-KY/results");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(JSON.readTree(unknown.body()).path("error").asText()).isNotBlank();

        assertThat(as("chuyenvien").get("/api/recruitment/rounds/" + code + "/results").statusCode()).isEqualTo(200);

        HttpResponse<String> page = new HttpTestClient(port).header("Accept", "text/html").get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
    }
}
