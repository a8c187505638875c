package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.PostgresIntegrationTest;

/** A manager logs in and opens the on-time report: figures, a Chart.js chart per procedure, export links. */
@PostgresIntegrationTest
class OnTimeReportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private Browser browser;

    @BeforeEach
    void aFinishedTaskAndABrowser() throws IOException {
        String instance = runtimeService.startProcessInstanceByKey("sample-approval",
                "BAO-CAO-TRINH-DUYET-" + UUID.randomUUID()).getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                Map.of("handlingNote", "Xong"));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void aManagerSeesTheReportWithItsChart() {
        try {
            browser.open("/reports/on-time");
            // Not logged in yet: the page sends the manager to the Tasklist login first.
            browser.logIn("lanhdao", "lanhdao");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc của tôi"));
            browser.open("/reports/on-time");

            browser.wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            String page = browser.text("body");
            assertThat(page).contains("Báo cáo xử lý công việc đúng hạn", "Quy trình mẫu: xử lý và phê duyệt hồ sơ",
                    "Đúng hạn", "Trễ hạn", "Đang quá hạn", "Xử lý hồ sơ");
            Object chart = ((JavascriptExecutor) browser.driver).executeScript(
                    "const c = Chart.getChart(document.getElementById('chart-sample-approval'));"
                            + " return c ? c.data.datasets.map(d => d.label) : null;");
            assertThat(chart).asString().contains("Đúng hạn", "Trễ hạn", "Đang quá hạn");
            assertThat(browser.driver.findElement(By.id("export-xlsx")).getAttribute("href"))
                    .contains("/api/reports/on-time.xlsx?from=");
            browser.screenshot("on-time-report-lanhdao.png");
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("on-time-report-lanhdao-failed.png");
            throw e;
        }
    }
}
