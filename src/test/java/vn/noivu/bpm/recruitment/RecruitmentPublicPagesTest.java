package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.noivu.bpm.recruitment.PublicRounds.application;
import static vn.noivu.bpm.recruitment.PublicRounds.fields;
import static vn.noivu.bpm.recruitment.PublicRounds.post;
import static vn.noivu.bpm.recruitment.PublicRounds.token;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * The public recruitment pages over HTTP, as a browser without JavaScript sends them: every field's bad input
 * answers 400 with the field's Vietnamese message and stores nothing; the form guard (token, honeypot, rate limit)
 * refuses with a page; a lookup never tells whose number it is; no citizen ID in an address or on a public page.
 */
@PostgresIntegrationTest
class RecruitmentPublicPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    /** Words a citizen must never read on these pages: codes of the API and patterns. */
    private static final List<String> CODES = List.of("DU_DIEU_KIEN", "TRUNG_CAP", "DAI_HOC", "NAM hoặc NU",
            "yyyy-MM-dd", "GET /api", "positionCode", "validation_failed", "{\"");

    /** What a person reads: the page without its tags (option values and field names are not read). */
    static String visible(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<[^>]*>", " ");
    }

    @BeforeEach
    @AfterEach
    void freshCounters() {
        PublicRounds.resetRateLimits(jdbc);
    }

    private String apply(PublicRounds.Round round) {
        return "/tuyen-dung/" + round.code() + "/nop-ho-so";
    }

    @Test
    void thePagesAreVietnameseHtmlAndTheOldAddressLeadsToTheRounds() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-TRANG");
        HttpTestClient citizen = new HttpTestClient(port);
        HttpResponse<String> list = citizen.get("/tuyen-dung");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(list.headers().firstValue("Content-Language")).hasValue("vi");
        assertThat(list.body()).contains(round.title(), "Hết ngày", "Nộp Phiếu đăng ký", "lang=\"vi\"");
        HttpResponse<String> page = citizen.get("/tuyen-dung/" + round.code());
        assertThat(page.body()).contains("Chuyên viên chính pháp chế", "Đại học", "Luật", "Thi viết", "SO-TU-PHAP",
                "Người dân tộc thiểu số", "5 điểm", "7,5 điểm");
        HttpResponse<String> form = citizen.get(apply(round));
        assertThat(form.body()).contains("Nguyện vọng 1", "Trung cấp", "Nữ", "ví dụ 15/04/1998", "name=\"website\"");
        CODES.forEach(code -> assertThat(visible(form.body())).doesNotContain(code));
        HttpResponse<String> old = citizen.get("/nop-ho-so");
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location").orElse("")).endsWith("/tuyen-dung");
        // The same round as JSON, for a portal that takes applications itself: no account, the codes it sends.
        HttpResponse<String> json = citizen.get("/api/recruitment/public/rounds");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"code\":\"" + round.code() + "\"", "\"minDegree\":\"DAI_HOC\"",
                "\"minDegreeLabel\":\"Đại học\"", "SO-TU-PHAP");
        assertThat(citizen.get("/api/recruitment/public/rounds/" + round.code()).body()).contains("\"priorityCategories\":[{");
        assertThat(citizen.get("/api/recruitment/public/rounds/KHONG-CO-KY-NAY").statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = citizen.get("/tuyen-dung/KHONG-CO-KY-NAY");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không có kỳ tuyển dụng này").doesNotContain("{\"");
        HttpResponse<String> notPublished = citizen.get("/tuyen-dung/" + round.code() + "/ket-qua");
        assertThat(notPublished.statusCode()).isEqualTo(404);
        assertThat(notPublished.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(notPublished.body()).contains("Kết quả chưa được công bố", "đang nhận phiếu đăng ký dự tuyển");
        assertThat(citizen.get("/tra-cuu").body()).contains("Số hồ sơ", "Số định danh cá nhân");
    }

    @Test
    void everyBadFieldAnswers400WithItsVietnameseMessageAndStoresNothing() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-SAI");
        HttpTestClient citizen = new HttpTestClient(port);
        String token = token(citizen, apply(round));
        Map<String, String[]> cases = new LinkedHashMap<>();
        // field -> {value, expected message}
        cases.put("fullName", new String[] {"", "Họ và tên là bắt buộc."});
        cases.put("citizenId", new String[] {"12345", "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."});
        cases.put("dateOfBirth", new String[] {"1995-04-15", "Ngày sinh cần nhập theo ngày/tháng/năm, ví dụ 15/04/1998."});
        cases.put("dateOfBirth#2", new String[] {"31/02/1995", "Ngày sinh không có thật trên lịch"});
        cases.put("dateOfBirth#3", new String[] {"01/01/2999", "Ngày sinh phải trước hôm nay."});
        cases.put("dateOfBirth#4", new String[] {"", "Ngày sinh là bắt buộc"});
        cases.put("gender", new String[] {"", "Giới tính là bắt buộc: chọn Nam hoặc Nữ."});
        cases.put("gender#2", new String[] {"KHAC", "Giới tính là bắt buộc: chọn Nam hoặc Nữ."});
        cases.put("email", new String[] {"lan-at-mail", "Thư điện tử không hợp lệ."});
        cases.put("phone", new String[] {"12", "Số điện thoại gồm 9 đến 15 chữ số"});
        cases.put("positionCode", new String[] {"", "Vị trí dự tuyển là bắt buộc: chọn một vị trí trong danh sách."});
        cases.put("positionCode#2", new String[] {"XX", "Vị trí đã chọn không có trong kỳ tuyển dụng này"});
        cases.put("degreeLevel", new String[] {"", "Trình độ đào tạo là bắt buộc: chọn một trình độ trong danh sách."});
        cases.put("degreeMajor", new String[] {"", "Chuyên ngành đào tạo là bắt buộc."});
        cases.put("agency-PC-1", new String[] {"SO-KHONG-CO", "Cơ quan đã chọn không tuyển cho vị trí này"});
        cases.put("fullName#2", new String[] {"A".repeat(300), "Họ và tên tối đa 255 ký tự."});
        int n = 0;
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String field = c.getKey().replaceAll("#\\d$", "");
            LinkedHashMap<String, String> form = application(token, "00120000010" + (n++ % 10), "sai@noivu.local");
            form.put(field, c.getValue()[0]);
            HttpResponse<String> answer = post(citizen, apply(round), fields(form));
            assertThat(answer.statusCode()).as(c.getKey() + ": " + answer.body()).isEqualTo(400);
            String pageField = field.startsWith("agency-") ? "agencyPreferences" : field;
            assertThat(answer.body()).as(c.getKey()).contains(c.getValue()[1], "Biểu mẫu có 1 lỗi cần sửa",
                    "href=\"#" + pageField + "\"");
            assertThat(answer.body()).as("the message under the field").containsPattern(
                    "id=\"" + pageField + "-loi\">" + Pattern.quote(c.getValue()[1]));
            if (!field.equals("gender") && !field.startsWith("agency-")) {
                assertThat(answer.body()).as("the field points to its message")
                        .containsPattern("aria-describedby=\"[^\"]*" + pageField + "-loi");
            }
            CODES.forEach(code -> assertThat(visible(answer.body())).as(c.getKey()).doesNotContain(code));
            if (field.equals("fullName") && c.getValue()[0].isEmpty()) {
                assertThat(answer.body()).as("the other values are kept").contains("value=\"15/04/1995\"",
                        "value=\"0912345678\"");
            }
        }
        LinkedHashMap<String, String> unknownPriority = application(token, "001200000199", "sai@noivu.local");
        HttpResponse<String> priority = post(citizen, apply(round), fields(unknownPriority,
                "priorityCategories", "KHONG_CO_DIEN_NAY"));
        assertThat(priority.statusCode()).isEqualTo(400);
        assertThat(priority.body()).contains("Diện ưu tiên đã chọn không có trong danh sách").doesNotContain("KHONG_CO_DIEN_NAY\"");
        assertThat(PublicRounds.applications(jdbc, round.code())).as("nothing stored").isZero();
    }

    @Test
    void theFormGuardRefusesWithAPageAndStoresNothing() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-BAO-VE");
        HttpTestClient citizen = new HttpTestClient(port);
        String token = token(citizen, apply(round));

        HttpResponse<String> noToken = post(new HttpTestClient(port), apply(round),
                fields(application(token, "001200000301", "a@noivu.local")));
        assertThat(noToken.statusCode()).as("a form without its cookie").isEqualTo(403);
        assertThat(noToken.body()).contains("Không gửi được biểu mẫu", "Vui lòng mở lại trang");
        LinkedHashMap<String, String> wrong = application("x".repeat(43), "001200000301", "a@noivu.local");
        HttpResponse<String> wrongToken = post(citizen, apply(round), fields(wrong));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        LinkedHashMap<String, String> bot = application(token, "001200000302", "b@noivu.local");
        bot.put("website", "http://quang-cao.example");
        HttpResponse<String> honeypot = post(citizen, apply(round), fields(bot));
        assertThat(honeypot.statusCode()).isEqualTo(400);
        assertThat(honeypot.body()).contains("Biểu mẫu không được tiếp nhận");
        assertThat(PublicRounds.applications(jdbc, round.code())).isZero();

        // The limit of forms per client address: the next one is refused with 429, the wait and Retry-After.
        HttpResponse<String> last = null;
        for (int i = 0; i < 30 && (last == null || last.statusCode() != 429); i++) {
            last = post(citizen, "/tra-cuu", List.of(Map.entry("_csrf", token), Map.entry("website", ""),
                    Map.entry("applicationNumber", round.code() + "-0000000" + (i % 10)),
                    Map.entry("citizenId", "001200000399")));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        long wait = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertThat(last.body()).contains("Quá nhiều yêu cầu", "Vui lòng chờ " + wait + " giây rồi thử lại.");
        assertThat(last.body()).doesNotContain("001200000399");
    }

    @Test
    void applyReceiveTheNumberLookUpAndLearnNothingAboutOthers() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-TRA-CUU");
        HttpTestClient citizen = new HttpTestClient(port);
        String token = token(citizen, apply(round));
        String citizenId = "001295000123";
        HttpResponse<String> receipt = post(citizen, apply(round), fields(application(token, citizenId,
                "lan.receipt@noivu.local"), "priorityCategories", "DAN_TOC_THIEU_SO"));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        String number = Applicants.receivedNumber(jdbc, round.code(), "lan.receipt@noivu.local");
        assertThat(receipt.body()).contains("Đã tiếp nhận Phiếu đăng ký dự tuyển", number, "Những bước tiếp theo",
                "Hết hạn nhận Phiếu đăng ký dự tuyển", "Công bố danh sách người đủ điều kiện dự tuyển, chậm nhất",
                "Nghị định 170/2025/NĐ-CP, Điều 16 khoản 2", "Thông báo tuyển dụng của kỳ; Nghị định 170/2025/NĐ-CP")
                .doesNotContain(citizenId, "ND-170-2025");
        Matcher dates = Pattern.compile("\\d{2}/\\d{2}/\\d{4}").matcher(receipt.body());
        assertThat(dates.results().count()).as("the dates in dd/MM/yyyy").isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT priority_points FROM recruitment_application WHERE application_number = ?",
                java.math.BigDecimal.class, number)).isEqualByComparingTo("5");
        String email = jdbc.queryForObject("SELECT body FROM notification WHERE kind = 'APPLICANT_RECEIVED' AND subject_ref = ?",
                String.class, number);
        assertThat(email).contains("/tra-cuu").doesNotContain(citizenId);

        // The same citizen ID again: received, but no number (it goes to the email of the dossier on file).
        HttpResponse<String> again = post(citizen, apply(round), fields(application(token, citizenId,
                "ke.khac@noivu.local")));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Cơ quan đã nhận Phiếu", "thư điện tử ghi trên hồ sơ").doesNotContain(number);
        assertThat(PublicRounds.applications(jdbc, round.code())).isEqualTo(1);

        // Lookup: the applicant's own pair shows the dossier in words, the citizen ID masked.
        HttpResponse<String> dossier = post(citizen, "/tra-cuu", List.of(Map.entry("_csrf", token),
                Map.entry("website", ""), Map.entry("applicationNumber", number), Map.entry("citizenId", citizenId)));
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.body()).contains("Hồ sơ dự tuyển số " + number, "Đã nộp Phiếu đăng ký dự tuyển",
                "Chuyên viên chính pháp chế", "*********123", "ngày").doesNotContain(citizenId);
        CODES.forEach(code -> assertThat(visible(dossier.body())).doesNotContain(code));
        assertThat(dossier.body()).containsPattern("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");

        // A wrong citizen ID and an unknown number answer the same page.
        HttpResponse<String> wrongId = post(citizen, "/tra-cuu", List.of(Map.entry("_csrf", token),
                Map.entry("website", ""), Map.entry("applicationNumber", number), Map.entry("citizenId", "001295000124")));
        String unknownNumber = round.code() + "-99999999";
        HttpResponse<String> unknown = post(citizen, "/tra-cuu", List.of(Map.entry("_csrf", token),
                Map.entry("website", ""), Map.entry("applicationNumber", unknownNumber), Map.entry("citizenId", citizenId)));
        assertThat(wrongId.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(wrongId.body()).contains("Không tìm thấy hồ sơ với số hồ sơ và số định danh cá nhân đã nhập");
        assertThat(wrongId.body().replace(number, "SO")).isEqualTo(unknown.body().replace(unknownNumber, "SO"));
        assertThat(wrongId.body()).doesNotContain("001295000124");
        HttpResponse<String> badId = post(citizen, "/tra-cuu", List.of(Map.entry("_csrf", token),
                Map.entry("website", ""), Map.entry("applicationNumber", number), Map.entry("citizenId", "12")));
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số.");

        // No page answers a GET with the pair in its address: the lookup ignores a query string.
        HttpResponse<String> byAddress = citizen.get("/tra-cuu?applicationNumber=" + number + "&citizenId=" + citizenId);
        assertThat(byAddress.body()).doesNotContain("Hồ sơ dự tuyển số", citizenId);
        // A review request outside the window is refused on the dossier page, in words.
        HttpResponse<String> early = post(citizen, "/tra-cuu/phuc-khao", List.of(Map.entry("_csrf", token),
                Map.entry("website", ""), Map.entry("applicationNumber", number), Map.entry("citizenId", citizenId),
                Map.entry("reason", "Đề nghị chấm lại")));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Hồ sơ dự tuyển số " + number).doesNotContain(citizenId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a "
                + "ON a.id = q.application_id WHERE a.application_number = ?", Long.class, number)).isZero();
    }

    @Test
    void noInputMakesAPageFail() throws IOException {
        PublicRounds.Round round = PublicRounds.open(port, engine, "TD-LA");
        HttpTestClient citizen = new HttpTestClient(port);
        String token = token(citizen, apply(round));
        List<String> odd = List.of("", " ", "%", "'; DROP TABLE x; --", "\u0000", "ü".repeat(5000), "../../etc",
                "<script>alert(1)</script>", "9".repeat(40));
        for (String value : odd) {
            PublicRounds.resetRateLimits(jdbc);
            for (String path : List.of(apply(round), "/tra-cuu", "/tra-cuu/phuc-khao")) {
                LinkedHashMap<String, String> form = application(token, value, value);
                form.put("applicationNumber", value);
                form.put("fullName", "Lan" + value);
                form.put("degreeMajor", value + "Luật");
                form.put("dateOfBirth", value);
                form.put("positionCode", value);
                form.put("reason", value);
                HttpResponse<String> answer = post(citizen, path, fields(form, "priorityCategories", value,
                        "agency-" + value + "-1", value));
                assertThat(answer.statusCode()).as(path + " " + value.length()).isBetween(200, 499);
                assertThat(answer.body()).doesNotContain("<script>alert");
            }
            assertThat(citizen.get("/tuyen-dung/" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    + "/ket-qua").statusCode()).isBetween(200, 499);
        }
        assertThat(PublicRounds.applications(jdbc, round.code())).isZero();
    }
}
