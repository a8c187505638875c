package vn.noivu.bpm.restructuring.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;

/** What the public site lists of restructuring: the schemes whose household consultation has results. */
@Repository
public class PublishedConsultations {

    /** A scheme with reported results: how many commune consultations were opened and how many reported. */
    public record PublishedConsultation(long id, String code, String title, SchemeStatus status, int communes,
                                        int reported, Instant lastReportedAt) {
    }

    private final JdbcTemplate jdbc;

    public PublishedConsultations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The schemes with at least one reported consultation, latest report first. */
    public List<PublishedConsultation> withReportedConsultations(int limit) {
        return jdbc.query("""
                SELECT s.id, s.code, s.title, s.status, COUNT(*), COUNT(c.reported_at), MAX(c.reported_at)
                FROM restructuring_scheme s JOIN restructuring_consultation c ON c.scheme_id = s.id
                GROUP BY s.id, s.code, s.title, s.status HAVING COUNT(c.reported_at) > 0
                ORDER BY MAX(c.reported_at) DESC, s.id DESC LIMIT ?""", (row, n) -> new PublishedConsultation(
                row.getLong(1), row.getString(2), row.getString(3), SchemeStatus.valueOf(row.getString(4)), row.getInt(5),
                row.getInt(6), row.getTimestamp(7).toInstant()), limit);
    }
}
