package vn.noivu.bpm.recruitment;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outcome of every application of a round, by application number, as the results table holds it. */
final class RoundOutcomes {

    private RoundOutcomes() {
    }

    static Map<String, String> of(JdbcTemplate jdbc, String roundCode) {
        Map<String, String> outcomes = new HashMap<>();
        jdbc.query("""
                SELECT a.application_number, r.outcome FROM recruitment_result r
                JOIN recruitment_application a ON a.id = r.application_id
                JOIN recruitment_round d ON d.id = a.round_id WHERE d.code = ?""",
                row -> { outcomes.put(row.getString(1), row.getString(2)); }, roundCode);
        return outcomes;
    }
}
