package vn.noivu.bpm.recruitment;

import java.io.IOException;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.noivu.bpm.Browser;

/** A task of a recruitment process worked in the Tasklist as the person of its group does, for the browser tests. */
final class TaskScreens {

    private final int port;
    private final ProcessEngine engine;
    private final TaskService taskService;

    TaskScreens(int port, ProcessEngine engine) {
        this.port = port;
        this.engine = engine;
        this.taskService = engine.getTaskService();
    }

    /**
     * Logs in, opens the task from the group's list, claims it and opens it as the user's own; {@code work} then
     * reads and fills the form, and the task is completed (the screenshot shows the form just before).
     */
    void work(String user, String processInstanceId, String taskKey, String screenshot, Consumer<Browser> work)
            throws IOException {
        PendingSteps.run(engine, processInstanceId);
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult().getId();
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn(user, user);
                browser.openFromGroupList(taskId);
                browser.claimOpenTask(taskId,
                        () -> user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details .fjs-form")));
                work.accept(browser);
                browser.completeTask(screenshot);
                browser.wait.until(d -> taskService.createTaskQuery().taskId(taskId).count() == 0);
                PendingSteps.run(engine, processInstanceId);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-" + screenshot);
                throw e;
            }
        }
    }

    static void tick(Browser browser, String label) {
        set(browser, label, true);
    }

    /** Ticks or clears the checkbox (or picks the radio option) whose label contains the text, as its label does. */
    static void set(Browser browser, String label, boolean ticked) {
        WebElement box = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'" + label + "')]"
                        + "/ancestor-or-self::*[.//input[@type='checkbox' or @type='radio']][1]"
                        + "//input[@type='checkbox' or @type='radio']")));
        browser.scrollIntoView(box);
        if (box.isSelected() != ticked) {
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", box);
        }
        browser.wait.until(d -> box.isSelected() == ticked);
    }

    /** Ticks the approval box ("Phê duyệt …", "Thông qua …" or "Đồng ý …"). */
    static void approve(Browser browser) {
        WebElement approve = browser.driver.findElement(By.xpath("//*[contains(@class,'task-details')]//label[starts-with("
                + "normalize-space(.),'Phê duyệt') or starts-with(normalize-space(.),'Thông qua')"
                + " or starts-with(normalize-space(.),'Đồng ý')]"
                + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']"));
        browser.scrollIntoView(approve);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", approve);
        browser.wait.until(d -> approve.isSelected());
    }

    /** What the form shows: its text and the values of its read-only fields. */
    static String shown(Browser browser) {
        return browser.wait.until(d -> {
            String text = browser.text(".task-details .fjs-form");
            String values = String.join("\n", d.findElements(By.cssSelector(
                    ".task-details .fjs-form input[readonly], .task-details .fjs-form textarea[readonly]"))
                    .stream().map(e -> e.getDomProperty("value")).toList());
            return text.isBlank() ? null : text + "\n" + values;
        });
    }

    /** The links of the form. */
    static java.util.List<String> links(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".task-details .fjs-form a[href]")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }
}
