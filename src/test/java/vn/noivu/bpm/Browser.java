package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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

/**
 * Debian's headless Chromium, driven by Debian's ChromeDriver, with a fresh profile; an English-language
 * browser on purpose, so a Vietnamese page proves Vietnamese is the default.
 */
public class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Path profile;
    private final String baseUrl;

    public Browser(int port) throws IOException {
        assertThat(CHROMIUM).as("Debian's Chromium is needed: apt-get install -y chromium chromium-driver").exists();
        assertThat(CHROMEDRIVER).as("Debian's ChromeDriver is needed: apt-get install -y chromium-driver").exists();
        baseUrl = "http://localhost:" + port;
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
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The Tasklist re-renders a form (after a claim, a save): an element read mid-render is asked again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Fills the webapp's login form (already open) and signs in. The Tasklist may render the form again while it
     * finishes loading and drop what was typed: the values are checked before submitting, and a form still shown
     * afterwards is filled once more.
     */
    /** The group's task list, then the task itself, as a link from a notification opens it (the list may be long). */
    public void openFromGroupList(String taskId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-filters')]//*[normalize-space(text())='Việc của nhóm']"))).click();
        open("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    /**
     * Claims the open task ("Nhận việc"). Claimed, the task leaves the list it was opened from: once
     * {@code claimed} says the engine has it, it is opened again, now the user's own.
     */
    public void claimOpenTask(String taskId, java.util.function.BooleanSupplier claimed) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
                + "//*[self::a or self::button][contains(normalize-space(.),'Nhận việc')]"))).click();
        wait.until(d -> claimed.getAsBoolean());
        open("/camunda/app/tasklist/default/#/?task=" + taskId + "&reload=" + System.nanoTime());
        // Callers read the form next: not while the Tasklist says it is still loading it.
        wait.until(d -> {
            List<WebElement> details = d.findElements(By.cssSelector(".task-details"));
            return !details.isEmpty() && !details.get(0).getText().contains("Đang tải");
        });
    }

    /** Signs in, opens the task from the group's list, claims it and waits until its form shows. */
    public void takeTask(String user, String taskId, java.util.function.BooleanSupplier claimed) {
        open("/");
        logIn(user, user);
        openFromGroupList(taskId);
        claimOpenTask(taskId, claimed);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    }

    /** What the open task's form shows: its text and the values of its read-only fields. */
    public String formText() {
        return wait.until(d -> {
            String text = text(".task-details .fjs-form");
            String values = String.join("\n", d.findElements(By.cssSelector(
                    ".task-details .fjs-form input[readonly], .task-details .fjs-form textarea[readonly]"))
                    .stream().map(e -> e.getDomProperty("value")).toList());
            return text.isBlank() ? null : text + "\n" + values;
        });
    }

    /** Waits until the page's body says it is in one of these states (data-state), and answers which. */
    public String awaitState(String... states) {
        return wait.until(d -> {
            try {
                String state = d.findElement(By.tagName("body")).getDomAttribute("data-state");
                return java.util.Arrays.asList(states).contains(state) ? state : null;
            } catch (org.openqa.selenium.StaleElementReferenceException pageChanging) {
                return null;
            }
        });
    }

    public void logIn(String user, String password) {
        By usernameField = By.cssSelector("input[ng-model='username']");
        for (int attempt = 1; ; attempt++) {
            WebElement username = wait.until(ExpectedConditions.elementToBeClickable(usernameField));
            WebElement passwordField = driver.findElement(By.cssSelector("input[ng-model='password']"));
            username.clear();
            username.sendKeys(user);
            passwordField.clear();
            passwordField.sendKeys(password);
            if (user.equals(username.getAttribute("value")) && password.equals(passwordField.getAttribute("value"))) {
                driver.findElement(By.cssSelector("form button[type='submit']")).click();
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(ExpectedConditions.invisibilityOfElementLocated(usernameField));
                    return;
                } catch (org.openqa.selenium.TimeoutException stillOnTheLoginPage) {
                    if (attempt == 2) {
                        throw stillOnTheLoginPage;
                    }
                }
            } else if (attempt == 2) {
                throw new IllegalStateException("The login form did not keep the typed values");
            }
        }
    }

    public WebElement scrollIntoView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** The input, textarea or select of the open task's form field whose label contains {@code label}. */
    public WebElement formField(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-details')]"
                + "//label[contains(normalize-space(.),'" + label + "')]/ancestor::*[contains(@class,'fjs-form-field')][1]"
                + "//*[self::input or self::textarea or self::select]")));
    }

    /**
     * Types into a form field as a person does: click into it, type, leave it with Tab, and see the text stay.
     * The Tasklist's form keeps a field's value only when the field is left (or 300 ms after the last key); a
     * field re-drawn before that shows what it had kept, so the text must still be there once the field is left.
     */
    public WebElement type(WebElement field, String text) {
        scrollIntoView(field);
        wait.until(ExpectedConditions.elementToBeClickable(field)).click();
        wait.until(d -> field.equals(d.switchTo().activeElement()));
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        wait.until(d -> !field.equals(d.switchTo().activeElement()));
        wait.until(d -> text.equals(field.getDomProperty("value")));
        return field;
    }

    /**
     * Completes the open task as a person does: once the form has kept what was typed (the Tasklist enables
     * "Lưu" after the form's first change) and "Hoàn thành" is enabled, clicks the part of the button that is
     * visible (the Tasklist's footer can cover its lower half); a form that refuses shows its messages, which
     * the failure then names.
     */
    public void completeTask(String screenshot) {
        By save = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Lưu']");
        By complete = By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']");
        if (!driver.findElements(save).isEmpty()) {
            wait.until(d -> d.findElement(save).isEnabled());
        }
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(complete));
        scrollIntoView(button);
        wait.until(d -> button.isEnabled());
        if (screenshot != null) {
            screenshot(screenshot);
        }
        clickVisiblePart(button);
    }

    /**
     * Completes the open task (see {@link #completeTask}) and waits until {@code gone} says the engine no longer
     * has it; a form that refuses what was typed fails at once, naming its messages.
     */
    public void completeTaskAndWait(String screenshot, java.util.function.BooleanSupplier gone) {
        completeTask(screenshot);
        wait.until(d -> {
            assertThat(formErrors()).as("the form refused what was typed").isEmpty();
            return gone.getAsBoolean();
        });
    }

    /** The form's own error messages now on screen, if any. */
    public java.util.List<String> formErrors() {
        return driver.findElements(By.cssSelector(".task-details .fjs-form-field-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /** Clicks a point of the element that no other element covers, as a person clicks what they see. */
    public void clickVisiblePart(WebElement element) {
        Object offset = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const el = arguments[0], r = el.getBoundingClientRect();
                for (let dy = 0; dy < r.height / 2; dy += 2) {
                  for (const y of [r.top + r.height / 2 - dy, r.top + r.height / 2 + dy]) {
                    const hit = document.elementFromPoint(r.left + r.width / 2, y);
                    if (hit && (hit === el || el.contains(hit))) return y - (r.top + r.height / 2);
                  }
                }
                return null;""", element);
        assertThat(offset).as("a visible part of the button to click").isNotNull();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, 0, ((Number) offset).intValue()).click().perform();
    }

    /** The window of a phone (390 × 844) or a desktop: the public site is checked at both sizes. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return window.innerWidth;")).intValue() <= width);
    }

    /**
     * Waits until the server-rendered page at {@code path} is loaded (its address, a complete document) and its
     * heading says {@code heading}; answers the page's main text.
     */
    public String awaitPage(String path, String heading) {
        return wait.until(d -> {
            try {
                boolean loaded = d.getCurrentUrl().contains(path) && "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState;"));
                return loaded && d.findElement(By.tagName("h1")).getText().contains(heading)
                        ? d.findElement(By.tagName("main")).getText() : null;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** True when the page is no wider than the window: nothing to scroll sideways on a phone. */
    public boolean fitsWidth() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** Saved on success and on failure alike: it is what the user saw. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
