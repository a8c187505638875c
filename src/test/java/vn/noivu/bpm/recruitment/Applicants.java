package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.HttpTestClient;

/** Applies as a citizen does and reads the dossier number from the email the applicant receives. */
final class Applicants {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Applicants() {
    }

    static String apply(HttpTestClient citizen, JdbcTemplate jdbc, String roundCode, String application)
            throws IOException {
        HttpResponse<String> response = citizen.postJson("/api/recruitment/rounds/" + roundCode + "/applications",
                application);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode receipt = JSON.readTree(response.body());
        assertThat(receipt.path("status").asText()).isEqualTo("TIEP_NHAN");
        assertThat(receipt.has("applicationNumber")).as("the answer names no dossier").isFalse();
        return receivedNumber(jdbc, roundCode, receipt.path("email").asText());
    }

    /** The number in the "received" email to this address for this round. */
    static String receivedNumber(JdbcTemplate jdbc, String roundCode, String email) {
        List<String> numbers = jdbc.queryForList("""
                SELECT subject_ref FROM notification WHERE kind = 'APPLICANT_RECEIVED' AND recipient = ?
                  AND subject_ref LIKE ? AND title LIKE '%' || subject_ref || '%'""", String.class, email,
                roundCode.replace("_", "\\_").replace("%", "\\%") + "-%");
        assertThat(numbers).as("one received email to " + email).hasSize(1);
        return numbers.get(0);
    }
}
