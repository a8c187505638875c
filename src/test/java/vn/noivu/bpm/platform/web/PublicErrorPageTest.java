package vn.noivu.bpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * The error page of an address nobody serves: a citizen's address (anything outside the staff's prefixes) gets the
 * public site's page, in its layout, leading to the public home; a staff address keeps the way back to the Tasklist;
 * JSON clients of /api keep the JSON body.
 */
@PostgresIntegrationTest
class PublicErrorPageTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> page(String path) {
        return new HttpTestClient(port).header("Accept", "text/html").get(path);
    }

    @Test
    void aCitizensUnknownAddressGetsThePublicSitesPage() {
        for (String path : new String[] {"/trang-khong-co", "/khen-thuong/khong-co", "/cong-khai/khong-co/trang",
                "/tra-cuu-sai"}) {
            HttpResponse<String> page = page(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<html lang=\"vi\"", "Không tìm thấy trang",
                    "Địa chỉ này không có trên cổng thông tin công khai", "href=\"/cong-khai\"", "Về trang công khai",
                    "/public/site.css", "class=\"site-nav\"")
                    .doesNotContain("Danh sách công việc", "Whitelabel", "Not Found");
        }
    }

    @Test
    void aStaffAddressKeepsTheWayBackToTheTasklist() {
        for (String path : new String[] {"/camunda/khong-co", "/actuator/khong-co", "/reports/khong-co"}) {
            HttpResponse<String> page = page(path);
            assertThat(page.statusCode()).as(path).isBetween(400, 499);
            if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(page.body()).as(path).doesNotContain("cổng thông tin công khai", "site-nav");
            }
        }
        HttpResponse<String> page = page("/reports/khong-co");
        assertThat(page.body()).contains("Về trang Danh sách công việc").doesNotContain("href=\"/cong-khai\"");
        HttpResponse<String> json = new HttpTestClient(port).header("Accept", "application/json").get("/api/khong-co");
        assertThat(json.statusCode()).isIn(401, 404);
        assertThat(json.body()).doesNotContain("<html");
    }

    @Test
    void thePublicLookingRuleNamesTheStaffPrefixesOnly() {
        assertThat(ErrorPage.isPublic("/khen-thuong/niem-yet/1/y-kien")).isTrue();
        assertThat(ErrorPage.isPublic("/apikhac")).isTrue();
        assertThat(ErrorPage.isPublic("/api")).isFalse();
        assertThat(ErrorPage.isPublic("/api/khong-co")).isFalse();
        assertThat(ErrorPage.isPublic("/engine-rest/task")).isFalse();
        assertThat(ErrorPage.isPublic("/camunda/app/tasklist/")).isFalse();
        assertThat(ErrorPage.isPublic("/actuator/health")).isFalse();
        assertThat(ErrorPage.isPublic("/reports/on-time")).isFalse();
        assertThat(ErrorPage.isPublic("/")).isFalse();
    }
}
