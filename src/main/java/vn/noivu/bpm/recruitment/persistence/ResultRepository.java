package vn.noivu.bpm.recruitment.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.recruitment.domain.ExamScores;
import vn.noivu.bpm.recruitment.domain.RankedRow;
import vn.noivu.bpm.recruitment.domain.TieDecisions;

/** The ranking of a round (recruitment_result), the head's tie decisions and what ranking reads. */
@Repository
public class ResultRepository {

    /** A candidate's published outcome, for the applicant's message. */
    /** A winner as the decision recognising the results lists them. */
    public record DecidedWinner(String fullName, String positionTitle, java.math.BigDecimal totalScore, String agency) {
    }

    /** The winners of a round, by position and rank. */
    public List<DecidedWinner> winners(long roundId, String winnerOutcome) {
        return jdbc.query("""
                SELECT a.full_name, p.title, r.total_score, r.assigned_agency
                FROM recruitment_result r JOIN recruitment_application a ON a.id = r.application_id
                JOIN recruitment_position p ON p.id = a.position_id
                WHERE a.round_id = ? AND r.outcome = ? ORDER BY p.code, r.rank_position, a.full_name""",
                (row, i) -> new DecidedWinner(row.getString(1), row.getString(2), row.getBigDecimal(3),
                        row.getString(4)), roundId, winnerOutcome);
    }

    public record Published(String applicationNumber, String email, String fullName, String outcome) {
    }

    private final JdbcTemplate jdbc;

    public ResultRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rank, total, outcome and agency of every application of the round, as new rows of recruitment_result
     * (the previous ranking of the round is replaced): one batch, rewritten into multi-row inserts on PostgreSQL.
     */
    public void replaceResults(long roundId, List<RankedRow> rows) {
        jdbc.update("DELETE FROM recruitment_result WHERE application_id IN "
                + "(SELECT id FROM recruitment_application WHERE round_id = ?)", roundId);
        jdbc.batchUpdate("INSERT INTO recruitment_result (total_score, rank_position, outcome, assigned_agency, "
                + "application_id) VALUES (?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r.total(), r.rank(),
                r.outcome(), r.agency(), r.applicationId()}).toList());
    }

    /** The head's decision on open ties: per tie, who was in it and who was chosen (replaces an earlier one). */
    public void replaceTieDecisions(List<TieDecisions.Decision> decisions, String decidedBy) {
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (TieDecisions.Decision decision : decisions) {
            jdbc.update("DELETE FROM recruitment_tie_decision WHERE position_id = ? AND agency_code = ?",
                    decision.positionId(), decision.agency());
            decision.tied().forEach(id -> rows.add(new Object[] {decision.positionId(), decision.agency(), id,
                    decision.chosen().contains(id), decidedBy, now}));
        }
        jdbc.batchUpdate("INSERT INTO recruitment_tie_decision (position_id, agency_code, application_id, selected, "
                + "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    public TieDecisions tieDecisions(long roundId) {
        Map<String, Set<Long>> tied = new HashMap<>();
        Map<String, Set<Long>> selected = new HashMap<>();
        jdbc.query("""
                SELECT d.position_id, d.agency_code, d.application_id, d.selected FROM recruitment_tie_decision d
                JOIN recruitment_position p ON p.id = d.position_id WHERE p.round_id = ?""", row -> {
            String scope = TieDecisions.scope(row.getLong("position_id"), row.getString("agency_code"));
            tied.computeIfAbsent(scope, k -> new HashSet<>()).add(row.getLong("application_id"));
            if (row.getBoolean("selected")) {
                selected.computeIfAbsent(scope, k -> new HashSet<>()).add(row.getLong("application_id"));
            }
        }, roundId);
        return new TieDecisions(tied, selected);
    }

    /** A shared position's places per agency, in agency order (empty for a position of one agency). */
    public Map<String, Integer> agencyPlaces(long positionId) {
        Map<String, Integer> places = new LinkedHashMap<>();
        jdbc.query("SELECT agency_code, quota FROM recruitment_position_agency WHERE position_id = ? ORDER BY agency_code",
                row -> { places.put(row.getString("agency_code"), row.getInt("quota")); }, positionId);
        return places;
    }

    /** Every recorded score of the round: by application, by stage (VONG_1, VONG_2). */
    public Map<Long, Map<String, ExamScores>> scores(long roundId) {
        Map<Long, Map<String, ExamScores>> all = new HashMap<>();
        jdbc.query("""
                SELECT s.* FROM recruitment_score s JOIN recruitment_application a ON a.id = s.application_id
                WHERE a.round_id = ?""", row -> {
            all.computeIfAbsent(row.getLong("application_id"), id -> new HashMap<>()).put(row.getString("stage"),
                    new ExamScores((Integer) row.getObject("correct_answers"), (Integer) row.getObject("total_questions"),
                            row.getBigDecimal("score"), row.getBigDecimal("written"), row.getBigDecimal("interview"),
                            row.getBoolean("absent"), (Integer) row.getObject("part2_correct"),
                            (Integer) row.getObject("part2_questions")));
        }, roundId);
        return all;
    }

    /** The published outcome of every eligible candidate of the round. */
    public List<Published> published(long roundId, String ineligible) {
        return jdbc.query("""
                SELECT a.application_number, a.email, a.full_name, r.outcome FROM recruitment_application a
                JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.round_id = ? AND r.outcome <> ?""",
                (row, i) -> new Published(row.getString("application_number"), row.getString("email"),
                        row.getString("full_name"), row.getString("outcome")), roundId, ineligible);
    }
}
