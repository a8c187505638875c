package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.openqa.selenium.support.ui.Select;
import vn.noivu.bpm.AxeCheck;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.Initiative;
import vn.noivu.bpm.commendation.persistence.InitiativeRepository;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * The provincial council votes and the Chairman decides in the Vietnamese Tasklist (Chromium): the council reads each
 * nominee by name with the achievement and the threshold and types the "đồng ý" count (14/15 for CSTĐ tỉnh, C8;
 * 12/15 for Cờ thi đua, C8b); the Chairman ticks the names to award. Nobody types an identifier. Also the public
 * pages as anyone reads them, on a phone (390 × 844) and a desktop, without citizen IDs: the posting with an objection
 * filed through its form (refused with the message under the missing field, then confirmed and stored), and the
 * published decision; axe-core finds no serious or critical fault on any of them.
 */
@PostgresIntegrationTest
class CommendationProposalBrowserTest {

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
    @Autowired
    AwardRegister awards;
    @Autowired
    InitiativeRepository initiatives;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> instances = new ArrayList<>();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final int year = today.getYear();

    /** The proposal's open tasks would crowd the task lists other browser tests click in. */
    @AfterEach
    void endTheProposals() {
        instances.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtimeService.deleteProcessInstance(id, "browser test done"));
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private Task task(String instance, String step) {
        List<String> all = new ArrayList<>(List.of(instance));
        runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance).list().stream()
                .map(ProcessInstance::getId).forEach(all::add);
        return all.stream().flatMap(i -> taskService.createTaskQuery().processInstanceId(i).taskDefinitionKey(step)
                .list().stream()).findFirst().orElseThrow(() -> new AssertionError("no task " + step));
    }

    private void completed(String user, String instance, String step, String variables) {
        var response = as(user).postJson("/engine-rest/task/" + task(instance, step).getId() + "/complete", variables);
        assertThat(response.statusCode()).as(step + ": " + response.body()).isEqualTo(204);
    }

    private static String bool(String name, boolean value) {
        return "{\"variables\": {\"" + name + "\": {\"value\": " + value + ", \"type\": \"Boolean\"}}}";
    }

    private static String text(String name, String value) throws IOException {
        return "{\"variables\": {\"" + name + "\": {\"value\": " + new ObjectMapper().writeValueAsString(value)
                + ", \"type\": \"String\"}}}";
    }

    private void sign(String instance, String drafter, String signer) {
        completed(drafter, instance, "reviewDocumentDraft", "{}");
        completed(signer, instance, "signDocument", bool("approved", true));
    }

    private void onTask(String user, String taskId, String title, String screenshot, Consumer<Browser> work)
            throws IOException {
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/");
                browser.logIn(user, user);
                browser.openFromGroupList(taskId);
                browser.claimOpenTask(taskId,
                        () -> user.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), title));
                work.accept(browser);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-" + screenshot);
                throw e;
            }
        }
    }

    private static List<WebElement> rowFields(Browser browser, String label) {
        return browser.wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath("//*[contains(@class,'task-details')]//label[normalize-space(.)='"
                    + label + "' or normalize-space(.)='" + label + "*']/ancestor::*[contains(@class,'fjs-form-field')][1]//input"));
            return found.isEmpty() ? null : found;
        });
    }

    private void tick(Browser browser, String labelContains) {
        WebElement label = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-details')]//label[contains(normalize-space(.),'" + labelContains + "')]")));
        browser.scrollIntoView(label);
        label.click();
        WebElement box = label.findElement(By.xpath(".//input | ./preceding-sibling::input | ./following-sibling::input"));
        browser.wait.until(d -> box.isSelected());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private int objections(long proposalId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_proposal_objection WHERE proposal_id = ?",
                Integer.class, proposalId);
    }

    private LocalDate postingUntil(long proposalId) {
        return jdbc.queryForObject("SELECT posting_until FROM commendation_proposal WHERE id = ?", LocalDate.class,
                proposalId);
    }

    @Test
    void theProvincialCouncilVotesAndTheChairmanDecidesFromLists() throws IOException {
        String prefix = "0028" + String.format("%06d", System.nanoTime() % 1_000_000);
        String unit = "SYT" + prefix.substring(6);
        Person fighter = new Person(prefix + "01", "Đỗ Thị Thanh Hương", "NU", LocalDate.of(1982, 8, 8), "Kinh", false,
                "VIEN_CHUC", unit, "Sở Y tế", "V.08.01.03", "Bác sĩ", today.minusYears(10), 0, LocalDate.of(2008, 1, 1),
                Map.of(year, Rating.HOAN_THANH_XUAT_SAC, year - 1, Rating.HOAN_THANH_XUAT_SAC), null, null);
        personnel.save(List.of(fighter));
        for (int y = year - 2; y <= year; y++) {
            awards.record(new Award.Decision(y + "/QĐ-SYT-" + prefix, today, "Giám đốc Sở Y tế"), List.of(
                    new Award.Given(Award.Holder.person(fighter.citizenId()), AwardVocabulary.Title.CHIEN_SI_THI_DUA_CO_SO,
                            y, AwardVocabulary.Kind.CONG_TRANG)), AwardVocabulary.Source.NHAP_TAY, null, "test");
        }
        initiatives.record(fighter.citizenId(), "Quy trình cấp cứu đột quỵ", year, Initiative.Scope.TINH, "9/QĐ-UBND",
                today, "Chủ tịch UBND tỉnh", "test");
        JsonNode created = json.readTree(as("chuyenvien").postJson("/api/commendation/proposals", """
                {"unitCode": "%s", "unitName": "Sở Y tế", "year": %d, "kind": "CONG_TRANG", "items": [
                  {"citizenId": "%s", "title": "CHIEN_SI_THI_DUA_TINH", "achievement": "Ba năm Chiến sĩ thi đua cơ sở; sáng kiến cấp cứu đột quỵ áp dụng toàn tỉnh"},
                  {"unitCode": "%s-K1", "unitName": "Khoa Cấp cứu, Bệnh viện tỉnh", "title": "CO_THI_DUA_TINH", "achievement": "Dẫn đầu khối thi đua y tế"}]}
                """.formatted(unit, year, fighter.citizenId(), unit)).body());
        long id = created.path("id").asLong();
        String instance = created.path("processInstanceId").asText();
        instances.add(instance);

        // The public posting page (server-rendered, no JavaScript needed), on a phone and on a desktop: names, titles
        // and achievements; never the citizen ID or the date of birth; no serious accessibility fault.
        try (Browser browser = new Browser(port)) {
            try {
                browser.resize(390, 844);
                browser.open("/khen-thuong/niem-yet");
                String page = browser.awaitPage("/khen-thuong/niem-yet", "Niêm yết công khai");
                assertThat(page).contains("Đỗ Thị Thanh Hương", "Khoa Cấp cứu, Bệnh viện tỉnh",
                        "Cờ thi đua của Bộ, Ủy ban nhân dân tỉnh", "Cách gửi ý kiến phản ánh")
                        .doesNotContain(fighter.citizenId(), "1982", "CHIEN_SI", "null");
                String section = browser.text("#danh-sach-" + id);
                assertThat(section).contains("Sở Y tế: đề nghị khen thưởng năm " + year, "đến hết ngày "
                        + postingUntil(id).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                assertThat(browser.fitsWidth()).as("nothing to scroll sideways at 390 px").isTrue();
                AxeCheck.assertAccessible(browser.driver, "niêm yết (điện thoại)");
                browser.screenshot("cong-khai-khen-thuong-niem-yet-dien-thoai.png");
                browser.screenshot("khen-thuong-1-niem-yet-cong-khai.png");

                // "Gửi ý kiến" beside the collective: the form preselects it; a missing content is refused under the field.
                WebElement object = browser.driver.findElement(By.xpath("//section[@id='danh-sach-" + id + "']//li[.//strong["
                        + "normalize-space(.)='Khoa Cấp cứu, Bệnh viện tỉnh']]//a[contains(normalize-space(.),'Gửi ý kiến')]"));
                browser.scrollIntoView(object);
                object.click();
                browser.awaitPage("/khen-thuong/niem-yet/" + id + "/y-kien", "Gửi ý kiến phản ánh");
                assertThat(new Select(browser.driver.findElement(By.id("itemId"))).getFirstSelectedOption().getText())
                        .contains("Khoa Cấp cứu, Bệnh viện tỉnh");
                AxeCheck.assertAccessible(browser.driver, "biểu mẫu ý kiến (điện thoại)");
                browser.driver.findElement(By.id("name")).sendKeys("Nguyễn Văn Dân");
                browser.driver.findElement(By.id("contact")).sendKeys("dan@example.com");
                browser.driver.findElement(By.cssSelector("form button[type='submit']")).click();
                browser.wait.until(d -> !d.findElements(By.id("content-loi")).isEmpty());
                assertThat(browser.text("#content-loi")).isEqualTo("Nội dung phản ánh là bắt buộc.");
                assertThat(browser.text(".error-summary")).contains("Biểu mẫu có 1 lỗi cần sửa");
                assertThat(browser.driver.findElement(By.id("content")).getDomAttribute("aria-describedby"))
                        .contains("content-loi");
                assertThat(browser.driver.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Nguyễn Văn Dân");
                assertThat(objections(id)).as("nothing stored on a refused form").isZero();
                AxeCheck.assertAccessible(browser.driver, "biểu mẫu có lỗi (điện thoại)");
                browser.scrollIntoView(browser.driver.findElement(By.id("content-loi")));
                browser.screenshot("cong-khai-khen-thuong-y-kien-loi.png");
                browser.driver.findElement(By.id("content")).sendKeys("Khoa chưa dẫn đầu khối năm nay");
                browser.driver.findElement(By.cssSelector("form button[type='submit']")).click();
                String filed = browser.awaitPage("/y-kien/da-gui", "Đã nhận ý kiến phản ánh");
                assertThat(filed).contains("Sở Y tế", "Hội đồng thi đua, khen thưởng của đơn vị");
                assertThat(objections(id)).isEqualTo(1);
                AxeCheck.assertAccessible(browser.driver, "đã nhận ý kiến (điện thoại)");
                browser.screenshot("cong-khai-khen-thuong-y-kien-da-gui.png");
                browser.screenshot("khen-thuong-1b-gui-y-kien-phan-anh.png");

                // On a desktop: the same page, and an objection about the whole list.
                browser.resize(1440, 900);
                browser.open("/khen-thuong/niem-yet");
                browser.awaitPage("/khen-thuong/niem-yet", "Niêm yết công khai");
                AxeCheck.assertAccessible(browser.driver, "niêm yết (máy tính)");
                browser.screenshot("cong-khai-khen-thuong-niem-yet-may-tinh.png");
                WebElement whole = browser.driver.findElement(By.xpath("//section[@id='danh-sach-" + id
                        + "']//a[contains(normalize-space(.),'Gửi ý kiến về cả danh sách')]"));
                browser.scrollIntoView(whole);
                whole.click();
                browser.awaitPage("/khen-thuong/niem-yet/" + id + "/y-kien", "Gửi ý kiến phản ánh");
                assertThat(new Select(browser.driver.findElement(By.id("itemId"))).getFirstSelectedOption().getText())
                        .isEqualTo("Cả danh sách");
                browser.driver.findElement(By.id("name")).sendKeys("Trần Thị Bình");
                browser.driver.findElement(By.id("contact")).sendKeys("0912 345 678");
                browser.driver.findElement(By.id("content")).sendKeys("Đề nghị công khai thêm biên bản họp xét");
                browser.screenshot("cong-khai-khen-thuong-y-kien-may-tinh.png");
                browser.driver.findElement(By.cssSelector("form button[type='submit']")).click();
                browser.awaitPage("/y-kien/da-gui", "Đã nhận ý kiến phản ánh");
                assertThat(objections(id)).isEqualTo(2);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-cong-khai-khen-thuong-niem-yet.png");
                throw e;
            }
        }
        assertThat(json.readTree(as("bantdkt").get("/api/commendation/proposals/" + id).body()).path("objections").asInt())
                .isEqualTo(2);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());
        String objections = taskService.getVariable(task(instance, "considerObjections").getId(), "objectionsSummary").toString();
        assertThat(objections).contains("Nguyễn Văn Dân", "Khoa chưa dẫn đầu khối", "Khoa Cấp cứu", "Trần Thị Bình",
                "Đề nghị công khai thêm biên bản họp xét");
        completed("thiduakt", instance, "considerObjections", text("objectionDecision",
                "Giữ Khoa Cấp cứu: đã xác minh khoa dẫn đầu khối thi đua y tế"));
        sign(instance, "chuyenvien", "lanhdao");
        completed("bantdkt", instance, "checkCompleteness", bool("approved", true));
        // The board appraises each nominee in the Tasklist: the rule tables' verdict beside the name, a choice per row.
        String appraisal = task(instance, "appraiseProposal").getId();
        onTask("bantdkt", appraisal, "Thẩm định hồ sơ đề nghị khen thưởng", "khen-thuong-2a-so-noi-vu-tham-dinh.png",
                browser -> {
            List<String> nominees = rowFields(browser, "Cá nhân, tập thể").stream().map(f -> f.getDomProperty("value")).toList();
            assertThat(nominees).hasSize(2);
            assertThat(nominees.get(0)).contains("Đỗ Thị Thanh Hương").doesNotContain(fighter.citizenId());
            List<WebElement> accept = browser.wait.until(d -> {
                List<WebElement> found = d.findElements(By.xpath("//*[contains(@class,'task-details')]"
                        + "//label[contains(normalize-space(.),'Chấp nhận, trình')]"));
                return found.size() == 2 ? found : null;
            });
            for (WebElement label : accept) {
                browser.scrollIntoView(label);
                label.click();
            }
            browser.wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'task-details')]"
                    + "//label[contains(normalize-space(.),'Chấp nhận, trình')]//input | //*[contains(@class,'task-details')]"
                    + "//label[contains(normalize-space(.),'Chấp nhận, trình')]/preceding-sibling::input")).stream()
                    .filter(WebElement::isSelected).count() == 2);
            WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            browser.scrollIntoView(complete);
            browser.screenshot("khen-thuong-2a-so-noi-vu-tham-dinh.png");
            browser.clickVisiblePart(complete);
            browser.wait.until(d -> {
                assertThat(browser.formErrors()).as("the form refused the appraisal").isEmpty();
                return taskService.createTaskQuery().taskId(appraisal).count() == 0;
            });
        });

        String vote = task(instance, "provincialCouncilVote").getId();
        onTask("hdtdtinh", vote, "Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu", "khen-thuong-2-hoi-dong-tinh-bo-phieu.png",
                browser -> {
            List<String> nominees = rowFields(browser, "Cá nhân, tập thể").stream().map(f -> f.getDomProperty("value")).toList();
            assertThat(nominees).hasSize(2);
            assertThat(nominees.get(0)).contains("Đỗ Thị Thanh Hương", "Chiến sĩ thi đua").doesNotContain(fighter.citizenId());
            assertThat(nominees.get(1)).contains("Khoa Cấp cứu", "Cờ thi đua");
            List<String> rules = browser.driver.findElements(By.xpath("//*[contains(@class,'task-details')]//label[normalize-space(.)="
                    + "'Tỷ lệ phải đạt']/ancestor::*[contains(@class,'fjs-form-field')][1]//textarea")).stream()
                    .map(f -> f.getDomProperty("value")).toList();
            assertThat(rules.get(0)).contains("90%");
            assertThat(rules.get(1)).contains("80%");
            List<WebElement> achievements = browser.driver.findElements(By.xpath("//*[contains(@class,'task-details')]"
                    + "//label[normalize-space(.)='Thành tích']/ancestor::*[contains(@class,'fjs-form-field')][1]//textarea"));
            assertThat(achievements.get(0).getDomProperty("value")).contains("sáng kiến cấp cứu đột quỵ");
            browser.type(browser.formField("Tổng số thành viên Hội đồng"), "15");
            browser.type(rowFields(browser, "Số phiếu đồng ý").get(0), "14");
            browser.type(rowFields(browser, "Số phiếu đồng ý").get(1), "12");
            browser.type(browser.formField("Biên bản họp (số, ngày, kết quả)"), "Biên bản số 05/BB-HĐTĐKT: 13 thành viên dự họp, 2 ý kiến bằng văn bản");
            WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            browser.screenshot("khen-thuong-2-hoi-dong-tinh-bo-phieu.png");
            browser.clickVisiblePart(complete);
            browser.wait.until(d -> {
                assertThat(browser.formErrors()).as("the form refused what was typed").isEmpty();
                return taskService.createTaskQuery().taskId(vote).count() == 0;
            });
        });
        JsonNode voted = json.readTree(as("bantdkt").get("/api/commendation/proposals/" + id).body());
        assertThat(voted.path("items").get(0).path("status").asText()).as("C8 14/15").isEqualTo("DAT_PHIEU");
        assertThat(voted.path("items").get(1).path("status").asText()).as("C8b 12/15").isEqualTo("DAT_PHIEU");

        String decision = task(instance, "chairmanDecision").getId();
        onTask("chutich", decision, "Chủ tịch UBND tỉnh quyết định khen thưởng", "khen-thuong-3-chu-tich-quyet-dinh.png",
                browser -> {
            assertThat(browser.text(".task-details")).contains("Đỗ Thị Thanh Hương", "14/15", "12/15")
                    .doesNotContain(fighter.citizenId());
            tick(browser, "Phê duyệt khen thưởng");
            tick(browser, "Đỗ Thị Thanh Hương");
            tick(browser, "Khoa Cấp cứu");
            WebElement complete = browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'task-details')]//button[normalize-space(.)='Hoàn thành']")));
            browser.screenshot("khen-thuong-3-chu-tich-quyet-dinh.png");
            browser.clickVisiblePart(complete);
            browser.wait.until(d -> {
                assertThat(browser.formErrors()).as("the form refused the choice").isEmpty();
                return taskService.createTaskQuery().taskId(decision).count() == 0;
            });
        });
        sign(instance, "bantdkt", "chutich");
        assertThat(awards.ofPerson(fighter.citizenId())).extracting(a -> a.title().name()).contains("CHIEN_SI_THI_DUA_TINH");
        assertThat(awards.ofCollective(unit + "-K1")).extracting(a -> a.title().name()).containsExactly("CO_THI_DUA_TINH");

        // Published: the decisions page lists the decision with the names it awards and links the signed PDF,
        // on a desktop and on a phone.
        try (Browser browser = new Browser(port)) {
            try {
                browser.open("/khen-thuong/quyet-dinh?nam=" + year);
                String page = browser.awaitPage("/khen-thuong/quyet-dinh", "Quyết định khen thưởng năm " + year);
                String published = browser.text("#quyet-dinh-" + id);
                assertThat(published).contains("Đỗ Thị Thanh Hương", "Khoa Cấp cứu, Bệnh viện tỉnh", "/QĐ-UBND",
                        "ngày " + today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                assertThat(page).doesNotContain(fighter.citizenId(), "CONG_TRANG", "null");
                WebElement pdf = browser.driver.findElement(By.xpath("//section[@id='quyet-dinh-" + id + "']//a[contains("
                        + "@href,'/api/commendation/public/decisions/" + id + ".pdf')]"));
                assertThat(pdf.getText()).startsWith("Xem quyết định (tệp PDF)");
                assertThat(new HttpTestClient(port).getResponseBytes(pdf.getDomAttribute("href")).statusCode()).isEqualTo(200);
                browser.scrollIntoView(browser.driver.findElement(By.id("quyet-dinh-" + id)));
                AxeCheck.assertAccessible(browser.driver, "quyết định (máy tính)");
                browser.screenshot("cong-khai-khen-thuong-quyet-dinh-may-tinh.png");
                browser.screenshot("khen-thuong-4-quyet-dinh-cong-khai.png");
                browser.resize(390, 844);
                browser.open("/khen-thuong/quyet-dinh");
                browser.awaitPage("/khen-thuong/quyet-dinh", "Quyết định khen thưởng năm " + year);
                assertThat(browser.text("#quyet-dinh-" + id)).contains("Đỗ Thị Thanh Hương");
                assertThat(browser.fitsWidth()).as("nothing to scroll sideways at 390 px").isTrue();
                AxeCheck.assertAccessible(browser.driver, "quyết định (điện thoại)");
                browser.screenshot("cong-khai-khen-thuong-quyet-dinh-dien-thoai.png");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-cong-khai-khen-thuong-quyet-dinh.png");
                throw e;
            }
        }
    }
}
