package vn.noivu.bpm.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;
import vn.noivu.bpm.PostgresIntegrationTest;
import vn.noivu.bpm.calendar.Deadlines;

/**
 * A commune-merger scheme through the API and the process on PostgreSQL: the standards check (NQ 112/2025 from
 * 01/01/2026), bad input naming the field, duplicates, each role; the household consultation per commune (R8: over
 * ALL households) with its public page; a failed consultation following the configured row (DUNG); a council
 * against (R11); the Ministry returning the dossier; the effective date changing the register (predecessors end,
 * the new unit begins with its links) and the classification due one year later (R16).
 */
@PostgresIntegrationTest
class RestructuringSchemeApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    vn.noivu.bpm.documents.DocumentService documents;

    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = String.format("%06d", System.nanoTime() % 1_000_000);
    private final String province = "T" + suffix;
    private final String communeA = "A" + suffix;
    private final String communeB = "B" + suffix;
    private final String communeC = "C" + suffix;
    private final LocalDate today = LocalDate.now(Deadlines.ZONE);

    /** Open schemes would crowd the task lists other browser tests click in. */
    @org.junit.jupiter.api.AfterEach
    void endTheSchemes() {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("restructuring-scheme").list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test done"));
    }

    @BeforeEach
    void register() {
        unit(province, "Tỉnh Thử Nghiệm " + suffix, "TINH", null);
        unit(communeA, "Xã An " + suffix, "XA", province);
        unit(communeB, "Xã Bình " + suffix, "XA", province);
        unit(communeC, "Xã Cường " + suffix, "XA", province);
        statistics(communeA, "20", 9000);
        statistics(communeB, "25", 8000);
        statistics(communeC, "40", 20000);
    }

    private void unit(String code, String name, String kind, String parent) {
        jdbc.update("INSERT INTO restructuring_unit (code, name, kind, parent_code, valid_from, import_id) VALUES (?, ?, ?, ?, ?, 0)",
                code, name, kind, parent, Date.valueOf(LocalDate.of(2025, 7, 1)));
    }

    private void statistics(String code, String area, long population) {
        jdbc.update("""
                INSERT INTO restructuring_unit_statistics (code, data_date, area_km2, population, mountainous, island,
                    land_border, coastal_bai_ngang, import_id) VALUES (?, ?, ?, ?, false, false, false, false, 0)""",
                code, Date.valueOf(LocalDate.of(2025, 12, 31)), new java.math.BigDecimal(area), population);
    }

    private HttpTestClient as(String user) {
        return new HttpTestClient(port).as(user, user);
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    /** A merger of A and B (45 km², 17,000 people: meets the lowland xã standard of NQ 112/2025). */
    private String merger(String code, String areaA, long populationA, String explanation) {
        return """
                {"code": "%s", "title": "Đề án nhập xã An và xã Bình", "provinceCode": "%s", "schemeDate": "2026-02-01",
                 %s
                 "arrangements": [{"change": "MERGE", "units": ["%s", "%s"], "results": [
                   {"code": "N%s", "name": "Xã An Bình %s", "kind": "XA", "seat": "Trụ sở xã An",
                    "parts": [{"unitCode": "%s", "areaKm2": %s, "population": %d},
                              {"unitCode": "%s", "areaKm2": 25, "population": 8000}]}]}]}
                """.formatted(code, province, explanation == null ? "" : "\"explanation\": \"" + explanation + "\",",
                communeA, communeB, suffix, suffix, communeA, areaA, populationA, communeB);
    }

    private JsonNode create(String code) throws IOException {
        JsonNode created = body(as("chuyenvien").postJson("/api/restructuring/schemes", merger(code, "20", 9000, null)), 201);
        signDocuments(created.path("processInstanceId").asText());
        return created;
    }

    /**
     * Every document the scheme waits for through document-issue (the Đề án and the Kế hoạch before the consultation,
     * the Báo cáo kết quả after it, the Báo cáo tổng hợp and the Tờ trình with the dossier): chuyenvien submits the
     * draft, lanhdao signs, the register numbers it.
     */
    private void signDocuments(String pid) {
        for (int i = 0; i < 5; i++) {
            List<org.camunda.bpm.engine.runtime.ProcessInstance> pending = engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(pid).processDefinitionKey("document-issue").list();
            if (pending.isEmpty()) {
                return;
            }
            for (org.camunda.bpm.engine.runtime.ProcessInstance document : pending) {
                engine.getTaskService().complete(task(document.getId(), "reviewDocumentDraft").getId());
                engine.getTaskService().complete(task(document.getId(), "signDocument").getId(), Map.of("approved", true));
            }
        }
    }

    private String issuedText(String type, String subject) throws IOException {
        byte[] pdf = documents.latestIssued(type, subject).orElseThrow().pdf();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private int issuedCount(String type, String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outgoing_document WHERE type_code = ? AND subject = ?",
                Integer.class, type, subject);
    }

    private void assertField(HttpResponse<String> response, String field, String rule) throws IOException {
        JsonNode error = body(response, 400);
        assertThat(error.path("fields").get(0).path("field").asText()).as(response.body()).isEqualTo(field);
        assertThat(error.path("fields").get(0).path("rule").asText()).as(response.body()).isEqualTo(rule);
        assertThat(error.path("fields").get(0).path("message").asText()).isNotBlank();
    }

    @Test
    void aSchemeIsCheckedAtOnceAndBadInputNamesTheField() throws IOException {
        String code = "DA-" + suffix;
        JsonNode created = create(code);
        assertThat(created.path("standardsMet").asBoolean()).isTrue();
        long id = created.path("id").asLong();

        JsonNode scheme = body(as("lanhdao").get("/api/restructuring/schemes/" + id), 200);
        assertThat(scheme.path("statusLabel").asText()).isEqualTo("Đang lấy ý kiến hộ gia đình");
        assertThat(scheme.path("regime").asText()).isEqualTo("ND-321-2025");
        JsonNode result = scheme.path("arrangements").get(0).path("results").get(0);
        assertThat(result.path("areaKm2").decimalValue()).isEqualByComparingTo("45");
        assertThat(result.path("population").asLong()).isEqualTo(17000);
        assertThat(result.path("check").path("basis").asText()).isEqualTo("NQ-112-2025");
        assertThat(result.path("check").path("populationPercent").decimalValue()).isEqualByComparingTo("106.25");
        assertThat(result.path("check").path("citations").get(0).asText()).contains("112/2025");
        assertThat(result.path("parts").get(0).path("shareLabel").asText()).isEqualTo("toàn bộ");
        assertThat(scheme.path("consultations")).hasSize(2);

        // duplicates, unknown units, parts larger than the unit, a standard not met without the explanation
        assertThat(body(as("chuyenvien").postJson("/api/restructuring/schemes", merger(code, "20", 9000, null)), 409)
                .path("error").asText()).isEqualTo("scheme_code_taken");
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes", merger("DB-" + suffix, "20", 9000, null)
                .replace("\"units\": [\"" + communeA, "\"units\": [\"ZZ" + suffix)), "arrangements[0].units[0]", "inRegister");
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes", merger("DC-" + suffix, "20.5", 9000, null)),
                "arrangements[0].results[0].parts[0].areaKm2", "withinPredecessor");
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes", merger("DD-" + suffix, "20", 9001, null)),
                "arrangements[0].results[0].parts[0].population", "withinPredecessor");
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes", merger("DE-" + suffix, "20", 7000, null)),
                "explanation", "requiredWhenStandardNotMet");
        JsonNode explained = body(as("chuyenvien").postJson("/api/restructuring/schemes",
                merger("DF-" + suffix, "20", 7000, "Xã có vị trí biệt lập")), 201);
        assertThat(explained.path("standardsMet").asBoolean()).isFalse();
        JsonNode unmet = body(as("chuyenvien").get("/api/restructuring/schemes/" + explained.path("id").asLong()), 200);
        assertThat(unmet.path("explanation").asText()).isEqualTo("Xã có vị trí biệt lập");
        assertThat(unmet.path("arrangements").get(0).path("results").get(0).path("check").path("unmet").get(0).asText())
                .contains("15000", "16000");
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes", merger("DG-" + suffix, "20", 9000, null)
                .replace("\"MERGE\"", "\"SPLIT\"")), "arrangements[0].change", "oneOf");
        assertThat(as("chuyenvien").postJson("/api/restructuring/schemes", "{\"code\": ").statusCode()).isEqualTo(400);
        assertThat(as("chuyenvien").postJson("/api/restructuring/schemes", "{}").statusCode()).isEqualTo(400);

        // roles
        assertThat(as("lanhdao").postJson("/api/restructuring/schemes", merger("DH-" + suffix, "20", 9000, null)).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).postJson("/api/restructuring/schemes", merger("DH-" + suffix, "20", 9000, null)).statusCode()).isEqualTo(401);
        assertThat(as("thietke").get("/api/restructuring/schemes/" + id).statusCode()).isEqualTo(403);
        assertThat(new HttpTestClient(port).get("/api/restructuring/schemes/" + id).statusCode()).isEqualTo(401);
        assertThat(as("ubndxa").get("/api/restructuring/schemes/" + id).statusCode()).isEqualTo(200);
        assertThat(as("lanhdao").get("/api/restructuring/schemes/999999999").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> report(long id, String commune, long total, long consulted, long agree, long disagree) {
        return as("ubndxa").postJson("/api/restructuring/schemes/" + id + "/consultations/" + commune, """
                {"totalHouseholds": %d, "consulted": %d, "agree": %d, "disagree": %d, "otherOpinions": 0}
                """.formatted(total, consulted, agree, disagree));
    }

    private HttpResponse<String> council(long id, String unit, int delegates, int votesFor) {
        return as("chuyenvien").postJson("/api/restructuring/schemes/" + id + "/councils", """
                {"unitCode": "%s", "resolutionNumber": "%s/NQ-HĐND", "resolutionDate": "%s", "delegates": %d,
                 "votesFor": %d, "votesAgainst": %d}""".formatted(unit, unit, today, delegates, votesFor, delegates - votesFor));
    }

    private Task task(String processInstanceId, String key) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list();
        assertThat(tasks).as(key).hasSize(1);
        return tasks.get(0);
    }

    private void complete(String processInstanceId, String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(processInstanceId, key).getId(), variables);
    }

    private String status(long id) throws IOException {
        return body(as("chuyenvien").get("/api/restructuring/schemes/" + id), 200).path("status").asText();
    }

    @Test
    void aMergerRunsFromTheConsultationToTheRegister() throws IOException {
        JsonNode created = create("DM-" + suffix);
        long id = created.path("id").asLong();
        String pid = created.path("processInstanceId").asText();
        // before the communes receive the dossier: the Đề án and the Kế hoạch lấy ý kiến, signed and numbered
        assertThat(issuedCount("restructuring-scheme-document", "DM-" + suffix)).isOne();
        assertThat(issuedCount("restructuring-consultation-plan", "DM-" + suffix)).isOne();
        String schemeNumber = (String) engine.getRuntimeService().getVariable(pid, "schemeDocumentNumber");
        assertThat(schemeNumber).contains("/ĐA-");
        assertThat(issuedText("restructuring-scheme-document", "DM-" + suffix)).contains(schemeNumber.replace("Số: ", ""),
                "Xã An Bình " + suffix);
        assertThat((String) engine.getRuntimeService().getVariable(pid, "consultationPlanDocumentNumber")).contains("/KH-");
        Task communeTask = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("reportConsultation").list().get(0);
        assertThat(communeTask.getDueDate()).as("60 days from receipt").isNotNull();

        // R8: over ALL households: 1,900 of 4,000 fails even with 95% of participants; more agreeing than households: 400
        assertField(report(id, communeA, 4000, 2000, 4100, 0), "agree", "atMostTotal");
        assertField(report(id, communeA, 4000, 5000, 10, 0), "consulted", "atMostTotal");
        assertThat(body(report(id, "Q" + suffix, 4000, 2000, 2000, 0), 404).path("error").asText()).isEqualTo("commune_not_in_scheme");
        JsonNode a = body(report(id, communeA, 4000, 2500, 2000, 500), 200);
        assertThat(a.path("passed").asBoolean()).as("exactly 50%: từ 50% trở lên").isTrue();
        assertThat(body(report(id, communeA, 4000, 2500, 2000, 500), 409).path("error").asText()).isEqualTo("consultation_not_open");
        assertThat(as("lanhdao").postJson("/api/restructuring/schemes/" + id + "/consultations/" + communeB,
                "{\"totalHouseholds\": 10, \"consulted\": 1, \"agree\": 1, \"disagree\": 0, \"otherOpinions\": 0}").statusCode()).isEqualTo(403);
        body(as("ubndxa").postJson("/api/restructuring/schemes/" + id + "/consultations/" + communeB, """
                {"totalHouseholds": 3000, "consulted": 2000, "agree": 1800, "disagree": 200, "otherOpinions": 0,
                 "villages": [{"village": "Thôn 1", "totalHouseholds": 1000, "consulted": 500, "agree": 450, "disagree": 50, "otherOpinions": 0},
                              {"village": "Thôn 2", "totalHouseholds": 2000, "consulted": 1500, "agree": 1350, "disagree": 150, "otherOpinions": 0}]}
                """), 200);
        // the results are in: the Báo cáo kết quả lấy ý kiến, signed and numbered, before the councils
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pid).count()).isOne();
        signDocuments(pid);
        assertThat(issuedText("restructuring-consultation-report", "DM-" + suffix)).contains("Xã An " + suffix, "2000");
        assertThat(status(id)).isEqualTo("HDND_XEM_XET");
        assertThat((String) engine.getRuntimeService().getVariable(pid, "consultationSummary"))
                .contains("Xã An " + suffix + ": 2000/4000 hộ đồng ý (50.00% tổng số hộ) → Đạt");

        // the public page: units and figures, no user ids
        HttpResponse<String> publicJson = new HttpTestClient(port).get("/api/restructuring/schemes/" + id + "/consultation");
        assertThat(publicJson.statusCode()).isEqualTo(200);
        assertThat(publicJson.body()).contains("Xã An " + suffix, "\"agree\":2000").doesNotContain("ubndxa", "chuyenvien");
        HttpResponse<String> oldPage = new HttpTestClient(port).get("/api/restructuring/schemes/" + id + "/consultation.html");
        assertThat(oldPage.statusCode()).as("the old page leads to the public site's page").isEqualTo(301);
        assertThat(oldPage.headers().firstValue("Location").orElseThrow())
                .endsWith("/sap-xep-don-vi-hanh-chinh/" + id + "/lay-y-kien");
        HttpResponse<String> page = new HttpTestClient(port).get("/sap-xep-don-vi-hanh-chinh/" + id + "/lay-y-kien");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kết quả lấy ý kiến hộ gia đình", "Xã Bình " + suffix, "Đạt").doesNotContain("ubndxa");

        // the documents through the shared generator: the scheme's code is their subject
        for (String type : List.of("restructuring-scheme-document", "restructuring-submission", "restructuring-consultation-plan",
                "restructuring-consultation-report", "restructuring-summary-report")) {
            HttpResponse<byte[]> pdf = as("chuyenvien").getResponseBytes("/api/documents/drafts/" + type + ".pdf?subject=DM-"
                    + suffix + "&issuer=SNV");
            assertThat(pdf.statusCode()).as(type).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        }

        // the commune reads the drafts its task links to (the Đề án, the Kế hoạch), no other type; other groups: 403
        for (String type : List.of("restructuring-scheme-document", "restructuring-consultation-plan")) {
            HttpResponse<byte[]> pdf = as("ubndxa").getResponseBytes("/api/documents/drafts/" + type + ".pdf?subject=DM-"
                    + suffix + "&issuer=SNV");
            assertThat(pdf.statusCode()).as("ubndxa " + type).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        }
        assertThat(as("ubndxa").getResponseBytes("/api/documents/drafts/restructuring-submission.pdf?subject=DM-" + suffix
                + "&issuer=SNV").statusCode()).as("a type not granted").isEqualTo(403);
        assertThat(as("ubndxa").get("/api/documents/types").statusCode()).isEqualTo(403);
        assertThat(as("thietke").getResponseBytes("/api/documents/drafts/restructuring-consultation-plan.pdf?subject=DM-"
                + suffix + "&issuer=SNV").statusCode()).as("a group without access").isEqualTo(403);
        assertThat(as("bantdkt").getResponseBytes("/api/documents/drafts/restructuring-consultation-plan.pdf?subject=DM-"
                + suffix + "&issuer=SNV").statusCode()).as("another procedure's group").isEqualTo(403);

        // councils: the two communes and the province
        assertField(as("chuyenvien").postJson("/api/restructuring/schemes/" + id + "/councils", """
                {"unitCode": "%s", "resolutionNumber": "1/NQ-HĐND", "resolutionDate": "%s", "delegates": 30,
                 "votesFor": 20, "votesAgainst": 15}""".formatted(communeA, today)), "votesFor", "atMostDelegates");
        assertField(council(id, "Q" + suffix, 30, 20), "unitCode", "councilOfScheme");
        body(council(id, communeA, 30, 20), 201);
        assertThat(body(council(id, communeA, 30, 20), 409).path("error").asText()).isEqualTo("council_already_recorded");
        complete(pid, "recordCouncils", Map.of());
        assertThat(status(id)).as("one council missing: the task again").isEqualTo("HDND_XEM_XET");
        body(council(id, communeB, 30, 16), 201);
        // the province's council through the Tasklist form
        Map<String, Object> form = new HashMap<>();
        form.put("councilUnitCode", province);
        form.put("councilResolutionNumber", "12/NQ-HĐND");
        form.put("councilResolutionDate", today.toString());
        form.put("councilDelegates", "80");
        form.put("councilVotesFor", "41");
        form.put("councilVotesAgainst", "39");
        complete(pid, "recordCouncils", form);
        assertThat(status(id)).isEqualTo("HOAN_THIEN_HO_SO");

        // the dossier needs its two maps
        Task dossier = task(pid, "prepareDossier");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(dossier.getId()))
                .hasMessageContaining("BAN_DO_HIEN_TRANG");
        assertField(as("chuyenvien").postMultipart("/api/restructuring/schemes/" + id + "/files", Map.of("kind", "BAN_DO"),
                Map.of("file", "%PDF-1.4".getBytes()), "ban-do.pdf"), "kind", "fileKind");
        for (String kind : List.of("BAN_DO_HIEN_TRANG", "BAN_DO_PHUONG_AN", "DU_THAO_NGHI_QUYET")) {
            assertThat(as("chuyenvien").post("/api/restructuring/schemes/" + id + "/files?kind=" + kind, "application/pdf",
                    new byte[0]).statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
            body(as("chuyenvien").postMultipart("/api/restructuring/schemes/" + id + "/files", Map.of("kind", kind),
                    Map.of("file", "%PDF-1.4 map".getBytes()), kind + ".pdf"), 201);
        }
        complete(pid, "prepareDossier", Map.of());
        // the Báo cáo tổng hợp and the Tờ trình through document-issue: submitted, signed, numbered by the register
        signDocuments(pid);
        assertThat(issuedCount("restructuring-summary-report", "DM-" + suffix)).isOne();
        assertThat(issuedCount("restructuring-submission", "DM-" + suffix)).isOne();
        assertThat((String) engine.getRuntimeService().getVariable(pid, "summaryReportDocumentNumber")).contains("/BC-");
        assertThat(status(id)).isEqualTo("BO_NOI_VU_THAM_DINH");
        complete(pid, "appraiseDossier", Map.of("approved", false, "comment", "Bổ sung số liệu dân số tạm trú"));
        complete(pid, "supplementDossier", Map.of("supplementNote", "Đã bổ sung"));
        complete(pid, "appraiseDossier", Map.of("approved", true));
        complete(pid, "recordGovernmentSubmission", Map.of("governmentSubmissionNumber", "402/TTr-CP",
                "governmentSubmissionDate", today.toString()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(pid, "recordResolution", Map.of("resolutionNumber",
                "1700/NQ-UBTVQH15", "resolutionDate", today.toString(), "effectiveDate", today.minusDays(1).toString())))
                .hasMessageContaining("effectiveDate");
        complete(pid, "recordResolution", Map.of("resolutionNumber", "1700/NQ-UBTVQH15", "resolutionDate", today.toString(),
                "effectiveDate", today.toString()));
        assertThat(status(id)).isEqualTo("CHO_HIEU_LUC");

        // the effective date: the timer, then the register in one job
        for (int i = 0; i < 2; i++) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(pid).singleResult();
            engine.getManagementService().executeJob(job.getId());
        }
        assertThat(status(id)).isEqualTo("DA_CO_HIEU_LUC");
        JsonNode newUnit = body(as("lanhdao").get("/api/units/N" + suffix + "?on=" + today), 200);
        assertThat(newUnit.path("name").asText()).isEqualTo("Xã An Bình " + suffix);
        JsonNode before = body(as("lanhdao").get("/api/units/" + communeA + "?on=" + today.minusDays(1)), 200);
        assertThat(before.path("validTo").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(as("lanhdao").get("/api/units/" + communeA + "?on=" + today).statusCode()).isEqualTo(404);
        JsonNode history = body(as("lanhdao").get("/api/units/" + communeA + "/history"), 200);
        assertThat(history.toString()).contains("N" + suffix);
        Task classify = task(pid, "classifyUnits");
        assertThat(classify.getDueDate().toInstant().atZone(Deadlines.ZONE).toLocalDate()).as("R16: one year").isEqualTo(today.plusYears(1));
        complete(pid, "classifyUnits", Map.of("classificationDecision", "Quyết định 1/QĐ-UBND, loại II"));
        complete(pid, "setUpBodies", Map.of("setUpNote", "Đã kiện toàn"));
        assertThat(status(id)).isEqualTo("HOAN_THANH");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    }

    @Test
    void aFailedConsultationFollowsTheConfiguredRowAndACouncilAgainstStops() throws IOException {
        JsonNode failed = create("DX-" + suffix);
        long id = failed.path("id").asLong();
        body(report(id, communeA, 4000, 2000, 1900, 100), 200);
        // commune B sends its villages as a spreadsheet: every bad cell listed, then the sums stored
        JsonNode bad = body(as("ubndxa").postMultipart("/api/restructuring/schemes/" + id + "/consultations/" + communeB + "/sheet",
                Map.of(), Map.of("file", vn.noivu.bpm.Spreadsheets.xlsx("Kết quả", List.of(
                        List.of("Thôn, tổ dân phố", "Tổng số hộ", "Số hộ tham gia", "Đồng ý", "Không đồng ý", "Ý kiến khác"),
                        List.of("Thôn 1", "nhiều", "800", "700", "100", "0"),
                        List.of("", "2000", "1200", "1100", "-1", "0")))), "ket-qua.xlsx"), 400);
        assertThat(bad.path("fields")).hasSize(3);
        assertThat(bad.path("fields").get(0).path("field").asText()).isEqualTo("file[2].Tổng số hộ");
        JsonNode sheet = body(as("ubndxa").postMultipart("/api/restructuring/schemes/" + id + "/consultations/" + communeB + "/sheet",
                Map.of(), Map.of("file", vn.noivu.bpm.Spreadsheets.xlsx("Kết quả", List.of(
                        List.of("Thôn, tổ dân phố", "Tổng số hộ", "Số hộ tham gia", "Đồng ý", "Không đồng ý", "Ý kiến khác"),
                        List.of("Thôn 1", "1000", "800", "700", "100", "0"),
                        List.of("Thôn 2", "2000", "1200", "1100", "100", "0")))), "ket-qua.xlsx"), 200);
        assertThat(sheet.path("agreePercentOfTotal").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(body(as("chuyenvien").get("/api/restructuring/schemes/" + id), 200).path("consultations").get(1)
                .path("villages")).hasSize(2);
        assertThat(status(id)).as("ND 321 row: DUNG").isEqualTo("DUNG_KHONG_DAT_Y_KIEN");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(failed.path("processInstanceId").asText()).count()).isZero();

        JsonNode against = body(as("chuyenvien").postJson("/api/restructuring/schemes",
                merger("DY-" + suffix, "20", 9000, null).replace(communeA, communeC).replace("\"areaKm2\": 20,", "\"areaKm2\": 40,")
                        .replace("\"population\": 9000", "\"population\": 20000")), 201);
        long second = against.path("id").asLong();
        signDocuments(against.path("processInstanceId").asText());
        body(report(second, communeC, 100, 100, 100, 0), 200);
        body(report(second, communeB, 100, 100, 100, 0), 200);
        signDocuments(against.path("processInstanceId").asText());
        body(council(second, communeC, 30, 20), 201);
        body(council(second, communeB, 30, 20), 201);
        body(council(second, province, 80, 40), 201);
        complete(against.path("processInstanceId").asText(), "recordCouncils", Map.of());
        assertThat(status(second)).as("R11: 40 of 80 is not a majority").isEqualTo("DUNG_HDND_KHONG_TAN_THANH");
    }

    @Test
    void aProvinceMergerConsultsEveryCommuneOfBothProvinces() throws IOException {
        String other = "U" + suffix;
        unit(other, "Tỉnh Bên Cạnh " + suffix, "TINH", null);
        unit("D" + suffix, "Xã Đông " + suffix, "XA", other);
        statistics(province, "3000", 900000);
        statistics(other, "2500", 700000);
        JsonNode created = body(as("chuyenvien").postJson("/api/restructuring/schemes", """
                {"code": "DP-%s", "title": "Đề án hợp nhất hai tỉnh", "provinceCode": "%s", "schemeDate": "2026-02-01",
                 "arrangements": [{"change": "MERGE", "units": ["%s", "%s"], "results": [
                   {"code": "P%s", "name": "Tỉnh Hợp Nhất %s", "kind": "TINH", "seat": "Trụ sở tỉnh %s",
                    "parts": [{"unitCode": "%s", "areaKm2": 3000, "population": 900000},
                              {"unitCode": "%s", "areaKm2": 2500, "population": 700000}]}]}]}
                """.formatted(suffix, province, province, other, suffix, suffix, province, province, other)), 201);
        assertThat(created.path("standardsMet").asBoolean()).as("5,500 km², 1,600,000 people").isTrue();
        signDocuments(created.path("processInstanceId").asText());
        JsonNode scheme = body(as("chuyenvien").get("/api/restructuring/schemes/" + created.path("id").asLong()), 200);
        assertThat(scheme.path("changeLevel").asText()).isEqualTo("TINH");
        assertThat(scheme.path("changeLevelLabel").asText()).contains("Quốc hội");
        assertThat(scheme.path("consultations")).as("A, B, C of one province and D of the other").hasSize(4);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(created.path("processInstanceId").asText())
                .taskDefinitionKey("reportConsultation").count()).isEqualTo(4);
    }

    @Test
    void thePublicPagesAnswerAnUnknownSchemeWithA404PageInVietnamese() {
        HttpTestClient browser = new HttpTestClient(port);
        HttpResponse<String> list = browser.get("/sap-xep-don-vi-hanh-chinh");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<html lang=\"vi\"", "Sắp xếp đơn vị hành chính: kết quả lấy ý kiến hộ gia đình");
        HttpResponse<String> unknown = browser.get("/sap-xep-don-vi-hanh-chinh/999999999/lay-y-kien");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(unknown.body()).contains("Không tìm thấy", "Không có đề án 999999999.", "href=\"/cong-khai\"")
                .doesNotContain("scheme_not_found");
        assertThat(browser.get("/cong-khai").body()).contains("href=\"/sap-xep-don-vi-hanh-chinh\"",
                "Sắp xếp đơn vị hành chính");
    }
}
