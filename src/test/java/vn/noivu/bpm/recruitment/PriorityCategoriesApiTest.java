package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/** GET /api/recruitment/priority-categories: public, from the deployed rule table, for anyone logged in or not. */
@PostgresIntegrationTest
class PriorityCategoriesApiTest {

    @LocalServerPort
    int port;

    @Test
    void applicantsReadTheCategoriesWithPointsAndCitations() throws IOException {
        for (HttpTestClient client : new HttpTestClient[] {new HttpTestClient(port),
                new HttpTestClient(port).as("chuyenvien", "chuyenvien")}) {
            HttpResponse<String> response = client.get("/api/recruitment/priority-categories");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode categories = new ObjectMapper().readTree(response.body());
            assertThat(categories.size()).isEqualTo(20);
            JsonNode first = categories.get(0);
            assertThat(first.fieldNames()).toIterable().containsExactly("code", "label", "points", "citation");
            assertThat(first.path("code").asText()).isEqualTo("ANH_HUNG_LLVT");
            assertThat(first.path("points").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(first.path("citation").asText()).contains("Nghị định 170/2025/NĐ-CP, Điều 6 khoản 1 điểm a");
            assertThat(categories.findValues("points")).extracting(JsonNode::doubleValue)
                    .containsOnly(7.5, 5.0, 2.5, 1.5);
        }
    }
}
