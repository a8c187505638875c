package vn.noivu.bpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * An integrator opens Swagger UI: it renders the description from this server alone (every file it loads comes
 * from here), with the procedures' Vietnamese tags and summaries.
 */
@PostgresIntegrationTest
class ApiDocsBrowserTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        browser.close();
    }

    @Test
    void swaggerUiShowsTheVietnameseDescriptionFromThisServerOnly() {
        try {
            browser.open("/swagger-ui.html");
            browser.wait.until(d -> d.findElements(By.cssSelector(".opblock-tag")).size() >= 5);
            List<String> tags = browser.driver.findElements(By.cssSelector(".opblock-tag")).stream()
                    .map(WebElement::getText).toList();
            assertThat(String.join("\n", tags)).contains("Tuyển dụng", "Nâng ngạch, thăng hạng", "Thi đua, khen thưởng",
                    "Sắp xếp đơn vị hành chính", "Nền tảng");
            assertThat(browser.text(".info")).contains("API Hệ thống quy trình ngành Nội vụ");
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Nộp Phiếu đăng ký dự tuyển"));
            WebElement apply = browser.driver.findElements(By.cssSelector(".opblock-summary")).stream()
                    .filter(e -> e.getText().contains("Nộp Phiếu đăng ký dự tuyển")).findFirst().orElseThrow();
            browser.clickVisiblePart(browser.scrollIntoView(apply));
            browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("validation_failed"));
            assertThat(browser.text("body")).contains("Công khai", "ApplicationRequest");

            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
        } finally {
            browser.screenshot("swagger-ui.png");
        }
    }
}
