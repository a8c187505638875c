package vn.noivu.bpm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.FromAddress;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;

/**
 * The standing bad-input suite: well over a thousand malformed or hostile requests, generated from valid ones, across
 * the public and staff endpoints and the deployment path. None may answer 5xx; every 4xx is the project's error body
 * (/api) or Camunda's (/engine-rest); afterwards no round exists without its process instance or the reverse, and
 * no incident was raised. Requests come from loopback addresses of their own, so throttles see many clients.
 */
@PostgresIntegrationTest
class BadInputSuiteTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** What a field may be replaced with: types, sizes, characters, dates and numbers a form never sends. */
    private static final List<JsonNode> HOSTILE_VALUES = List.of(NODES.nullNode(), NODES.textNode(""),
            NODES.textNode("   "), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.numberNode(1e308), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
            NODES.textNode("x".repeat(300)), NODES.textNode("x".repeat(10_001)), NODES.textNode("a\u0000b"),
            NODES.textNode("\ud800"), NODES.textNode("<script>alert(1)</script>"), NODES.textNode("=HYPERLINK(\"x\")"),
            NODES.textNode("' OR 1=1 --"), NODES.arrayNode(), NODES.objectNode(), NODES.textNode("2026-02-30"),
            NODES.textNode("-999999999-01-01"), NODES.textNode("+999999999-12-31"), NODES.textNode("1899-12-31"));
    private static final List<String> HOSTILE_SEGMENTS = List.of("KHONG-CO", "x".repeat(300), "%00", "%2e%2e",
            "%C4%91%E1%BA%A1i", "%3Cx%3E", "'%20OR%201=1--", "%FF%FE", "..%2F..%2Fetc%2Fpasswd");

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final String net = "127." + (1 + (int) (Math.random() * 250)) + "." + (1 + (int) (Math.random() * 250)) + ".";
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    private record Request(String name, String method, String path, String user, String contentType, byte[] body) {
    }

    @Test
    void noMalformedOrHostileRequestIsA5xxOrLeavesAnythingHalfDone() throws Exception {
        long incidentsBefore = runtimeService.createIncidentQuery().count();
        String round = openRecruitmentRound();
        String promotion = "BI-TH-" + run;
        List<Request> requests = new ArrayList<>();
        jsonBodies(requests, round, promotion);
        commendationYear(requests, openCommendationYear());
        brokenBodies(requests, round);
        paths(requests, round, promotion);
        multiparts(requests, round);
        deployments(requests);
        engineCalls(requests);
        publicPages(requests, round);
        for (Request request : requests) {
            check(request, send(request));
        }
        assertThat(sent).as("requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("%d requests sent, these failed", sent).isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM recruitment_round WHERE process_instance_id IS NULL",
                Integer.class)).as("a round without its process").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM promotion_round WHERE process_instance_id IS NULL",
                Integer.class)).as("a promotion round without its process").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commendation_year WHERE process_instance_id IS NULL",
                Integer.class)).as("an emulation year without its process").isZero();
        for (String key : List.of("recruitment-round", "promotion-round")) {
            String table = key.startsWith("recruitment") ? "recruitment_round" : "promotion_round";
            runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().forEach(instance ->
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE process_instance_id = ?",
                            Integer.class, instance.getId())).as("the round of instance " + instance.getId()).isOne());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM commendation_proposal WHERE process_instance_id IS NULL",
                Integer.class)).as("a commendation proposal without its process").isZero();
        assertThat(runtimeService.createIncidentQuery().count()).as("no incident").isEqualTo(incidentsBefore);
        System.out.printf("bad-input suite: %d requests sent, 0 answered 5xx%n", sent);
    }

    /** An emulation year of a unit (commendation-year), to which the generated nominations, votes and proceedings go. */
    private long openCommendationYear() throws Exception {
        FromAddress.Response created = from(0).send("POST", "/api/commendation/years", headers("chuyenvien",
                "application/json"), commendationYearBody("BI-Y" + run).getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("id").asLong();
    }

    private static String commendationYearBody(String unit) {
        return """
                {"unitCode": "%s", "unitName": "Phòng thử", "unitKind": "CO_QUAN_DON_VI", "year": %d,
                 "council": {"members": 5, "names": ["Nguyễn Văn A"]}}"""
                .formatted(unit, LocalDate.now(vn.noivu.bpm.calendar.Deadlines.ZONE).getYear());
    }

    /** The annual review's bodies (year, nomination, votes, proceedings) mutated, and its paths with hostile segments. */
    private void commendationYear(List<Request> requests, long yearId) throws Exception {
        String base = "/api/commendation/years/" + yearId;
        int[] n = {0};
        mutate(json.readTree(commendationYearBody("UNIT")), body -> requests.add(json("commendation year",
                "/api/commendation/years", "chuyenvien", body.replace("\"UNIT\"", "\"BI-Y" + run + (n[0]++) + "\""))));
        mutate(json.readTree("{\"citizenId\": \"001200000001\", \"title\": \"LAO_DONG_TIEN_TIEN\"}"), body ->
                requests.add(json("commendation nomination", base + "/nominations", "chuyenvien", body)));
        mutate(json.readTree("{\"collective\": true, \"title\": \"TAP_THE_LAO_DONG_TIEN_TIEN\", \"members\": 5,"
                + " \"advancedWorkers\": 3, \"heaviestDiscipline\": \"KHONG\"}"), body ->
                requests.add(json("commendation collective", base + "/nominations", "chuyenvien", body)));
        mutate(json.readTree("{\"votes\": [{\"nominationId\": 1, \"agree\": 4, \"against\": 1}]}"), body ->
                requests.add(json("commendation votes", base + "/votes", "thiduakt", body)));
        mutate(json.readTree("{\"kind\": \"DIEU_TRA\", \"reason\": \"Thanh tra\"}"), body -> requests.add(json(
                "commendation proceedings", base + "/staff/001200000001/proceedings", "chuyenvien", body)));
        mutate(json.readTree("{\"result\": \"KHONG_VI_PHAM\", \"note\": \"x\"}"), body -> requests.add(json(
                "commendation clear", base + "/staff/001200000001/proceedings/clear", "chuyenvien", body)));
        for (String template : List.of("/api/commendation/years/%s", "/api/commendation/years/%s/nominations.csv",
                "/api/commendation/years/%s/nominations.xlsx", base + "/nominations/%s/certificate.pdf",
                "/api/commendation/years/%s/nominations/1/certificate.pdf",
                "/api/documents/drafts/commendation-year-plan.pdf?subject=%s",
                "/api/documents/drafts/commendation-year-minutes.docx?subject=%s&issuer=HDTDKT",
                "/api/documents/drafts/commendation-year-decision.pdf?subject=%s")) {
            for (String segment : HOSTILE_SEGMENTS) {
                requests.add(new Request("GET " + template + " " + segment, "GET", template.formatted(segment),
                        "chuyenvien", null, null));
            }
        }
        for (String segment : HOSTILE_SEGMENTS) {
            requests.add(new Request("PUT maternity " + segment, "PUT", base + "/staff/" + segment + "/maternity-leave",
                    "chuyenvien", "application/json", "{\"maternityLeave\": true}".getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** A recruitment round open for applications, to which the generated applications go. */
    private String openRecruitmentRound() throws Exception {
        String code = "BI-" + run;
        LocalDate today = LocalDate.now(vn.noivu.bpm.calendar.Deadlines.ZONE);
        FromAddress.Response created = from(0).send("POST", "/api/recruitment/rounds", headers("chuyenvien",
                "application/json"), recruitmentPlan(code, today).toString().getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String instance = json.readTree(created.body()).path("processInstanceId").asText();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        new HttpTestClient(port).as("lanhdao", "lanhdao").postJson("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"approved\": {\"value\": true, \"type\": \"Boolean\"}}}");
        return code;
    }

    private ObjectNode recruitmentPlan(String code, LocalDate today) throws Exception {
        return (ObjectNode) json.readTree("""
                {"code": "%s", "title": "Kế hoạch", "agency": "Sở Nội vụ", "method": "THI_TUYEN", "staffType": "CONG_CHUC",
                 "noticeDate": "%s", "applicationDeadline": "%s",
                 "positions": [{"code": "PC", "title": "Pháp chế", "rank": "CHUYEN_VIEN", "quota": 2, "minDegree": "DAI_HOC",
                   "majors": ["Luật"], "round2Format": "VIET_PHONG_VAN", "agencies": [{"code": "A", "quota": 2}]}]}
                """.formatted(code, today, today.plusDays(31)));
    }

    private void jsonBodies(List<Request> requests, String round, String promotion) throws Exception {
        LocalDate today = LocalDate.now(vn.noivu.bpm.calendar.Deadlines.ZONE);
        int[] n = {0};
        mutate(recruitmentPlan("CODE", today), body -> requests.add(json("plan", "/api/recruitment/rounds", "chuyenvien",
                body.replace("\"CODE\"", "\"BI-P" + run + (n[0]++) + "\""))));
        mutate(json.readTree("""
                {"fullName": "Lê Thị Mai", "citizenId": "001299%06d", "dateOfBirth": "1998-05-01", "gender": "NU",
                 "email": "mai@example.com", "phone": "0912345678", "positionCode": "PC", "agencyPreferences": ["A"],
                 "degree": {"level": "DAI_HOC", "major": "Luật"}, "priorityCategories": []}
                """.formatted((int) (Math.random() * 1_000_000))), body -> requests.add(json("application",
                "/api/recruitment/rounds/" + round + "/applications", null, body)));
        mutate(json.readTree("{\"citizenId\": \"001200000001\", \"reason\": \"Đề nghị chấm lại\"}"), body ->
                requests.add(json("review", "/api/recruitment/applications/" + round + "-00000001/review-requests", null, body)));
        mutate(json.readTree("{\"stage\": \"VONG_2\", \"scores\": [{\"applicationNumber\": \"" + round
                + "-00000001\", \"written\": 70, \"interview\": 60, \"absent\": false}]}"), body ->
                requests.add(json("scores", "/api/recruitment/rounds/" + round + "/scores", "hoidong", body)));
        mutate(json.readTree("""
                {"code": "%s", "title": "Xét thăng hạng", "authority": "Sở Nội vụ", "staffType": "VIEN_CHUC",
                 "method": "XET", "targetTitle": "VC_HANH_CHINH_HANG_II", "quota": 1, "roundDate": "%s",
                 "filingDeadline": "%s", "councilMembers": 5}""".formatted("CODE", today, today.plusDays(20))),
                body -> requests.add(json("promotion plan", "/api/promotion/rounds", "chuyenvien",
                        body.replace("\"CODE\"", "\"BI-TH" + run + (n[0]++) + "\""))));
        mutate(json.readTree("{\"citizenId\": \"001200000001\", \"certificatesMet\": true, \"vacancy\": true}"), body ->
                requests.add(json("nomination", "/api/promotion/rounds/" + promotion + "/nominations", "chuyenvien", body)));
        mutate(json.readTree("{\"scores\": [{\"citizenId\": \"001200000001\", \"score\": 70, \"absent\": false}]}"), body ->
                requests.add(json("promotion scores", "/api/promotion/rounds/" + promotion + "/scores", "hoidongth", body)));
        mutate(json.readTree("""
                {"unitCode": "BI-%s", "unitName": "Phòng thử", "title": "TAP_THE_LAO_DONG_TIEN_TIEN", "year": 2025,
                 "kind": "CONG_TRANG", "decisionNumber": "1/QĐ-SNV", "decisionDate": "2025-12-20", "decider": "Giám đốc Sở"}
                """.formatted(run)), body -> requests.add(json("award", "/api/awards", "chuyenvien", body)));
        mutate(json.readTree("""
                {"citizenId": "001200000001", "title": "Sáng kiến %s", "recognitionYear": 2025, "scope": "CO_SO",
                 "decisionNumber": "1/QĐ-HĐSK", "decisionDate": "2025-11-20", "recognisedBy": "Hội đồng sáng kiến"}
                """.formatted(run)), body -> requests.add(json("initiative", "/api/commendation/initiatives",
                "chuyenvien", body)));
        mutate(json.readTree("""
                {"unitCode": "BI-%s", "unitName": "Phòng thử", "year": 2026, "kind": "CONG_TRANG",
                 "items": [{"citizenId": "001200000001", "title": "BANG_KHEN_TINH", "achievement": "Hai năm xuất sắc"},
                           {"unitCode": "BI-T", "unitName": "Tổ thử", "title": "TAP_THE_LAO_DONG_XUAT_SAC", "achievement": "Xuất sắc",
                            "collective": {"members": 10, "membersCompletingTasks": 10, "advancedWorkers": 8,
                                           "baseEmulationFighters": 1, "heaviestDiscipline": "KHONG"}}]}
                """.formatted(run)), body -> requests.add(json("commendation proposal", "/api/commendation/proposals",
                "chuyenvien", body)));
        mutate(json.readTree("{\"name\": \"Nguyễn Văn Dân\", \"contact\": \"dan@example.com\", \"content\": \"Phản ánh\","
                + " \"itemId\": 1}"), body -> requests.add(json("objection", "/api/commendation/public/postings/1/objections",
                null, body)));
        mutate(json.readTree("""
                {"code": "BI-DA-%s", "title": "Đề án thử", "provinceCode": "01", "schemeDate": "2026-02-01",
                 "explanation": "Giải trình", "arrangements": [{"change": "MERGE", "units": ["00001", "00004"],
                 "results": [{"code": "99%s", "name": "Xã thử", "kind": "XA", "seat": "Trụ sở", "ethnicMinorityPercent": 10,
                  "mountainous": false, "parts": [{"unitCode": "00001", "areaKm2": 10, "population": 100, "whole": true},
                  {"unitCode": "00004", "areaKm2": 5.5, "population": 50}]}]}]}
                """.formatted(run, run.substring(0, 3))), body -> requests.add(json("restructuring scheme",
                "/api/restructuring/schemes", "chuyenvien", body)));
        mutate(json.readTree("""
                {"totalHouseholds": 100, "consulted": 50, "agree": 40, "disagree": 5, "otherOpinions": 5,
                 "villages": [{"village": "Thôn 1", "totalHouseholds": 100, "consulted": 50, "agree": 40, "disagree": 5,
                 "otherOpinions": 5}]}"""), body -> requests.add(json("restructuring consultation",
                "/api/restructuring/schemes/1/consultations/00001", "ubndxa", body)));
        mutate(json.readTree("""
                {"unitCode": "00001", "resolutionNumber": "1/NQ-HĐND", "resolutionDate": "2026-03-01", "delegates": 30,
                 "votesFor": 20, "votesAgainst": 10}"""), body -> requests.add(json("restructuring council",
                "/api/restructuring/schemes/1/councils", "chuyenvien", body)));
    }

    /** Every leaf and every object of the valid body, replaced by each hostile value, then removed. */
    private void mutate(JsonNode valid, Consumer<String> sink) {
        for (String pointer : pointers(valid, "")) {
            for (JsonNode value : HOSTILE_VALUES) {
                JsonNode copy = valid.deepCopy();
                set(copy, pointer, value);
                sink.accept(copy.toString());
            }
            JsonNode copy = valid.deepCopy();
            set(copy, pointer, null);
            sink.accept(copy.toString());
        }
    }

    private static List<String> pointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> pointers.addAll(pointers(node.get(name), at + "/" + name)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        if (!at.isEmpty()) {
            pointers.add(at);
        }
        return pointers;
    }

    /** Sets (or with null removes) the node at a JSON pointer. */
    private static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), value);
            }
        }
    }

    private void brokenBodies(List<Request> requests, String round) {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        for (String text : List.of("null", "[]", "{", "{\"code\":", "\"text\"", "123", deep, "<plan/>", "\uFEFF{}")) {
            bodies.put(text.length() > 20 ? "deep" : text, text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        List<String> types = java.util.Arrays.asList("application/json", "text/plain", "*/*", null, "application/xml",
                "multipart/form-data", "application/json; charset=klingon");
        for (String path : List.of("/api/recruitment/rounds", "/api/recruitment/rounds/" + round + "/applications",
                "/api/recruitment/rounds/" + round + "/scores", "/api/promotion/rounds", "/api/awards",
                "/api/commendation/initiatives", "/api/commendation/proposals", "/api/commendation/public/postings/1/objections",
                "/api/recruitment/applications/" + round + "-00000001/review-requests")) {
            bodies.forEach((name, body) -> types.forEach(type ->
                    requests.add(new Request(name + " as " + type + " to " + path, "POST", path,
                            path.contains("applications") || path.contains("review") || path.contains("public") ? null
                                    : path.contains("scores") ? "hoidong" : "chuyenvien", type, body))));
        }
    }

    private void paths(List<Request> requests, String round, String promotion) {
        List<String> templates = List.of("/api/recruitment/rounds/%s", "/api/recruitment/rounds/%s/results",
                "/api/recruitment/rounds/%s/results.csv", "/api/recruitment/rounds/%s/results.xlsx",
                "/api/recruitment/rounds/%s/notice.xlsx", "/api/recruitment/rounds/%s/eligible-list.csv",
                "/api/recruitment/applications/%s?citizenId=001200000001", "/api/promotion/rounds/%s",
                "/api/promotion/rounds/%s/results", "/api/promotion/rounds/%s/results.csv", "/api/personnel/%s",
                "/api/personnel/%s/awards", "/api/awards?year=%s", "/api/awards?title=%s", "/api/awards?level=%s",
                "/api/awards?limit=%s", "/api/awards?offset=%s", "/api/awards?unitCode=%s", "/api/awards.csv?year=2025&title=%s",
                "/api/commendation/bonuses?year=%s", "/api/commendation/bonuses?year=2025&title=%s",
                "/api/commendation/initiatives?year=%s", "/api/commendation/initiatives?citizenId=%s",
                "/api/commendation/public/decisions?year=%s", "/api/commendation/public/decisions/%s.pdf",
                "/api/commendation/proposals/%s", "/api/commendation/proposals?year=%s", "/api/commendation/proposals?unitCode=%s",
                "/api/commendation/proposals/table.csv?year=%s", "/api/commendation/proposals/table.%s",
                "/api/commendation/proposals/1/attachments/%s", "/api/commendation/public/postings?x=%s",
                "/api/commendation/bonuses?year=2025&unitCode=%s", "/api/commendation/bonuses.csv?year=%s",
                "/api/commendation/bonuses.xlsx?year=2025&title=%s", "/api/commendation/bonuses.%s?year=2025",
                "/api/calendar/days-off?year=%s", "/api/calendar/deadline?from=%s&days=5&unit=WORKING_DAYS",
                "/api/calendar/deadline?from=2026-01-05&days=%s&unit=WORKING_DAYS",
                "/api/calendar/deadline?from=2026-01-05&days=5&unit=%s", "/api/reports/on-time?from=%s&to=2026-12-31",
                "/api/reports/on-time.csv?from=2026-01-01&to=%s", "/api/recruitment/plan-options?x=%s",
                "/api/promotion/plan-options?x=%s", "/api/documents?issuer=%s", "/api/documents?year=%s",
                "/api/documents?type=%s", "/api/documents?limit=%s", "/api/documents/%s.pdf", "/api/documents/%s.docx",
                "/api/documents/drafts/%s.pdf?subject=SNV-2026", "/api/documents/drafts/recruitment-notice.pdf?subject=%s",
                "/api/documents/drafts/recruitment-results-decision.docx?subject=%s",
                "/api/documents/drafts/recruitment-notice.pdf?subject=SNV-2026&issuer=%s",
                "/api/documents/drafts/recruitment-plan.pdf?subject=%s",
                "/api/documents/drafts/recruitment-eligible-list.docx?subject=%s",
                "/api/documents/drafts/recruitment-recognition-notice.pdf?subject=%s&issuer=HDTD",
                "/api/documents/drafts/promotion-rank-decision.pdf?subject=%s",
                "/api/documents/drafts/promotion-title-decision.docx?subject=%s",
                "/api/documents/drafts/promotion-council-decision.pdf?subject=%s",
                "/api/documents/drafts/%s.png?subject=SNV-2026&issuer=SNV",
                "/api/documents/drafts/recruitment-notice.png?subject=%s&issuer=SNV",
                "/api/documents/drafts/recruitment-notice.png?subject=SNV-2026&issuer=%s",
                "/api/recruitment/rounds/%s/results-decision.pdf", "/api/recruitment/rounds/%s/notice.pdf",
                "/api/recruitment/rounds/%s/plan.pdf", "/api/recruitment/rounds/%s/eligible-list.pdf",
                "/api/recruitment/rounds/%s/recognition-notice.pdf", "/api/recruitment/rounds/SNV-2026/%s.pdf",
                "/api/units/%s", "/api/units/%s/history", "/api/units/01?on=%s", "/api/units?parent=%s",
                "/api/units?kind=%s", "/api/units?on=%s", "/api/units?limit=%s", "/api/units?offset=%s",
                "/api/units/export.csv?kind=%s", "/api/units/export.csv?on=%s", "/api/units/%s/standards",
                "/api/units/01/standards?on=%s", "/api/restructuring/schemes/%s",
                "/api/restructuring/schemes/%s/consultation", "/api/restructuring/schemes/%s/consultation.html");
        for (String template : templates) {
            for (String segment : HOSTILE_SEGMENTS) {
                for (String user : java.util.Arrays.asList(null, "lanhdao")) {
                    requests.add(new Request("GET " + template + " " + segment, "GET", template.formatted(segment), user,
                            null, null));
                }
            }
            requests.add(new Request("GET " + template, "GET", template.formatted(round), "chuyenvien", null, null));
        }
        requests.add(new Request("promotion results", "GET", "/api/promotion/rounds/" + promotion + "/results", null, null,
                null));
    }

    private void multiparts(List<Request> requests, String round) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.csv", new byte[0]);
        files.put("garbage.xlsx", "không phải xlsx".getBytes(StandardCharsets.UTF_8));
        files.put("binary.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, 1, 2});
        files.put("header-only.csv", "citizenId;fullName\n".getBytes(StandardCharsets.UTF_8));
        files.put("bad-rows.csv", "citizenId;fullName;gender;dateOfBirth;staffType;unitCode;rankCode;rankSince\n1;=cmd;X;1800-99-99;?;;;\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("long-header.csv", ("x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("nul\u0000name.csv", "a;b\n".getBytes(StandardCharsets.UTF_8));
        files.put("bad-units.csv", ("code;name;level;parentCode;predecessors\n=cmd;\u0000;Làng;99;x y\n01;A;Tỉnh;01;\n"
                + "02;B;Xã;;02:MOT_PHAN\n").getBytes(StandardCharsets.UTF_8));
        files.put("bad-statistics.csv", ("code;date;area;population;populationPermanent;mountainous\n"
                + "01;2024-02-30;-1;1e308;99999999999999999999;có lẽ\n;;;;;\n").getBytes(StandardCharsets.UTF_8));
        for (String validFrom : List.of("", "2025-02-30", "-999999999-01-01", "%00", "x".repeat(300))) {
            requests.add(multipart("units catalogue validFrom " + validFrom.length(), "/api/units/import?validFrom="
                    + validFrom, "chuyenvien", "file", "danh-muc.csv", "code;name;level\n01;A;Tỉnh\n"
                    .getBytes(StandardCharsets.UTF_8), false));
        }
        for (String path : List.of("/api/personnel/import", "/api/recruitment/rounds/" + round + "/scores",
                "/api/commendation/proposals/1/attachments", "/api/units/import?validFrom=2020-01-01",
                "/api/units/statistics/import", "/api/restructuring/schemes/1/files?kind=BAN_DO_HIEN_TRANG",
                "/api/restructuring/schemes/1/files?kind=x", "/api/restructuring/schemes/1/consultations/00001/sheet")) {
            String user = path.contains("scores") ? "hoidong" : "chuyenvien";
            files.forEach((name, content) -> {
                requests.add(multipart("upload " + name + " to " + path, path, user, "file", name, content, true));
                requests.add(multipart("upload " + name + " without stage to " + path, path, user, "file", name, content, false));
                requests.add(multipart("upload " + name + " as another part to " + path, path, user, "tep", name, content, true));
            });
        }
    }

    private void deployments(List<Request> requests) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        resources.put("not-xml.bpmn", "không phải XML".getBytes(StandardCharsets.UTF_8));
        resources.put("empty.bpmn", new byte[0]);
        resources.put("empty.dmn", new byte[0]);
        resources.put("text.dmn", "bảng quyết định".getBytes(StandardCharsets.UTF_8));
        resources.put("truncated.bpmn", "<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"p\""
                .getBytes(StandardCharsets.UTF_8));
        resources.put("doctype.bpmn", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&e;</definitions>").getBytes(StandardCharsets.UTF_8));
        resources.put("truncated.form", "{\"components\": [".getBytes(StandardCharsets.UTF_8));
        resources.put("binary.form", new byte[] {0, 1, 2, (byte) 0xFF});
        resources.put("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        resources.forEach((name, content) -> requests.add(multipart("deploy " + name, "/engine-rest/deployment/create",
                "thietke", "data", name, content, true)));
    }

    private void engineCalls(List<Request> requests) {
        String[] variables = {"{\"variables\": {\"x\": {\"value\": \"abc\", \"type\": \"Integer\"}}}",
                "{\"variables\": {\"x\": {\"value\": \"rO0AB\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
                        + "\"java.util.ArrayList\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}",
                "{\"variables\": {\"x\": {\"value\": 1, \"type\": \"KhongCo\"}}}", "{\"variables\": 5}", "{"};
        for (String body : variables) {
            requests.add(new Request("complete a missing task", "POST", "/engine-rest/task/khong-co/complete", "lanhdao",
                    "application/json", body.getBytes(StandardCharsets.UTF_8)));
            requests.add(new Request("start sample-approval", "POST", "/engine-rest/process-definition/key/sample-approval/start",
                    "chuyenvien", "application/json", body.getBytes(StandardCharsets.UTF_8)));
        }
        for (String id : List.of("co-gach", "co cach", "x".repeat(300), "")) {
            requests.add(new Request("create user " + id, "POST", "/engine-rest/user/create", "admin", "application/json",
                    ("{\"profile\": {\"id\": \"" + id + "\"}, \"credentials\": {\"password\": \"mat-khau-dai-du\"}}")
                            .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Request json(String name, String path, String user, String body) {
        return new Request(name + " " + body.substring(0, Math.min(120, body.length())), "POST", path, user,
                "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private Request multipart(String name, String path, String user, String part, String fileName, byte[] content,
                              boolean withStage) {
        String boundary = "----bi" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        if (withStage) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"stage\"\r\n\r\nVONG_2\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbi-" + run + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Request(name, "POST", path, user, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static final String FORM = "application/x-www-form-urlencoded";
    /** The public site's double-submit token: a cookie and the same value in the form. */
    private static final String FORM_TOKEN = "t".repeat(43);

    private static boolean isPublicPage(String path) {
        return path.startsWith("/tuyen-dung") || path.startsWith("/tra-cuu") || path.startsWith("/nop-ho-so");
    }

    /**
     * The public recruitment pages (RecruitmentPublicPages): each form field replaced by hostile text, then paths
     * with hostile segments. The form guard's token is sent, so the values reach the pages' own checks.
     */
    private void publicPages(List<Request> requests, String round) {
        java.util.LinkedHashMap<String, String> valid = new java.util.LinkedHashMap<>();
        valid.put("positionCode", "PC");
        valid.put("fullName", "Nguyễn Văn Thử");
        valid.put("dateOfBirth", "15/04/1995");
        valid.put("gender", "NAM");
        valid.put("citizenId", "001295009999");
        valid.put("email", "thu@noivu.local");
        valid.put("phone", "0912345678");
        valid.put("degreeLevel", "DAI_HOC");
        valid.put("degreeMajor", "Luật");
        valid.put("priorityCategories", "DAN_TOC_THIEU_SO");
        valid.put("agency-PC-1", "A");
        valid.put("applicationNumber", round + "-00000001");
        valid.put("reason", "Chấm lại");
        List<String> hostile = List.of("", "   ", "x".repeat(10_001), "a\u0000b", "<script>alert(1)</script>",
                "' OR 1=1 --", "31/02/2026", "01/01/0000", "99/99/99999", "%", "\ud800x");
        for (String path : List.of("/tuyen-dung/" + round + "/nop-ho-so", "/tra-cuu", "/tra-cuu/phuc-khao")) {
            for (String field : valid.keySet()) {
                for (String value : hostile) {
                    StringBuilder body = new StringBuilder("_csrf=" + FORM_TOKEN + "&website=");
                    valid.forEach((k, v) -> body.append('&').append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(k.equals(field) ? value : v, StandardCharsets.UTF_8)));
                    requests.add(new Request("public page " + path + " " + field + "=" + abbreviate(value), "POST",
                            path, null, FORM, body.toString().getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        for (String segment : HOSTILE_SEGMENTS) {
            for (String template : List.of("/tuyen-dung/%s", "/tuyen-dung/%s/ket-qua", "/tuyen-dung/%s/nop-ho-so")) {
                requests.add(new Request("public page " + template + " " + segment, "GET", template.formatted(segment),
                        null, null, null));
            }
        }
    }

    private FromAddress from(int index) {
        return new FromAddress(net + (1 + index % 250), port);
    }

    private Map<String, String> headers(String user, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (user != null) {
            headers.put("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (FORM.equals(contentType)) {
            headers.put("Cookie", "noivu_form=" + FORM_TOKEN);
        }
        return headers;
    }

    private FromAddress.Response send(Request request) {
        sent++;
        // A new address every ten requests: the lookup throttle (30 a minute per address) sees many clients.
        return from(sent / 10).send(request.method(), request.path(), headers(request.user(), request.contentType()),
                request.body());
    }

    private void check(Request request, FromAddress.Response response) {
        String what = request.name() + " → " + response.status() + " " + abbreviate(response.body());
        if (response.status() >= 500) {
            failures.add(what);
            return;
        }
        if (isPublicPage(request.path())) {
            // A public page answers a page in Vietnamese, never JSON, whatever it was sent.
            if (!response.body().contains("<html lang=\"vi\"") && response.status() != 302) {
                failures.add("not a Vietnamese page: " + what);
            }
            return;
        }
        if (response.status() < 400) {
            return;
        }
        try {
            JsonNode body = json.readTree(response.body());
            boolean ours = body.path("status").asInt() == response.status() && body.path("error").isTextual()
                    && body.path("message").isTextual();
            boolean camundas = body.path("type").isTextual() && body.has("message");
            if (request.path().startsWith("/api") ? !ours : !(ours || camundas)) {
                failures.add("not the error body: " + what);
            }
        } catch (Exception notJson) {
            failures.add("not JSON: " + what);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
