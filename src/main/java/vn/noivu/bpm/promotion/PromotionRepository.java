package vn.noivu.bpm.promotion;

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
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** promotion_round and promotion_nomination. */
@Repository
public class PromotionRepository {

    public record RoundRow(long id, String code, String title, String authority, String staffType, String legalBasis,
                           String method, String targetTitle, int quota, LocalDate roundDate, LocalDate filingDeadline,
                           int councilMembers, Integer membersPresent, String status, String processInstanceId) {
    }

    /** A nomination with the person's register id and citizen ID. */
    public record NominationRow(long id, long personId, String citizenId, String fullName, boolean certificatesMet,
                                boolean vacancy, String status, String reason, Boolean councilApproved,
                                Integer rank, String outcome, String appointmentStatus, String appointmentDecision,
                                java.math.BigDecimal examScore) {
    }

    private static final RowMapper<RoundRow> ROUND = (row, i) -> new RoundRow(row.getLong("id"), row.getString("code"),
            row.getString("title"), row.getString("authority"), row.getString("staff_type"), row.getString("legal_basis"),
            row.getString("method"), row.getString("target_title"), row.getInt("quota"),
            row.getDate("round_date").toLocalDate(), row.getDate("filing_deadline").toLocalDate(),
            row.getInt("council_members"), (Integer) row.getObject("members_present"), row.getString("status"),
            row.getString("process_instance_id"));

    private final JdbcTemplate jdbc;

    public PromotionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean codeExists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM promotion_round WHERE code = ?", Integer.class, code) > 0;
    }

    public long insertRound(PromotionRoundRequest r, String legalBasis, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO promotion_round (code, title, authority, staff_type, legal_basis, method, target_title,
                        quota, round_date, filing_deadline, council_members, status, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            s.setString(1, r.code());
            s.setString(2, r.title());
            s.setString(3, r.authority());
            s.setString(4, r.staffType().name());
            s.setString(5, legalBasis);
            s.setString(6, r.method().name());
            s.setString(7, r.targetTitle());
            s.setInt(8, r.quota());
            s.setDate(9, Date.valueOf(r.roundDate()));
            s.setDate(10, Date.valueOf(r.filingDeadline()));
            s.setInt(11, r.councilMembers());
            s.setString(12, RoundStatus.CHO_DUYET_PHUONG_AN.name());
            s.setString(13, createdBy);
            s.setTimestamp(14, Timestamp.from(Instant.now()));
            return s;
        }, key);
        return key.getKey().longValue();
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

    /** The round, locked until the transaction ends: exam sheets of one round are taken one at a time. */
    public Optional<RoundRow> findForUpdate(String code) {
        return jdbc.query("SELECT * FROM promotion_round WHERE code = ? FOR UPDATE", ROUND, code).stream().findFirst();
    }

    public List<NominationRow> nominations(long roundId) {
        return jdbc.query("""
                SELECT n.*, p.citizen_id, p.full_name FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id WHERE n.round_id = ?
                ORDER BY CASE WHEN n.rank_position IS NULL THEN 1 ELSE 0 END, n.rank_position, p.citizen_id""",
                (row, i) -> new NominationRow(row.getLong("id"), row.getLong("person_id"), row.getString("citizen_id"),
                        row.getString("full_name"), row.getBoolean("certificates_met"), row.getBoolean("vacancy"),
                        row.getString("status"), row.getString("reason"), (Boolean) row.getObject("council_approved"),
                        (Integer) row.getObject("rank_position"), row.getString("outcome"),
                        row.getString("appointment_status"), row.getString("appointment_decision"),
                        row.getBigDecimal("exam_score")), roundId);
    }
}
