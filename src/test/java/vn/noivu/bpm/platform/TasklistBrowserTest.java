package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * An official opens the system in Debian's headless Chromium (an English-language browser, on purpose),
 * logs in and finds the Tasklist in Vietnamese with the group's filter and a task in it.
 */
@PostgresIntegrationTest
class TasklistBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Debian's Chromium is needed: apt-get install -y chromium chromium-driver").exists();
        assertThat(CHROMEDRIVER).as("Debian's ChromeDriver is needed: apt-get install -y chromium-driver").exists();
        profile = Files.createTempDirectory("noivu-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=en-US", "--window-size=1440,900", "--user-data-dir=" + profile);
        // The driver is given explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** Saved on success and on failure alike: it is what the official saw. */
    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> taskNames(String processInstanceId) {
        try {
            return new ObjectMapper().readTree(new HttpTestClient(port).as("admin", "admin")
                    .get("/engine-rest/task?processInstanceId=" + processInstanceId).body()).findValuesAsText("name");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOfficialSeesTheVietnameseTasklistWithTheGroupFilterAndItsTask() throws IOException {
        HttpTestClient official = new HttpTestClient(port).as("chuyenvien", "chuyenvien");
        String title = "Hồ sơ kiểm thử trình duyệt " + UUID.randomUUID().toString().substring(0, 8);
        String instanceId = new ObjectMapper().readTree(official.postJson(
                "/engine-rest/process-definition/key/sample-approval/start",
                "{\"businessKey\":\"TRINH-DUYET-" + UUID.randomUUID() + "\",\"variables\":{\"dossierTitle\":"
                        + "{\"value\":\"" + title + "\",\"type\":\"String\"}}}").body()).path("id").asText();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            driver.get("http://localhost:" + port + "/");

            WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            assertThat(driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
            assertThat(username.getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
            WebElement signIn = driver.findElement(By.cssSelector("form button[type='submit']"));
            assertThat(signIn.getText()).isEqualTo("Đăng nhập");
            assertThat(driver.getTitle()).contains("Hệ thống quy trình ngành Nội vụ");

            username.sendKeys("chuyenvien");
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("chuyenvien");
            signIn.click();

            WebElement groupFilter = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Việc của nhóm']")));
            String filters = driver.findElement(By.cssSelector(".task-filters")).getText();
            assertThat(filters).contains("Việc của tôi", "Việc của nhóm", "Quá hạn");
            groupFilter.click();

            WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'tasks-list')]//li[.//*[contains(normalize-space(.),'Xử lý hồ sơ')]]")));
            assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText())
                    .contains("Xử lý hồ sơ", "Quy trình mẫu: xử lý và phê duyệt hồ sơ");
            task.findElement(By.cssSelector("a")).click();

            // The task detail offers claiming in Vietnamese and shows its form.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), "Nhận việc"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details form textarea")));
            assertThat(driver.findElement(By.cssSelector(".task-details")).getText())
                    .contains("Trích yếu hồ sơ", "Kết quả xử lý, đề xuất")
                    .doesNotContain("Ý kiến trả lại của lãnh đạo");

            // Dates read dd/MM/yyyy (the full creation date is the tooltip of "Ngày tạo: ... trước").
            String created = driver.findElement(By.cssSelector(".tasks-list .creation-date [uib-tooltip]"))
                    .getAttribute("uib-tooltip");
            assertThat(created).matches("(Chủ nhật|Thứ (hai|ba|tư|năm|sáu|bảy)), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContain("All Tasks", "Claim", "Sign in", "Created");

            // Claim, fill in the form (its validation speaks Vietnamese), complete: the dossier goes to the manager.
            driver.findElement(By.xpath("//*[contains(@class,'task-details')]//*[self::a or self::button]"
                    + "[contains(normalize-space(.),'Nhận việc')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), "Nguyễn Văn An"));
            By note = By.cssSelector(".task-details form textarea:not([readonly])");
            wait.until(ExpectedConditions.elementToBeClickable(note)).sendKeys("x", Keys.BACK_SPACE);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details .fjs-form-field-error"),
                    "Trường này là bắt buộc."));
            driver.findElement(note).sendKeys("Hồ sơ đầy đủ, đề nghị lãnh đạo phê duyệt");
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            screenshot("tasklist-chuyenvien.png");
            complete.click();
            wait.until(d -> taskNames(instanceId).equals(List.of("Phê duyệt hồ sơ")));
        } catch (RuntimeException | AssertionError e) {
            screenshot("tasklist-chuyenvien-failed.png");
            throw e;
        } finally {
            new HttpTestClient(port).as("admin", "admin").delete("/engine-rest/process-instance/" + instanceId);
        }
    }
}
