package vn.noivu.bpm.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.personnel.Rating;

/**
 * The public commendation pages over HTTP, as a browser without JavaScript or a robot sends them: the objection form
 * refused without its token (403), with the honeypot filled (400) and over the rate limit (429), each as a page in
 * Vietnamese, storing nothing; the rules of the API with the messages under the fields; an unknown posting answering
 * a 404 page; the old address of the posting page leading to the new one.
 */
@PostgresIntegrationTest
class CommendationPublicPagesTest {

    private static final String THROTTLE_BUCKETS = "DELETE FROM rate_limit WHERE bucket LIKE 'form-client:%'";

    @LocalServerPort
    int port;
    @Autowired
    PersonnelRepository personnel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    private final LocalDate today = LocalDate.now(Deadlines.ZONE);
    private final int year = today.getYear();
    private final String prefix = "0029" + String.format("%06d", System.nanoTime() % 1_000_000);
    private final String unit = "SCT" + prefix.substring(6);
    private String instance;

    /** The form limit counts per client address, and every test here comes from the same one. */
    @BeforeEach
    @AfterEach
    void resetTheFormLimit() {
        jdbc.update(THROTTLE_BUCKETS);
    }

    @AfterEach
    void endTheProposal() {
        if (instance != null && runtimeService.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtimeService.deleteProcessInstance(instance, "test done");
        }
    }

