package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * The document step as its two roles work it in the Tasklist, on a round's Thông báo tuyển dụng: the official reads
 * the type and summary, sees page 1 of the draft and opens the draft's PDF and Word file with the Tasklist's own
 * session, and submits it; the head returns it with a comment (a return without one is refused by the form); the
 * official reads that comment and submits again; the head approves, and only then the notice takes the next
 * number of its series, in the register and in the round's public PDF. Screenshots task-document-*.png.
 */
@PostgresIntegrationTest
class DocumentIssueBrowserTest {

    private static final String TYPE = "recruitment-notice";
    private static final String SYMBOL = "TB-SNV";
    private static final String TITLE = "Về việc tuyển dụng công chức Sở Nội vụ năm 2026";
    private static final String RETURN_COMMENT = "Bổ sung căn cứ Kế hoạch số 12/KH-SNV và địa điểm nhận Phiếu đăng ký";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;

    private final ObjectMapper json = new ObjectMapper();
    private final int year = LocalDate.now(Deadlines.ZONE).getYear();
    private String round;

    /** The round's open tasks would crowd the task lists other browser tests click in. */
    @AfterEach
    void endTheRound() {
        if (round != null && runtimeService.createProcessInstanceQuery().processInstanceId(round).count() > 0) {
            runtimeService.deleteProcessInstance(round, "browser test done");
        }
    }

