package vn.noivu.bpm.recruitment.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.platform.database.DatabaseVendor;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.domain.Applicant;
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
    private final DatabaseVendor vendor;

    public ResultRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.vendor = new DatabaseVendor(jdbc);
    }

    /** The round's applications as ranking reads them, and the round's stored ranking (by application id). */
    public record RankingInput(List<Applicant> applicants, Map<Long, RankedRow> stored) {
    }

    /**
     * Every application of the round in id order with its scores of both rounds and its stored result, in one
     * pass over the round: a round ranks up to 100,000 applications.
     */
    public RankingInput rankingInput(long roundId) {
        List<Applicant> applicants = new ArrayList<>();
        Map<Long, RankedRow> stored = new HashMap<>();
        jdbc.query("""
                SELECT a.id, a.position_id, a.priority_points, a.status, a.agency_preferences,
                    s1.application_id, s1.correct_answers, s1.total_questions, s1.score, s1.written, s1.interview,
                    s1.absent, s1.part2_correct, s1.part2_questions,
                    s2.application_id, s2.correct_answers, s2.total_questions, s2.score, s2.written, s2.interview,
                    s2.absent, s2.part2_correct, s2.part2_questions,
                    r.total_score, r.rank_position, r.outcome, r.assigned_agency
                FROM recruitment_application a
                LEFT JOIN recruitment_score s1 ON s1.application_id = a.id AND s1.stage = ?
                LEFT JOIN recruitment_score s2 ON s2.application_id = a.id AND s2.stage = ?
                LEFT JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.round_id = ? ORDER BY a.id""", row -> {
            long id = row.getLong(1);
            applicants.add(new Applicant(id, row.getLong(2), row.getBigDecimal(3), row.getString(4), row.getString(5),
                    examScores(row, 6), examScores(row, 15)));
            String outcome = row.getString(26);
            if (outcome != null) {
                stored.put(id, new RankedRow(row.getBigDecimal(24), (Integer) row.getObject(25), outcome,
                        row.getString(27), id));
            }
        }, ExamStage.VONG_1.name(), ExamStage.VONG_2.name(), roundId);
        return new RankingInput(applicants, stored);
    }

    /** The scores in the nine columns from {@code first} (the score row's key first); null when there is none. */
    private static ExamScores examScores(ResultSet row, int first) throws SQLException {
        if (row.getObject(first) == null) {
            return null;
        }
        return new ExamScores((Integer) row.getObject(first + 1), (Integer) row.getObject(first + 2),
                row.getBigDecimal(first + 3), row.getBigDecimal(first + 4), row.getBigDecimal(first + 5),
                row.getBoolean(first + 6), (Integer) row.getObject(first + 7), (Integer) row.getObject(first + 8));
    }

    /**
     * Makes recruitment_result hold {@code rows} for the round whose stored ranking was {@code stored}: stored rows
     * not in {@code rows} are removed. Only what differs is written: a re-ranking after a tie decision or a review
     * changes few rows.
     */
    public void replaceResults(Map<Long, RankedRow> stored, List<RankedRow> rows) {
        List<RankedRow> inserted = new ArrayList<>();
        List<RankedRow> updated = new ArrayList<>();
        for (RankedRow row : rows) {
            RankedRow before = stored.get(row.applicationId());
            if (before == null) {
                inserted.add(row);
            } else if (!same(before, row)) {
                updated.add(row);
            }
        }
        if (rows.size() - inserted.size() < stored.size()) {
            Set<Long> ranked = new HashSet<>();
            rows.forEach(row -> ranked.add(row.applicationId()));
            jdbc.batchUpdate("DELETE FROM recruitment_result WHERE application_id = ?", stored.keySet().stream()
                    .filter(id -> !ranked.contains(id)).map(id -> new Object[] {id}).toList());
        }
        write(updated, """
                UPDATE recruitment_result r SET total_score = n.total_score, rank_position = n.rank_position,
                    outcome = n.outcome, assigned_agency = n.assigned_agency
                FROM unnest(?::numeric[], ?::integer[], ?::varchar[], ?::varchar[], ?::bigint[])
                    AS n (total_score, rank_position, outcome, assigned_agency, application_id)
                WHERE r.application_id = n.application_id""",
                "UPDATE recruitment_result SET total_score = ?, rank_position = ?, outcome = ?, assigned_agency = ? "
                        + "WHERE application_id = ?");
        insert(inserted);
    }

    /**
     * New result rows: on PostgreSQL with COPY (a round's first ranking writes up to 100,000 rows; PostgreSQL reads
     * COPY's text twice as fast as the same values in array parameters), elsewhere (H2) as a batch.
     */
    private void insert(List<RankedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!vendor.isPostgres()) {
            jdbc.batchUpdate("INSERT INTO recruitment_result (total_score, rank_position, outcome, assigned_agency, "
                    + "application_id) VALUES (?, ?, ?, ?, ?)", rows.stream().map(r -> new Object[] {r.total(),
                    r.rank(), r.outcome(), r.agency(), r.applicationId()}).toList());
            return;
        }
        StringBuilder text = new StringBuilder(rows.size() * 32);
        for (RankedRow row : rows) {
            text.append(row.total() == null ? "\\N" : row.total().toPlainString()).append('\t')
                    .append(row.rank() == null ? "\\N" : row.rank().toString()).append('\t');
            copyText(text, row.outcome()).append('\t');
            copyText(text, row.agency()).append('\t').append(row.applicationId()).append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY recruitment_result "
                        + "(total_score, rank_position, outcome, assigned_agency, application_id) FROM STDIN",
                        new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A value in COPY's text format: NULL as \N, and the characters that separate values escaped. */
    private static StringBuilder copyText(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }

    private static boolean same(RankedRow a, RankedRow b) {
        return (a.total() == null ? b.total() == null : b.total() != null && a.total().compareTo(b.total()) == 0)
                && Objects.equals(a.rank(), b.rank()) && a.outcome().equals(b.outcome())
                && Objects.equals(a.agency(), b.agency());
    }

    /**
     * Writes rows with one statement whose parameters are arrays (total, rank, outcome, agency, application id) on
     * PostgreSQL, or with a batch of the one-row statement elsewhere (H2).
     */
    private void write(List<RankedRow> rows, String withArrays, String oneRow) {
        if (rows.isEmpty()) {
            return;
        }
        if (!vendor.isPostgres()) {
            jdbc.batchUpdate(oneRow, rows.stream().map(r -> new Object[] {r.total(), r.rank(), r.outcome(), r.agency(),
                    r.applicationId()}).toList());
            return;
        }
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(withArrays);
            statement.setArray(1, connection.createArrayOf("numeric",
                    rows.stream().map(RankedRow::total).toArray(BigDecimal[]::new)));
            statement.setArray(2, connection.createArrayOf("integer",
                    rows.stream().map(RankedRow::rank).toArray(Integer[]::new)));
            statement.setArray(3, connection.createArrayOf("varchar",
                    rows.stream().map(RankedRow::outcome).toArray(String[]::new)));
            statement.setArray(4, connection.createArrayOf("varchar",
                    rows.stream().map(RankedRow::agency).toArray(String[]::new)));
            statement.setArray(5, connection.createArrayOf("bigint",
                    rows.stream().map(RankedRow::applicationId).toArray(Long[]::new)));
            return statement;
        });
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