    /** A merit proposal, posted publicly as soon as it is filed; answers its number. */
    private long posted() throws IOException {
        Person person = new Person(prefix + "01", "Lê Thị Công Khai", "NU", LocalDate.of(1984, 5, 6), "Kinh", false,
                "CONG_CHUC", unit, "Sở Công Thương", "01.003", "Chuyên viên", today.minusYears(8), 0,
                LocalDate.of(2010, 1, 1), Map.of(year, Rating.HOAN_THANH_XUAT_SAC, year - 1, Rating.HOAN_THANH_XUAT_SAC,
                year - 2, Rating.HOAN_THANH_TOT), null, null);
        personnel.save(List.of(person));
        HttpResponse<String> created = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson(
                "/api/commendation/proposals", """
                {"unitCode": "%s", "unitName": "Sở Công Thương", "year": %d, "kind": "CONG_TRANG", "items": [
                  {"citizenId": "%s", "title": "BANG_KHEN_TINH", "achievement": "Hai năm hoàn thành xuất sắc <b>nhiệm vụ</b>"}]}
                """.formatted(unit, year, person.citizenId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var body = new ObjectMapper().readTree(created.body());
        instance = body.path("processInstanceId").asText();
        return body.path("id").asLong();
    }

    private int objections(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_proposal_objection WHERE proposal_id = ?",
                Integer.class, id);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A citizen's browser: opens the form (which sets the token cookie) and answers the token the form carries. */
    private static String openForm(HttpTestClient browser, long id) {
        HttpResponse<String> page = browser.get("/khen-thuong/niem-yet/" + id + "/y-kien");
        assertThat(page.statusCode()).isEqualTo(200);
        String token = browser.cookie("noivu_form");
        assertThat(token).isNotNull();
        assertThat(page.body()).contains("name=\"_csrf\" value=\"" + token + "\"");
        return token;
    }

    private static Map<String, String> objection(String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("website", "");
        fields.put("itemId", "");
        fields.put("name", "Nguyễn Văn Dân");
        fields.put("contact", "dan@example.com");
        fields.put("content", "Đề nghị xem lại thành tích năm nay");
        return fields;
    }

    private static void assertVietnamesePage(HttpResponse<String> response, int status, String... texts) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("<html lang=\"vi\"").contains(texts)
                .doesNotContain("Whitelabel", "\"error\":", "Exception");
    }

    @Test
    void thePostingPageShowsNamesNotIdentifiersAndTheFormFollowsTheApisRules() throws IOException {
        long id = posted();
        HttpTestClient browser = new HttpTestClient(port);
        HttpResponse<String> page = browser.get("/khen-thuong/niem-yet");
        assertVietnamesePage(page, 200, "Lê Thị Công Khai", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Sở Công Thương: đề nghị khen thưởng năm " + year, "/khen-thuong/niem-yet/" + id + "/y-kien",
                "Hai năm hoàn thành xuất sắc &lt;b&gt;nhiệm vụ&lt;/b&gt;", "href=\"/khen-thuong/quyet-dinh\"");
        assertThat(page.body()).doesNotContain(prefix + "01", "06/05/1984", "1984-05-06", "BANG_KHEN_TINH");
        String token = openForm(browser, id);

        // The API's rules, the messages without the JSON field names, under their fields; nothing stored.
        Map<String, String> missing = objection(token);
        missing.put("contact", "");
        missing.put("content", "   ");
        HttpResponse<String> refused = browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(missing));
        assertVietnamesePage(refused, 400, "Biểu mẫu có 2 lỗi cần sửa",
                "<p class=\"field-error\" id=\"contact-loi\">Thông tin liên hệ là bắt buộc: thư điện tử hoặc số điện thoại.</p>",
                "<p class=\"field-error\" id=\"content-loi\">Nội dung phản ánh là bắt buộc.</p>", "value=\"Nguyễn Văn Dân\"");
        assertThat(refused.body()).doesNotContain("(contact)", "(content)", "name-loi");
        Map<String, String> badContact = objection(token);
        badContact.put("contact", "không phải địa chỉ");
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(badContact)), 400,
                "Thông tin liên hệ: một địa chỉ thư điện tử hoặc số điện thoại.");
        Map<String, String> otherNominee = objection(token);
        otherNominee.put("itemId", "999999999");
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(otherNominee)), 400,
                "id=\"itemId-loi\">Người, tập thể được phản ánh không có trong danh sách niêm yết này");
        Map<String, String> tooLong = objection(token);
        tooLong.put("content", "x".repeat(4001));
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(tooLong)), 400,
                "Nội dung tối đa 4000 ký tự.");
        assertThat(objections(id)).isZero();

        // Accepted: stored as the API stores it, then a confirmation page (its address carries no personal data).
        HttpResponse<String> filed = browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(objection(token)));
        assertThat(filed.statusCode()).isEqualTo(303);
        String confirmation = filed.headers().firstValue("Location").orElseThrow();
        assertThat(confirmation).endsWith("/khen-thuong/niem-yet/" + id + "/y-kien/da-gui");
        assertThat(objections(id)).isOne();
        assertThat(jdbc.queryForMap("SELECT author_name, contact, content, item_id FROM commendation_proposal_objection"
                + " WHERE proposal_id = ?", id)).containsEntry("author_name", "Nguyễn Văn Dân")
                .containsEntry("contact", "dan@example.com").containsEntry("item_id", null);
        assertVietnamesePage(browser.get("/khen-thuong/niem-yet/" + id + "/y-kien/da-gui"), 200,
                "Đã nhận ý kiến phản ánh", "Sở Công Thương");
    }

    @Test
    void aFormWithoutItsTokenOrWithTheHoneypotFilledIsRefusedAndStoresNothing() throws IOException {
        long id = posted();
        HttpTestClient browser = new HttpTestClient(port);
        String token = openForm(browser, id);

        // Another site's form: no token, or a token not matching this browser's cookie.
        Map<String, String> noToken = objection(token);
        noToken.remove("_csrf");
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(noToken)), 403,
                "Không gửi được biểu mẫu", "Vui lòng mở lại trang và gửi lại.");
        assertVietnamesePage(new HttpTestClient(port).postForm("/khen-thuong/niem-yet/" + id + "/y-kien",
                form(objection(token))), 403, "Không gửi được biểu mẫu");
        // A robot filling every field.
        Map<String, String> robot = objection(token);
        robot.put("website", "http://spam.example");
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(robot)), 400,
                "Biểu mẫu không được tiếp nhận.");
        assertThat(objections(id)).isZero();
    }

    @Test
    void overTheRateLimitTheFormAnswersA429Page() throws IOException {
        long id = posted();
        HttpTestClient browser = new HttpTestClient(port);
        String token = openForm(browser, id);
        Map<String, String> incomplete = objection(token);
        incomplete.put("content", "");
        HttpResponse<String> last = null;
        int sent = 0;
        while (sent < 40 && (last == null || last.statusCode() != 429)) {
            last = browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(incomplete));
            sent++;
        }
        assertThat(sent).as("the default limit: 20 forms per client address in 10 minutes").isEqualTo(21);
        assertVietnamesePage(last, 429, "Quá nhiều yêu cầu", "Vui lòng chờ");
        assertThat(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 600);
        // Even a correct form waits now, and nothing is stored.
        assertThat(browser.postForm("/khen-thuong/niem-yet/" + id + "/y-kien", form(objection(token))).statusCode())
                .isEqualTo(429);
        assertThat(objections(id)).isZero();
    }

    @Test
    void anUnknownOrEndedPostingIsA404PageInVietnamese() {
        HttpTestClient browser = new HttpTestClient(port);
        assertVietnamesePage(browser.get("/khen-thuong/niem-yet/999999999/y-kien"), 404, "Không tìm thấy",
                "Không có danh sách đề nghị khen thưởng số 999999999 đang niêm yết công khai.", "href=\"/cong-khai\"");
        String token = browser.cookie("noivu_form");
        assertVietnamesePage(browser.postForm("/khen-thuong/niem-yet/999999999/y-kien", form(objection(token))), 404,
                "Không tìm thấy");
        // Not a number: no such page, the public site's 404 page (not the Tasklist's).
        HttpResponse<String> notANumber = new HttpTestClient(port).header("Accept", "text/html,application/xhtml+xml")
                .get("/khen-thuong/niem-yet/abc/y-kien");
        assertVietnamesePage(notANumber, 404, "Không tìm thấy trang", "href=\"/cong-khai\"");
        assertThat(notANumber.body()).doesNotContain("Danh sách công việc");
    }

    @Test
    void theDecisionsPageReadsAYearAndTheOldAddressLeadsToThePostingPage() {
        HttpTestClient browser = new HttpTestClient(port);
        assertVietnamesePage(browser.get("/khen-thuong/quyet-dinh"), 200, "Quyết định khen thưởng năm " + year,
                "<option value=\"" + year + "\" selected=\"selected\">");
        assertVietnamesePage(browser.get("/khen-thuong/quyet-dinh?nam=1990"), 200,
                "Năm 1990 chưa có quyết định khen thưởng nào được ban hành.");
        assertVietnamesePage(browser.get("/khen-thuong/quyet-dinh?nam=abc"), 400,
                "Năm thi đua phải là một năm từ 1945 đến 2100.");
        HttpResponse<String> old = browser.get("/commendation/posting.html");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/khen-thuong/niem-yet");
        assertThat(browser.get("/commendation/posting.js").statusCode()).as("the static script is gone").isEqualTo(404);
        // The menu of the public site names both pages.
        assertThat(browser.get("/cong-khai").body()).contains("href=\"/khen-thuong/niem-yet\"", "Niêm yết khen thưởng",
                "href=\"/khen-thuong/quyet-dinh\"", "Quyết định khen thưởng");
    }
}