    @Test
    void theOfficialSubmitsTheHeadReturnsThenSignsAndOnlyTheSignatureTakesANumber() throws IOException {
        String code = "TB-KY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String document = roundWithApprovedPlan(code);
        List<Integer> numbersBefore = numbersInTheRegister();
        String noticePath = "/api/recruitment/rounds/" + code + "/notice.pdf";
        assertThat(new HttpTestClient(port).get(noticePath).statusCode()).isEqualTo(404);

        String review = task(document, "reviewDocumentDraft");
        assertThat(taskService.getVariableLocal(review, "tasklistDossier")).as("what the task's card says")
                .isEqualTo("Thông báo tuyển dụng — " + TITLE);
        assertThat(taskService.getVariableLocal(review, "tasklistRoundCode")).isEqualTo(code);
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("chuyenvien", review, () -> assignedTo(review, "chuyenvien"));
                assertThat(browser.formText()).contains("Loại văn bản", "Thông báo tuyển dụng", "Trích yếu", TITLE, code)
                        .doesNotContain("Ý kiến trả lại của người ký");
                assertThat(pageOneShown(browser)).as("page 1 of the draft, as an image 96 dpi wide").isBetween(790, 800);
                assertTheDraftOpens(browser, code);
                showTheTop(browser);
                browser.screenshot("task-document-review-draft.png");
                browser.completeTaskAndWait(null, () -> gone(review));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-task-document-review-draft.png");
                throw e;
            }
        }

        String sign = task(document, "signDocument");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", sign, () -> assignedTo(sign, "lanhdao"));
                assertThat(browser.formText()).contains("Ký duyệt văn bản", "Thông báo tuyển dụng", TITLE,
                        "Phê duyệt, cấp số và ban hành", "Bỏ chọn để trả lại dự thảo");
                assertThat(pageOneShown(browser)).isBetween(790, 800);
                showTheTop(browser);
                browser.screenshot("task-document-sign.png");
                // Neither approved nor a comment: the form says the comment is missing and keeps the task.
                browser.completeTask(null);
                browser.wait.until(d -> !browser.formErrors().isEmpty());
                By refusal = By.cssSelector(".notifications .alert");
                assertThat(browser.wait.until(ExpectedConditions.visibilityOfElementLocated(refusal)).getText())
                        .contains("Biểu mẫu chưa đầy đủ", "Ý kiến trả lại");
                assertThat(gone(sign)).isFalse();
                // Its "×" (the toast covers "Hoàn thành").
                ((JavascriptExecutor) browser.driver).executeScript("document.querySelectorAll("
                        + "'.notifications .alert button.close').forEach(b => b.click());");
                browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(refusal));
                browser.type(browser.formField("Ý kiến trả lại"), RETURN_COMMENT);
                browser.completeTaskAndWait("task-document-sign-return.png", () -> gone(sign));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-task-document-sign.png");
                throw e;
            }
        }
        assertThat(numbersInTheRegister()).as("a returned draft takes no number").isEqualTo(numbersBefore);
        assertThat(new HttpTestClient(port).get(noticePath).statusCode()).isEqualTo(404);

        String again = task(document, "reviewDocumentDraft");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("chuyenvien", again, () -> assignedTo(again, "chuyenvien"));
                browser.wait.until(d -> browser.formText().contains(RETURN_COMMENT));
                assertThat(browser.formText()).contains("Ý kiến trả lại của người ký", TITLE);
                showTheTop(browser);
                browser.screenshot("task-document-review-draft-returned.png");
                browser.completeTaskAndWait(null, () -> gone(again));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-task-document-review-draft-returned.png");
                throw e;
            }
        }

        String signAgain = task(document, "signDocument");
        try (Browser browser = new Browser(port)) {
            try {
                browser.takeTask("lanhdao", signAgain, () -> assignedTo(signAgain, "lanhdao"));
                assertThat(browser.formField("Ý kiến trả lại").getDomProperty("value"))
                        .as("the last return's comment is not offered again").isEmpty();
                approve(browser);
                browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
                        "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'Ý kiến trả lại')]")));
                browser.completeTaskAndWait("task-document-sign-approve.png", () -> gone(signAgain));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-task-document-sign-approve.png");
                throw e;
            }
        }

        // Signed: the next number of the series, in the register and on the public notice.
        int expected = numbersBefore.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        long id = ((Number) runtimeService.getVariable(round, "noticeDocumentId")).longValue();
        JsonNode entry = entries().stream().filter(e -> e.path("document").path("id").asLong() == id).findFirst()
                .orElseThrow();
        String numberLine = "Số: %02d/%s".formatted(expected, SYMBOL);
        assertThat(entry.path("document").path("number").asInt()).isEqualTo(expected);
        assertThat(entry.path("document").path("numberLine").asText()).isEqualTo(numberLine);
        assertThat(entry.path("document").path("createdBy").asText()).isEqualTo("lanhdao");
        List<Integer> numbersAfter = new ArrayList<>(numbersBefore);
        numbersAfter.add(expected);
        assertThat(numbersInTheRegister()).containsExactlyInAnyOrderElementsOf(numbersAfter);
        HttpResponse<byte[]> notice = new HttpTestClient(port).getResponseBytes(noticePath);
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(pdfText(notice.body())).contains(numberLine, "THÔNG BÁO", TITLE,
                Decree30.dateLine("Hà Nội", LocalDate.now(Deadlines.ZONE)));
    }

    /** A round created and its plan approved through the API; the document-issue instance of its notice. */
    private String roundWithApprovedPlan(String code) throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        HttpResponse<String> created = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng công chức Sở Nội vụ năm 2026", "agency": "Sở Nội vụ",
                 "method": "THI_TUYEN", "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "PC", "title": "Chuyên viên pháp chế", "rank": "CHUYEN_VIEN", "quota": 2,
                    "minDegree": "DAI_HOC", "majors": ["Luật"], "round2Format": "VIET_PHONG_VAN"}]}
                """.formatted(code, today, today.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        round = json.readTree(created.body()).path("processInstanceId").asText();
        String approvePlan = taskService.createTaskQuery().processInstanceId(round).taskDefinitionKey("approvePlan")
                .singleResult().getId();
        HttpResponse<String> approved = new HttpTestClient(port).as("lanhdao", "lanhdao").postJson(
                "/engine-rest/task/" + approvePlan + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        // The plan is signed first (the notice cites its number); here through the REST API, as quickly as can be.
        String plan = documentInstance("recruitment-plan");
        complete("chuyenvien", task(plan, "reviewDocumentDraft"), "{}");
        complete("lanhdao", task(plan, "signDocument"),
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
        return documentInstance(TYPE);
    }

    private String documentInstance(String documentType) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(round)
                .processDefinitionKey("document-issue").variableValueEquals("documentType", documentType)
                .singleResult().getId();
    }

    private void complete(String user, String taskId, String body) {
        HttpTestClient client = new HttpTestClient(port).as(user, user);
        assertThat(client.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> done = client.postJson("/engine-rest/task/" + taskId + "/complete", body);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }

    /**
     * The draft's links work with the Tasklist's session (no Basic-auth challenge): the PDF has no number yet, the
     * Word file downloads; the page image opens the PDF in a new tab, the task staying where it was.
     */
    private void assertTheDraftOpens(Browser browser, String code) throws IOException {
        String query = "?issuer=SNV&subject=" + code;
        List<String> links = browser.driver.findElements(By.cssSelector(".task-details .fjs-form a[href]")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        String pdf = "/api/documents/drafts/" + TYPE + ".pdf" + query;
        String docx = "/api/documents/drafts/" + TYPE + ".docx" + query;
        assertThat(links).contains(pdf, docx);

        Map<String, Object> draft = fetch(browser, pdf);
        assertThat(draft.get("status")).isEqualTo(200L);
        assertThat((String) draft.get("type")).startsWith("application/pdf");
        assertThat(draft.get("challenge")).isNull();
        String text = pdfText(Base64.getDecoder().decode((String) draft.get("body")));
        assertThat(text).contains("THÔNG BÁO", TITLE, "Số:" + Decree30.BLANK + "/" + SYMBOL)
                .doesNotContainPattern("Số: ?\\d+/" + SYMBOL);
        Map<String, Object> word = fetch(browser, docx);
        assertThat(word.get("status")).isEqualTo(200L);
        assertThat((String) word.get("type"))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.get("challenge")).isNull();
        assertThat(Base64.getDecoder().decode((String) word.get("body"))).startsWith('P', 'K');

        String tasklist = browser.driver.getWindowHandle();
        WebElement page = browser.driver.findElement(By.cssSelector(".task-details .fjs-form a[href] img"));
        browser.clickVisiblePart(browser.scrollIntoView(page));
        browser.wait.until(d -> d.getWindowHandles().size() == 2);
        String opened = browser.driver.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst()
                .orElseThrow();
        browser.driver.switchTo().window(opened);
        browser.wait.until(d -> d.getCurrentUrl().endsWith(pdf));
        browser.driver.close();
        browser.driver.switchTo().window(tasklist);
        assertThat(browser.driver.getCurrentUrl()).contains("/camunda/app/tasklist/");
    }

    /** GET as the page's own script would: the session's cookie, no credentials of the test's. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fetch(Browser browser, String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  for (let i = 0; i < bytes.length; i += 8192) {
                    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
                  }
                  done({status: r.status, type: r.headers.get('content-type'),
                        challenge: r.headers.get('www-authenticate'), body: btoa(binary)});
                }, e => done({status: -1, type: String(e)}));""", path);
    }

    /** The width in pixels of page 1 as the browser loaded it, once loaded. */
    private static int pageOneShown(Browser browser) {
        return ((Number) browser.wait.until(d -> ((JavascriptExecutor) d).executeScript("""
                const img = document.querySelector('.task-details .noivu-document-preview img');
                return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;"""))).intValue();
    }

    /** The form from its title down, as the task opens. */
    private static void showTheTop(Browser browser) {
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelector('.task-details .fjs-form').scrollIntoView({block: 'start'});");
    }

    private static void approve(Browser browser) {
        WebElement box = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'Phê duyệt, cấp số')]"
                        + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']")));
        browser.scrollIntoView(box);
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", box);
        browser.wait.until(d -> box.isSelected());
    }

    private List<JsonNode> entries() throws IOException {
        HttpResponse<String> register = new HttpTestClient(port).as("lanhdao", "lanhdao")
                .get("/api/documents?issuer=SNV&year=" + year + "&limit=1000");
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        json.readTree(register.body()).forEach(entries::add);
        return entries;
    }

    /** The numbers the notices' series (TB-SNV) has given this year. */
    private List<Integer> numbersInTheRegister() throws IOException {
        return entries().stream().map(e -> e.path("document"))
                .filter(d -> SYMBOL.equals(d.path("symbol").asText()))
                .map(d -> d.path("number").asInt()).toList();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private String task(String processInstanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
                .singleResult().getId();
    }

    private boolean assignedTo(String taskId, String user) {
        return user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee());
    }

    private boolean gone(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() == 0;
    }
}
