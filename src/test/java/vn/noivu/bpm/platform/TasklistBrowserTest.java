package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * An official opens the system in a browser, logs in and works a task in the Vietnamese Tasklist;
 * a process designer opens Cockpit in Vietnamese and finds the deployed models.
 */
@PostgresIntegrationTest
class TasklistBrowserTest {

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

    @Test
    void anOfficialWorksAGroupTaskInTheVietnameseTasklist() throws IOException {
        HttpTestClient official = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        String title = "Hồ sơ kiểm thử trình duyệt " + UUID.randomUUID().toString().substring(0, 8);
        String instanceId = new ObjectMapper().readTree(official.postJson(
                "/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\":\"TRINH-DUYET-" + UUID.randomUUID() + "\",\"variables\":{\"dossierTitle\":"
                        + "{\"value\":\"" + title + "\",\"type\":\"String\"}}}").body()).path("id").asText();
        String taskId = taskIdOf(instanceId);
        // Due before any other open task (a reused database holds many from earlier runs), so it is on the first
        // page of the group's list sorted by due date; an administrator may move a due date.
        String first = java.time.OffsetDateTime.now().minusYears(20).format(
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        assertThat(new HttpTestClient(port).as("admin", "admin").putJson("/engine-rest/task/" + taskId,
                "{\"name\":\"Xử lý hồ sơ\",\"due\":\"" + first + "\",\"priority\":50}").statusCode()).isEqualTo(204);
        try {
            browser.open("/");

            WebElement username = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
            assertThat(username.getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
            assertThat(browser.text("form button[type='submit']")).isEqualTo("Đăng nhập");
            assertThat(browser.driver.getTitle()).contains("Hệ thống quy trình ngành Nội vụ");
            browser.logIn("chuyenvien", "chuyenvien");

            WebElement groupFilter = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Việc của nhóm']")));
            assertThat(browser.text(".task-filters")).contains("Việc của tôi", "Việc của nhóm", "Quá hạn");
            groupFilter.click();

            // Our task among the group's: its link carries its id.
            WebElement task = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'tasks-list')]//li//a[contains(@href,'" + taskId + "')]")));
            assertThat(task.getText()).isEqualTo("Xử lý hồ sơ");
            assertThat(browser.text(".tasks-list")).contains("Quy trình mẫu: xử lý và phê duyệt hồ sơ");
            task.click();

            // The task detail offers claiming in Vietnamese and shows its form.
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), "Nhận việc"));
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details form textarea")));
            assertThat(browser.text(".task-details")).contains("Trích yếu hồ sơ", "Kết quả xử lý, đề xuất")
                    .doesNotContain("Ý kiến trả lại của lãnh đạo");

            // Dates read dd/MM/yyyy (the full creation date is the tooltip of "Ngày tạo: ... trước").
            String created = browser.driver.findElement(By.cssSelector(".tasks-list .creation-date [uib-tooltip]"))
                    .getAttribute("uib-tooltip");
            browser.wait.until(d -> title.equals(d.findElement(By.cssSelector(".task-details form input[readonly]"))
                    .getAttribute("value")));
            assertThat(created).matches("(Chủ nhật|Thứ (hai|ba|tư|năm|sáu|bảy)), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
            assertThat(browser.text("body")).doesNotContain("All Tasks", "Claim", "Sign in", "Created");

            // Claim, fill in the form (its validation speaks Vietnamese), complete: the dossier goes to the manager.
            browser.claimOpenTask(taskId, () -> "chuyenvien".equals(assignee(taskId)));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"),
                    "Nguyễn Văn An"));
            By note = By.cssSelector(".task-details form textarea:not([readonly])");
            browser.wait.until(ExpectedConditions.elementToBeClickable(note)).sendKeys("x", Keys.BACK_SPACE);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".task-details .fjs-form-field-error"), "Trường này là bắt buộc."));
            browser.type(browser.driver.findElement(note), "Hồ sơ đầy đủ, đề nghị lãnh đạo phê duyệt");
            browser.wait.until(d -> browser.formErrors().isEmpty());
            browser.completeTask("tasklist-chuyenvien.png");
            browser.wait.until(d -> taskNames(instanceId).equals(List.of("Phê duyệt hồ sơ")));
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("tasklist-chuyenvien-failed.png");
            throw e;
        } finally {
            new HttpTestClient(port).as("admin", "admin").delete("/engine-rest/process-instance/" + instanceId);
        }
    }

    @Test
    void aDesignerFindsTheDeployedModelsInVietnameseCockpit() {
        try {
            browser.open("/camunda/app/cockpit/");
            browser.logIn("thietke", "thietke");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiên quy trình đang chạy"));
            assertThat(browser.text("body")).contains("Đã triển khai", "Định nghĩa quy trình", "Bản triển khai");

            browser.open("/camunda/app/cockpit/default/#/processes");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Quy trình mẫu: xử lý và phê duyệt hồ sơ"));

            browser.open("/camunda/app/cockpit/default/#/repository");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "noivu-bpm"));
            browser.screenshot("cockpit-thietke.png");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("cockpit-thietke-failed.png");
            throw e;
        }
    }

    @Test
    void englishStaysAvailableOnRequestAndVietnameseComesBack() {
        browser.open("/camunda/app/tasklist/default/?lang=en");
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("form button[type='submit']"), "Log in"));

        browser.open("/camunda/app/tasklist/");
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("form button[type='submit']"), "Log in"));

        browser.open("/camunda/app/tasklist/default/?lang=vi");
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("form button[type='submit']"), "Đăng nhập"));
    }

    private String taskIdOf(String processInstanceId) {
        try {
            return new ObjectMapper().readTree(new HttpTestClient(port).as("admin", "admin")
                    .get("/engine-rest/task?processInstanceId=" + processInstanceId).body()).get(0).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String assignee(String taskId) {
        try {
            return new ObjectMapper().readTree(new HttpTestClient(port).as("admin", "admin")
                    .get("/engine-rest/task/" + taskId).body()).path("assignee").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> taskNames(String processInstanceId) {
        try {
            return new ObjectMapper().readTree(new HttpTestClient(port).as("admin", "admin")
                    .get("/engine-rest/task?processInstanceId=" + processInstanceId).body()).findValuesAsText("name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
