package vn.noivu.bpm.recruitment.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Review requests (phúc khảo) of paper written exams and their re-marking (recruitment_review_request). */
@Repository
public class ReviewRepository {

    /** An application's round-2 paper, as a review request needs it. */
    public record Paper(long applicationId, String citizenId, String roundCode, String roundStatus,
                        Instant windowEnd, String round2Format, BigDecimal score, BigDecimal written,
                        Boolean absent) {
    }

    /** A request of the round: the application and the score published before review. */
    public record Request(long applicationId, String applicationNumber, BigDecimal published) {
    }

    /** The markers' scores of a request, the review score, whether the council decides, the score adopted. */
    public record Remarking(BigDecimal marker1, BigDecimal marker2, BigDecimal marker3, BigDecimal review,
                            boolean toCouncil, BigDecimal adopted, long applicationId) {
    }

    /** A request with published and review (or adopted) scores, with who filed it. */
    public record Scored(long applicationId, String applicationNumber, String email, String fullName,
                         BigDecimal published, BigDecimal review, BigDecimal adopted) {
    }

    private static final String OF_ROUND = """
            SELECT q.application_id, a.application_number, a.email, a.full_name, q.published_score, q.review_score,
                   q.adopted_score
            FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
            WHERE a.round_id = ?""";

    private final JdbcTemplate jdbc;

    public ReviewRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Paper> papers(String applicationNumber, String round2Stage) {
        return jdbc.query("""
                SELECT a.id, a.citizen_id, r.code, r.status, r.review_window_end, p.round2_format, s.score, s.written,
                       s.absent
                FROM recruitment_application a JOIN recruitment_round r ON r.id = a.round_id
                JOIN recruitment_position p ON p.id = a.position_id
                LEFT JOIN recruitment_score s ON s.application_id = a.id AND s.stage = ?
                WHERE a.application_number = ?""", (row, i) -> new Paper(row.getLong(1), row.getString(2),
                row.getString(3), row.getString(4), row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant(),
                row.getString(6), row.getBigDecimal(7), row.getBigDecimal(8), (Boolean) row.getObject(9)),
                round2Stage, applicationNumber);
    }

    /** False when the application already has a request. */
    public boolean insert(long applicationId, Instant filedAt, String reason, BigDecimal published) {
        try {
            jdbc.update("""
                    INSERT INTO recruitment_review_request (application_id, filed_at, reason, published_score)
                    VALUES (?, ?, ?, ?)""", applicationId, Timestamp.from(filedAt), reason, published);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public int count(String roundCode) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                JOIN recruitment_round r ON r.id = a.round_id WHERE r.code = ?""", Integer.class, roundCode);
    }

    /** The round's requests by application number. */
    public Map<String, Request> requests(long roundId) {
        Map<String, Request> requests = new HashMap<>();
        jdbc.query(OF_ROUND, row -> {
            requests.put(row.getString("application_number"), new Request(row.getLong("application_id"),
                    row.getString("application_number"), row.getBigDecimal("published_score")));
        }, roundId);
        return requests;
    }

    public void storeRemarking(List<Remarking> remarks) {
        jdbc.batchUpdate("""
                UPDATE recruitment_review_request SET marker1 = ?, marker2 = ?, marker3 = ?, review_score = ?,
                    needs_council = ?, adopted_score = ? WHERE application_id = ?""", remarks.stream()
                .map(r -> new Object[] {r.marker1(), r.marker2(), r.marker3(), r.review(), r.toCouncil(), r.adopted(),
                        r.applicationId()}).toList());
    }

    public int awaitingRemarking(long roundId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.review_score IS NULL""", Integer.class, roundId);
    }

    public int toCouncil(long roundId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM recruitment_review_request q JOIN recruitment_application a ON a.id = q.application_id
                WHERE a.round_id = ? AND q.needs_council""", Integer.class, roundId);
    }

    /** Re-marked scores the council decides on, in filing order; {@code undecided}: only those not adopted yet. */
    public List<Scored> councilCases(long roundId, boolean undecided) {
        return jdbc.query(OF_ROUND + " AND q.needs_council" + (undecided ? " AND q.adopted_score IS NULL" : "")
                + " ORDER BY a.id", (row, i) -> scored(row), roundId);
    }

    /** The council's decision: the review score or the published one becomes the adopted score. */
    public void adoptCouncilDecision(long roundId, boolean adoptReviewScores) {
        jdbc.update("""
                UPDATE recruitment_review_request SET adopted_score = CASE WHEN ? THEN review_score ELSE published_score END
                WHERE needs_council AND adopted_score IS NULL
                  AND application_id IN (SELECT id FROM recruitment_application WHERE round_id = ?)""",
                adoptReviewScores, roundId);
    }

    /** Requests of the round with an adopted score. */
    public List<Scored> adopted(long roundId) {
        return jdbc.query(OF_ROUND + " AND q.adopted_score IS NOT NULL", (row, i) -> scored(row), roundId);
    }

    /** The adopted scores after review of a round, by application: ranking uses them instead of the published ones. */
    public Map<Long, BigDecimal> adoptedScores(long roundId) {
        Map<Long, BigDecimal> adopted = new HashMap<>();
        adopted(roundId).forEach(s -> adopted.put(s.applicationId(), s.adopted()));
        return adopted;
    }

    private static Scored scored(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Scored(row.getLong("application_id"), row.getString("application_number"), row.getString("email"),
                row.getString("full_name"), row.getBigDecimal("published_score"), row.getBigDecimal("review_score"),
                row.getBigDecimal("adopted_score"));
    }
}
