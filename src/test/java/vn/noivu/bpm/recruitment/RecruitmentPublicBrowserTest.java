package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.AxeCheck;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * An applicant with only a phone (a 390×844 window) and another at a desktop: they find the round, apply through
 * the form (a mistake first), receive the number, look the dossier up, read the eligibility result with its reason,
 * the score and the review window, file a review request, and read the published results. Every page passes
 * axe-core (no serious or critical violation). Screenshots: target/screenshots/cong-khai-tuyen-dung-*.png.
 */
@PostgresIntegrationTest
class RecruitmentPublicBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void freshCounters() {
        PublicRounds.resetRateLimits(jdbc);
    }

    /** Waits until the page's main heading says {@code heading}: the state the person sees, not an element. */
    private static void awaitHeading(Browser browser, String heading) {
        browser.wait.until(d -> {
            try {
                List<WebElement> h1 = d.findElements(By.cssSelector("main h1"));
                return !h1.isEmpty() && h1.get(0).getText().contains(heading);
            } catch (org.openqa.selenium.WebDriverException pageChanging) {
                // The element was read while the next page replaced it: ask again.
                return false;
            }
        });
    }

    /** An address that does not repeat the citizen ID (the pages show the address typed). */
    private static String email(String citizenId) {
        return "ung.vien." + Integer.toHexString(citizenId.hashCode()) + "@noivu.local";
    }

    private static String main(Browser browser) {
        try {
            return browser.driver.findElement(By.tagName("main")).getText();
        } catch (org.openqa.selenium.WebDriverException pageChanging) {
            // Read while the next page replaced it: the callers that wait ask again.
            return "";
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.scrollIntoView(browser.driver.findElement(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private static void submit(Browser browser, String formAction) {
        browser.scrollIntoView(browser.driver.findElement(By.cssSelector("form[action$='" + formAction
                + "'] button[type=submit]"))).click();
    }

    /** Applies as a person does, from the list of rounds; answers the number the receipt shows. */
    private String applyThroughThePages(Browser browser, PublicRounds.Round round, String name, String citizenId,
                                        String major, String prefix) {
        browser.open("/tuyen-dung");
        awaitHeading(browser, "Các kỳ tuyển dụng đang nhận Phiếu đăng ký");
        AxeCheck.assertAccessible(browser.driver, "/tuyen-dung");
        browser.screenshot(prefix + "-1-danh-sach.png");
        browser.scrollIntoView(browser.driver.findElement(By.linkText(round.title()))).click();
        awaitHeading(browser, round.title());
        assertThat(main(browser)).contains("Chuyên viên chính pháp chế", "Người dân tộc thiểu số");
        AxeCheck.assertAccessible(browser.driver, "/tuyen-dung/{code}");
        browser.screenshot(prefix + "-2-ky-tuyen-dung.png");
        browser.scrollIntoView(browser.driver.findElement(By.linkText("Nộp Phiếu đăng ký dự tuyển"))).click();
        awaitHeading(browser, "Phiếu đăng ký dự tuyển");
        AxeCheck.assertAccessible(browser.driver, "/tuyen-dung/{code}/nop-ho-so");

        String action = "/tuyen-dung/" + round.code() + "/nop-ho-so";
        new Select(browser.driver.findElement(By.id("positionCode"))).selectByVisibleText(
                "Chuyên viên chính pháp chế (Chuyên viên chính, 2 chỉ tiêu, từ đại học)");
        new Select(browser.driver.findElement(By.id("agency-PC-1"))).selectByVisibleText("SO-TU-PHAP");
        type(browser, "fullName", name);
        type(browser, "dateOfBirth", "1995-04-15");
        browser.scrollIntoView(browser.driver.findElement(By.cssSelector("label[for='gender-1']"))).click();
        type(browser, "citizenId", citizenId);
        type(browser, "email", email(citizenId));
        type(browser, "phone", "0912345678");
        new Select(browser.driver.findElement(By.id("degreeLevel"))).selectByVisibleText("Đại học");
        type(browser, "degreeMajor", major);
        browser.scrollIntoView(browser.driver.findElement(By.xpath(
                "//label[contains(., 'Người dân tộc thiểu số')]"))).click();
        submit(browser, action);
        // A date typed the wrong way: the form comes back with what was typed and the message under the field.
        browser.wait.until(d -> !d.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.screenshot(prefix + "-3-phieu-co-loi.png");
        assertThat(browser.driver.findElement(By.id("dateOfBirth-loi")).getText()).as(main(browser))
                .isEqualTo("Ngày sinh cần nhập theo ngày/tháng/năm, ví dụ 15/04/1998.");
        assertThat(browser.driver.findElement(By.id("fullName")).getDomProperty("value")).isEqualTo(name);
        assertThat(browser.driver.findElement(By.id("dateOfBirth")).getDomAttribute("aria-describedby"))
                .contains("dateOfBirth-loi");
        AxeCheck.assertAccessible(browser.driver, "the form with an error");
        assertThat(PublicRounds.applications(jdbc, round.code())).as("nothing stored for the wrong date")
                .isEqualTo(prefix.endsWith("dien-thoai") ? 0 : 1);
        browser.driver.findElement(By.linkText("Ngày sinh cần nhập theo ngày/tháng/năm, ví dụ 15/04/1998.")).click();
        type(browser, "dateOfBirth", "15/04/1995");
        submit(browser, action);

        awaitHeading(browser, "Đã tiếp nhận Phiếu đăng ký dự tuyển");
        String number = browser.driver.findElement(By.id("so-ho-so")).getText();
        assertThat(number).isEqualTo(Applicants.receivedNumber(jdbc, round.code(), email(citizenId)));
        assertThat(main(browser)).contains("Những bước tiếp theo", "Công bố danh sách người đủ điều kiện dự tuyển, chậm nhất")
                .containsPattern("\\d{2}/\\d{2}/\\d{4}").doesNotContain(citizenId);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(citizenId);
        AxeCheck.assertAccessible(browser.driver, "the receipt");
        browser.screenshot(prefix + "-4-bien-nhan.png");
        return number;
    }

    /** Looks the dossier up from the lookup page; the address never carries the pair. */
    private String lookUp(Browser browser, String number, String citizenId, String screenshot) {
        browser.open("/tra-cuu");
        awaitHeading(browser, "Tra cứu hồ sơ dự tuyển");
        AxeCheck.assertAccessible(browser.driver, "/tra-cuu");
        type(browser, "applicationNumber", number);
        type(browser, "citizenId", citizenId);
        submit(browser, "/tra-cuu");
        awaitHeading(browser, "Hồ sơ dự tuyển số " + number);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/tra-cuu").doesNotContain(citizenId);
        String text = main(browser);
        assertThat(text).doesNotContain(citizenId).contains("*********" + citizenId.substring(9));
        AxeCheck.assertAccessible(browser.driver, "the dossier page " + screenshot);
        // The screenshot shows the part of the page that changed: the scores once there are some, else the eligibility.
        List<WebElement> scores = browser.driver.findElements(By.id("diem"));
        List<WebElement> eligibility = browser.driver.findElements(By.id("dieu-kien"));
        if (!scores.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", scores.get(0));
        } else if (!text.contains("chưa công bố kết quả kiểm tra điều kiện") && !eligibility.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()",
                    eligibility.get(0));
        }
        browser.screenshot(screenshot);
        return text;
    }

    @Test
    void anApplicantWithAPhoneAndOneAtADesktopApplyFollowAndReadTheirResults() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-CONG-KHAI");
        String phoneId = "001295000777";
        String desktopId = "001296000888";
        try (Browser phone = new Browser(port); Browser desktop = new Browser(port)) {
            phone.driver.manage().window().setSize(new Dimension(390, 844));
            desktop.driver.manage().window().setSize(new Dimension(1366, 900));
            String phoneNumber = applyThroughThePages(phone, round, "Nguyễn Thị Lan", phoneId, "Luật",
                    "cong-khai-tuyen-dung-dien-thoai");
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) phone.driver)
                    .executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
            assertThat(lookUp(phone, phoneNumber, phoneId, "cong-khai-tuyen-dung-dien-thoai-5-tra-cuu.png"))
                    .contains("Đã nộp Phiếu đăng ký dự tuyển", "chưa công bố kết quả kiểm tra điều kiện");
            String desktopNumber = applyThroughThePages(desktop, round, "Trần Văn Minh", desktopId, "Kinh tế",
                    "cong-khai-tuyen-dung-may-tinh");
            lookUp(desktop, desktopNumber, desktopId, "cong-khai-tuyen-dung-may-tinh-5-tra-cuu.png");

            // Results are not public before publication: a page that says so, not a password dialog.
            phone.open("/tuyen-dung/" + round.code() + "/ket-qua");
            awaitHeading(phone, "Kết quả chưa được công bố");
            AxeCheck.assertAccessible(phone.driver, "results not yet published");
            phone.screenshot("cong-khai-tuyen-dung-dien-thoai-6-chua-cong-bo.png");

            // The window closes, the council approves the eligible list: Lan is eligible, Minh is not (major).
            PublicRounds.closeWindowAndApproveEligibleList(port, engine, round.instance());
            assertThat(lookUp(phone, phoneNumber, phoneId, "cong-khai-tuyen-dung-dien-thoai-7-du-dieu-kien.png"))
                    .contains("Đủ điều kiện dự tuyển");
            assertThat(lookUp(desktop, desktopNumber, desktopId, "cong-khai-tuyen-dung-may-tinh-6-khong-du-dieu-kien.png"))
                    .contains("Không đủ điều kiện dự tuyển", "Lý do: Chuyên ngành đào tạo không phù hợp với yêu cầu của vị trí việc làm");

            // The council publishes the written exam's scores: the review window opens.
            HttpResponse<String> scores = new HttpTestClient(port).as("hoidong", "hoidong").postJson(
                    "/api/recruitment/rounds/" + round.code() + "/scores", """
                    {"stage": "VONG_2", "scores": [{"applicationNumber": "%s", "score": 72.5}]}""".formatted(phoneNumber));
            assertThat(scores.statusCode()).as(scores.body()).isEqualTo(200);
            PendingSteps.run(engine, round.instance());
            String withScore = lookUp(phone, phoneNumber, phoneId, "cong-khai-tuyen-dung-dien-thoai-8-diem-phuc-khao.png");
            assertThat(withScore).contains("Điểm thi vòng 2", "72,5", "Thời hạn nhận đơn phúc khảo", "Gửi đơn phúc khảo");
            type(phone, "reason", "Đề nghị chấm lại câu 3.");
            type(phone, "citizenId", phoneId);
            submit(phone, "/tra-cuu/phuc-khao");
            phone.wait.until(d -> main(phone).contains("Đã nhận đơn phúc khảo"));
            assertThat(main(phone)).contains("Đã nộp đơn phúc khảo", "Ông/Bà đã nộp đơn phúc khảo");
            assertThat(phone.driver.getCurrentUrl()).doesNotContain(phoneId);
            AxeCheck.assertAccessible(phone.driver, "the dossier after a review request");
            phone.screenshot("cong-khai-tuyen-dung-dien-thoai-9-da-phuc-khao.png");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a "
                    + "ON a.id = q.application_id WHERE a.application_number = ?", Long.class, phoneNumber)).isEqualTo(1);

            // The window ends, the re-marking confirms the score, the head approves, the results are published.
            var management = engine.getManagementService();
            management.executeJob(management.createJobQuery().processInstanceId(round.instance()).timers()
                    .singleResult().getId());
            PendingSteps.run(engine, round.instance());
            HttpResponse<String> remarked = new HttpTestClient(port).as("hoidong", "hoidong").postJson(
                    "/api/recruitment/rounds/" + round.code() + "/scores", """
                    {"stage": "PHUC_KHAO", "scores": [{"applicationNumber": "%s", "marker1": 72.5, "marker2": 72.5}]}"""
                            .formatted(phoneNumber));
            assertThat(remarked.statusCode()).as(remarked.body()).isEqualTo(200);
            PublicRounds.complete(port, engine, round.instance(), "approveResults",
                    "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}");
            PendingSteps.signPendingDocuments(engine, round.instance());

            desktop.open("/tuyen-dung/" + round.code());
            awaitHeading(desktop, round.title());
            desktop.driver.findElement(By.linkText("Xem kết quả tuyển dụng")).click();
            awaitHeading(desktop, "Kết quả tuyển dụng");
            assertThat(main(desktop)).contains("Nguyễn Thị Lan", phoneNumber, "Trúng tuyển", "72,5",
                    "Không đủ điều kiện dự tuyển").doesNotContain(phoneId, desktopId, "15/04/1995");
            AxeCheck.assertAccessible(desktop.driver, "the results");
            desktop.screenshot("cong-khai-tuyen-dung-may-tinh-7-ket-qua.png");
            phone.open("/tuyen-dung/" + round.code() + "/ket-qua");
            awaitHeading(phone, "Kết quả tuyển dụng");
            AxeCheck.assertAccessible(phone.driver, "the results on a phone");
            phone.screenshot("cong-khai-tuyen-dung-dien-thoai-10-ket-qua.png");
            String winner = lookUp(phone, phoneNumber, phoneId, "cong-khai-tuyen-dung-dien-thoai-11-trung-tuyen.png");
            assertThat(winner).contains("Trúng tuyển", "Tổng điểm", "77,5");
            assertThat(winner).contains("Hạn nộp hồ sơ tuyển dụng");

            // Too many lookups: a page with the wait, never JSON.
            for (int i = 0; i < 40 && !main(phone).contains("Quá nhiều yêu cầu"); i++) {
                phone.open("/tra-cuu");
                awaitHeading(phone, "Tra cứu hồ sơ dự tuyển");
                type(phone, "applicationNumber", phoneNumber);
                type(phone, "citizenId", "001295000000");
                submit(phone, "/tra-cuu");
                phone.wait.until(d -> main(phone).contains("Không tìm thấy hồ sơ") || main(phone).contains("Quá nhiều yêu cầu"));
            }
            assertThat(main(phone)).contains("Quá nhiều yêu cầu").containsPattern("Vui lòng chờ \\d+ giây rồi thử lại.");
            AxeCheck.assertAccessible(phone.driver, "the 429 page");
            phone.screenshot("cong-khai-tuyen-dung-dien-thoai-12-qua-nhieu-yeu-cau.png");
        }
    }
}
