package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.bpm.recruitment.TaskScreens.approve;
import static vn.noivu.bpm.recruitment.TaskScreens.set;
import static vn.noivu.bpm.recruitment.TaskScreens.shown;
import static vn.noivu.bpm.recruitment.TaskScreens.tick;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.Browser;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * The decision screens of a round as the head and the council see them in the Tasklist: the plan in words, the
 * eligible list and the results with names, reasons and scores and links to the full lists, and a tie decided by
 * ticking a person's name. Screenshots in target/screenshots/.
 */
@PostgresIntegrationTest
class RecruitmentDecisionScreensBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private void work(String user, String processInstanceId, String taskKey, String screenshot,
                      java.util.function.Consumer<Browser> work) throws IOException {
        new TaskScreens(port, processEngine).work(user, processInstanceId, taskKey, screenshot, work);
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private String apply(String code, String name, String citizenId, String birth, String degree) throws IOException {
        return Applicants.apply(new HttpTestClient(port), jdbc, code, """
                {"fullName": "%s", "citizenId": "%s", "dateOfBirth": "%s", "gender": "NU",
                 "email": "%s@noivu.local", "phone": "0987654321", "positionCode": "VT",
                 "degree": {"level": "%s", "major": "Văn thư lưu trữ"}, "priorityCategories": []}
                """.formatted(name, citizenId, birth, citizenId, degree));
    }

    @Test
    void theHeadReadsThePlanTheCouncilTheListAndTheHeadPicksATiedWinnerByName() throws IOException {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String code = "TD-MAN-HINH-" + UUID.randomUUID().toString().substring(0, 6);
        String instance = json.readTree(as("chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Tuyển dụng nhân viên văn thư", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Nhân viên văn thư", "rank": "NHAN_VIEN", "quota": 1,
                                "minDegree": "CAO_DANG", "round2Format": "THUC_HANH"}]}
                """.formatted(code, today, today.plusDays(30))).body()).path("processInstanceId").asText();

        work("lanhdao", instance, "approvePlan", "tuyen-dung-man-hinh-1-ke-hoach.png", browser -> {
            String text = shown(browser);
            assertThat(text).contains("Nhân viên văn thư (mã VT)", "Nhân viên", "Cao đẳng", "Thực hành", "Thi tuyển",
                    today.format(vn), today.plusDays(30).format(vn));
            assertThat(text).doesNotContain("THI_TUYEN", "NHAN_VIEN", "CAO_DANG", "THUC_HANH", "GET /api");
            approve(browser);
        });

        String binh = apply(code, "Hoàng Thị Bình", "001300000101", "1999-01-15", "CAO_DANG");
        String cuong = apply(code, "Lê Thị Cúc", "001300000102", "1998-07-20", "DAI_HOC");
        apply(code, "Phạm Thị Dung", "001300000103", "2000-03-05", "TRUNG_CAP");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .singleResult().getId());

        work("hoidong", instance, "approveEligibleList", "tuyen-dung-man-hinh-2-danh-sach.png", browser -> {
            String text = shown(browser);
            assertThat(text).contains("Hoàng Thị Bình", "15/01/1999", "Lê Thị Cúc", "20/07/1998", "Phạm Thị Dung",
                    "05/03/2000", "Đủ điều kiện dự tuyển", "Không đủ điều kiện dự tuyển",
                    "Trình độ đào tạo thấp hơn yêu cầu của vị trí việc làm", "Nghị định 170/2025/NĐ-CP");
            assertThat(browser.driver.findElements(By.cssSelector(".task-details .fjs-form a[href]")).stream()
                    .map(a -> a.getAttribute("href")).toList()).anyMatch(h -> h.endsWith(
                    "/api/recruitment/rounds/" + code + "/eligible-list.xlsx"));
            approve(browser);
        });

        assertThat(as("hoidong").postJson("/api/recruitment/rounds/" + code + "/scores", "{\"stage\": \"VONG_2\", "
                + "\"scores\": [{\"applicationNumber\": \"" + binh + "\", \"score\": 70},"
                + "{\"applicationNumber\": \"" + cuong + "\", \"score\": 70}]}").statusCode()).isEqualTo(200);

        work("lanhdao", instance, "decideTie", "tuyen-dung-man-hinh-3-bang-diem.png", browser -> {
            assertThat(shown(browser)).contains("Hoàng Thị Bình (" + binh + ")", "Lê Thị Cúc (" + cuong + ")",
                    "còn 1 chỉ tiêu");
            // Both ticked for one place: the server refuses, naming the people, and nothing is recorded.
            tick(browser, "Hoàng Thị Bình");
            tick(browser, "Lê Thị Cúc");
            browser.completeTask(null);
            browser.wait.until(d -> browser.text("body").contains("cần chọn đúng 1 người"));
            browser.screenshot("tuyen-dung-man-hinh-3b-chon-qua-so-cho.png");
            assertThat(browser.text("body")).doesNotContain("^[A-Za-z0-9-]");
            // The message lies over the buttons: close it, as the person does.
            WebElement close = browser.driver.findElement(By.xpath("(//*[contains(text(),'cần chọn đúng 1 người')]"
                    + "/ancestor::*[.//*[normalize-space(text())='×']][1]//*[normalize-space(text())='×'])[1]"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", close);
            browser.wait.until(d -> !browser.text("body").contains("cần chọn đúng 1 người"));
            set(browser, "Hoàng Thị Bình", false);
            tick(browser, "Lê Thị Cúc");
        });

        work("lanhdao", instance, "approveResults", "tuyen-dung-man-hinh-4-ket-qua.png", browser -> {
            String text = shown(browser);
            assertThat(text).contains("Lê Thị Cúc", "Hoàng Thị Bình", "70", "Trúng tuyển", "Không trúng tuyển");
            assertThat(text).doesNotContain("TRUNG_TUYEN");
            assertThat(browser.driver.findElements(By.cssSelector(".task-details .fjs-form a[href]")).stream()
                    .map(a -> a.getAttribute("href")).toList()).anyMatch(h -> h.endsWith(
                    "/api/recruitment/rounds/" + code + "/results.xlsx"));
            approve(browser);
        });
        // The decision on the results is signed (document-issue); then they are published.
        PendingSteps.signPendingDocuments(processEngine, instance);

        JsonNode results = json.readTree(new HttpTestClient(port).get("/api/recruitment/rounds/" + code + "/results").body());
        java.util.Map<String, String> outcomes = new java.util.HashMap<>();
        results.path("positions").get(0).path("candidates").forEach(c -> outcomes.put(c.path("applicationNumber").asText(),
                c.path("outcome").asText()));
        assertThat(outcomes).as("the person the head ticked wins").containsEntry(cuong, "TRUNG_TUYEN")
                .containsEntry(binh, "KHONG_TRUNG_TUYEN");
    }
}
