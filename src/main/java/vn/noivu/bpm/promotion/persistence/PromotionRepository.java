package vn.noivu.bpm.promotion.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** promotion_round; the nominations of a round are in {@link NominationRepository}. */
@Repository
public class PromotionRepository {

    /** A round; {@code id} and {@code processInstanceId} are not read by {@link #insertRound}. */
    public record RoundRow(long id, String code, String title, String authority, String staffType, String legalBasis,
                           String method, String targetTitle, int quota, LocalDate roundDate, LocalDate filingDeadline,
                           int councilMembers, Integer membersPresent, RoundStatus status, String processInstanceId) {
    }

    private static final RowMapper<RoundRow> ROUND = (row, i) -> new RoundRow(row.getLong("id"), row.getString("code"),
            row.getString("title"), row.getString("authority"), row.getString("staff_type"), row.getString("legal_basis"),
            row.getString("method"), row.getString("target_title"), row.getInt("quota"),
            row.getDate("round_date").toLocalDate(), row.getDate("filing_deadline").toLocalDate(),
            row.getInt("council_members"), (Integer) row.getObject("members_present"),
            RoundStatus.valueOf(row.getString("status")), row.getString("process_instance_id"));

    private final JdbcTemplate jdbc;

    public PromotionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean codeExists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM promotion_round WHERE code = ?", Integer.class, code) > 0;
    }

    public long insertRound(RoundRow r, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO promotion_round (code, title, authority, staff_type, legal_basis, method, target_title,
                        quota, round_date, filing_deadline, council_members, status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            s.setString(1, r.code());
            s.setString(2, r.title());
            s.setString(3, r.authority());
            s.setString(4, r.staffType());
            s.setString(5, r.legalBasis());
            s.setString(6, r.method());
            s.setString(7, r.targetTitle());
            s.setInt(8, r.quota());
            s.setDate(9, Date.valueOf(r.roundDate()));
            s.setDate(10, Date.valueOf(r.filingDeadline()));
            s.setInt(11, r.councilMembers());
            s.setString(12, r.status().name());
            s.setString(13, createdBy);
            s.setTimestamp(14, Timestamp.from(Instant.now()));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    /** A returned plan changed: everything the plan says, the code and the legal basis's staff type aside. */
    public void updatePlan(RoundRow r) {
        jdbc.update("""
                UPDATE promotion_round SET title = ?, authority = ?, staff_type = ?, legal_basis = ?, method = ?,
                    target_title = ?, quota = ?, round_date = ?, filing_deadline = ?, council_members = ?
                WHERE code = ?""", r.title(), r.authority(), r.staffType(), r.legalBasis(), r.method(), r.targetTitle(),
                r.quota(), r.roundDate(), r.filingDeadline(), r.councilMembers(), r.code());
    }

    public void setProcessInstance(long roundId, String processInstanceId) {
        jdbc.update("UPDATE promotion_round SET process_instance_id = ? WHERE id = ?", processInstanceId, roundId);
    }

    public void setStatus(String code, RoundStatus status) {
        jdbc.update("UPDATE promotion_round SET status = ? WHERE code = ?", status.name(), code);
    }

    public void recordMeeting(long roundId, int present, String minutes) {
        jdbc.update("UPDATE promotion_round SET members_present = ?, assessment_minutes = ? WHERE id = ?", present,
                minutes, roundId);
    }

    public Optional<RoundRow> find(String code) {
        return jdbc.query("SELECT * FROM promotion_round WHERE code = ?", ROUND, code).stream().findFirst();
    }

    /** The round, or 404 round_not_found. */
    public RoundRow round(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    /** The round, locked until the transaction ends: exam sheets of one round are taken one at a time. */
    public RoundRow roundForUpdate(String code) {
        return jdbc.query("SELECT * FROM promotion_round WHERE code = ? FOR UPDATE", ROUND, code).stream().findFirst()
                .orElseThrow(() -> notFound(code));
    }

    private static Refused notFound(String code) {
        return Refused.notFound("round_not_found", "Không có kỳ xét " + code + ".");
    }
}
