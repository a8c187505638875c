package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;
import vn.noivu.bpm.recruitment.process.RoundRanking;

/**
 * Law versions: a designer deploys an amended rule table while a round is under way; the round keeps the rules it
 * was planned under, a round planned afterwards runs under the amendment.
 */
@PostgresIntegrationTest
class RuleVersionsTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuleTables ruleTables;
    @Autowired
    RoundRepository rounds;
    @Autowired
    RoundRanking ranking;

    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);

    private JsonNode plan(String code) throws Exception {
        var response = new HttpTestClient(port).as("chuyenvien", "chuyenvien").postJson("/api/recruitment/rounds", """
                {"code": "%s", "title": "Kỳ tuyển dụng", "agency": "Sở Nội vụ", "method": "THI_TUYEN",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "VT", "title": "Văn thư", "rank": "NHAN_VIEN", "quota": 1,
                   "minDegree": "TRUNG_CAP", "round2Format": "VAN_DAP"}]}""".formatted(code, today, today.plusDays(30)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(new HttpTestClient(port).as("chuyenvien", "chuyenvien")
                .get("/api/recruitment/rounds/" + code).body());
    }

    @Test
    void aRoundKeepsItsRulesWhenAnAmendedTableIsDeployed() throws Exception {
        String before = "LV-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode first = plan(before);
        int version = first.path("ruleTableVersions").path(RoundRules.PASS_RULES_KEY).asInt();

        String table;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bpmn/recruitment/recruitment-pass-rules.dmn")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The amendment: a professional pass mark of 60 for civil servants.
        String amended = table.replace("<outputEntry id=\"nd170_out1\"><text>50</text>", "<outputEntry id=\"nd170_out1\"><text>60</text>");
        assertThat(amended).isNotEqualTo(table);
        Deployment deployment = repositoryService.createDeployment().name("test-amendment")
                .addString("recruitment-pass-rules.dmn", amended).deploy();
        try {
            ruleTables.refreshLatest();
            String after = "LV-" + UUID.randomUUID().toString().substring(0, 8);
            JsonNode second = plan(after);

            assertThat(second.path("ruleTableVersions").path(RoundRules.PASS_RULES_KEY).asInt()).isEqualTo(version + 1);
            assertThat(json.readTree(new HttpTestClient(port).as("chuyenvien", "chuyenvien")
                    .get("/api/recruitment/rounds/" + before).body()).path("ruleTableVersions")
                    .path(RoundRules.PASS_RULES_KEY).asInt()).as("unchanged").isEqualTo(version);
            assertThat(ranking.passRules(rounds.find(before).orElseThrow()).professionalMinScore()).isEqualByComparingTo("50");
            assertThat(ranking.passRules(rounds.find(after).orElseThrow()).professionalMinScore()).isEqualByComparingTo("60");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
            ruleTables.refreshLatest();
        }
    }
}
