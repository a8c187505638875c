package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page that edits a returned plan (/plans/recruitment.html, /plans/promotion.html), as the official uses it:
 * fields are found by the request field they edit (data-field), the one the server names in a refusal.
 */
public class PlanPage {

    private final Browser browser;

    /** Follows the revise task's link to the page and waits until the plan is shown, editable. */
    public static PlanPage followLink(Browser browser, String page) {
        WebElement link = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".task-details .fjs-form a[href^='" + page + "']")));
        browser.scrollIntoView(link);
        link.click();
        assertThat(browser.awaitState("ready", "error")).as(browser.text("#status")).isEqualTo("ready");
        return new PlanPage(browser);
    }

    private PlanPage(Browser browser) {
        this.browser = browser;
    }

    public WebElement field(String name) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#plan [data-field='" + name + "']")));
    }

    /** Clears the field and types, as a person does. */
    public PlanPage type(String name, String text) {
        WebElement input = browser.scrollIntoView(field(name));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        browser.wait.until(d -> text.equals(input.getDomProperty("value")));
        return this;
    }

    /** Picks the option shown with these words. */
    public PlanPage choose(String name, String words) {
        new Select(browser.scrollIntoView(field(name))).selectByVisibleText(words);
        return this;
    }

    /**
     * Sets a date input (yyyy-MM-dd) as its date picker does, and answers the date the page repeats as dd/MM/yyyy;
     * typing into a date input depends on the browser's language.
     */
    public String date(String name, java.time.LocalDate date) {
        WebElement input = browser.scrollIntoView(field(name));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
        WebElement shown = input.findElement(By.xpath("ancestor::*[contains(@class,'field')][1]//output"));
        return browser.wait.until(d -> shown.getText().isBlank() ? null : shown.getText());
    }

    /** The words of the option a list shows as picked. */
    public String chosen(String name) {
        return new Select(field(name)).getFirstSelectedOption().getText();
    }

    public PlanPage click(String cssSelector) {
        WebElement button = browser.scrollIntoView(browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(cssSelector))));
        button.click();
        return this;
    }

    /** Saves and waits for the answer the page shows: 'saved' or 'error'. */
    public String save() {
        click("#save");
        return browser.awaitState("saved", "error");
    }

    /** The message shown under the field the server named. */
    public String errorUnder(String name) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".field-error[data-for='" + name + "']"))).getText();
    }

    public String status() {
        return browser.text("#status");
    }
}
