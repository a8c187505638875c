package vn.noivu.bpm.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;

/**
 * A round's decisions go through document-issue (called by the round): the official (chuyenvien) submits the draft,
 * the head (lanhdao) signs it through the REST API, as the Tasklist does; the register then holds its number.
 */
final class RoundDocuments {

    static final String APPROVE = "{\"approved\": {\"value\": true, \"type\": \"Boolean\"}}";

    private RoundDocuments() {
    }

    /** The running document-issue instance the round called for a document of this type. */
    static String instance(ProcessEngine engine, String round, String documentType) {
        ProcessInstance document = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(round)
                .processDefinitionKey("document-issue").variableValueEquals("documentType", documentType)
                .singleResult();
        assertThat(document).as("the round waits for its " + documentType).isNotNull();
        return document.getId();
    }

    /** The open task of the document's step, as the user whose group it is offered to sees it. */
    static String task(ProcessEngine engine, String document, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(document).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    static HttpResponse<String> complete(int port, String user, String task, String variables) {
        return new HttpTestClient(port).as(user, user).postJson("/engine-rest/task/" + task + "/complete",
                "{\"variables\": " + variables + "}");
    }

    /** The official submits the draft and the head signs it: the document is numbered, the round goes on. */
    static void sign(int port, ProcessEngine engine, String round, String documentType) {
        String document = instance(engine, round, documentType);
        HttpResponse<String> submitted = complete(port, "chuyenvien", task(engine, document, "reviewDocumentDraft"), "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        HttpResponse<String> signed = complete(port, "lanhdao", task(engine, document, "signDocument"), APPROVE);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
        RoundJobs.runDue(engine.getManagementService(), round);
    }

    /** The numbers the register gave documents of this type about the round, in the order issued. */
    static List<Integer> numbers(JdbcTemplate jdbc, String documentType, String code) {
        return jdbc.queryForList("SELECT doc_number FROM outgoing_document WHERE type_code = ? AND subject = ?"
                + " ORDER BY id", Integer.class, documentType, code);
    }

    /** The number, then the date dd/MM/yyyy, as recorded for an appointee: "05/QĐ-SNV ngày 06/12/2026". */
    static String decision(int number, java.time.LocalDate day) {
        return "%02d/QĐ-SNV ngày %s".formatted(number, day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
