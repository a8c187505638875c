package vn.noivu.bpm.recruitment.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.domain.Winner;

/** Each winner's hiring (recruitment_hiring), from the offer to the start of work or the cancellation. */
@Repository
public class HiringRepository {

    /** A candidate below the vacated place who passed and has not been asked yet. */
    public record Below(String applicationNumber, int rank, BigDecimal total, String fullName) {
    }

    private final JdbcTemplate jdbc;
    private final RoundRepository rounds;

    public HiringRepository(JdbcTemplate jdbc, RoundRepository rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    public void insert(long applicationId, long roundId, Instant offeredAt, Long replaces) {
        jdbc.update("""
                INSERT INTO recruitment_hiring (application_id, round_id, status, offered_at, replaces_application_id)
                VALUES (?, ?, ?, ?, ?)""", applicationId, roundId, HiringStatus.HOAN_THIEN_HO_SO.name(),
                Timestamp.from(offeredAt), replaces);
    }

    public String cancellationReason(long applicationId) {
        return jdbc.queryForObject("SELECT cancellation_reason FROM recruitment_hiring WHERE application_id = ?",
                String.class, applicationId);
    }

    public void setOutcome(long applicationId, ResultOutcome outcome) {
        jdbc.update("UPDATE recruitment_result SET outcome = ? WHERE application_id = ?", outcome.name(), applicationId);
    }

    public void setAgency(long applicationId, String agency) {
        jdbc.update("UPDATE recruitment_result SET assigned_agency = ? WHERE application_id = ?", agency, applicationId);
    }

    public void setProcessInstance(long applicationId, String processInstanceId) {
        jdbc.update("UPDATE recruitment_hiring SET process_instance_id = ? WHERE application_id = ?", processInstanceId,
                applicationId);
    }

    public Optional<Winner> winner(String applicationNumber) {
        return jdbc.query("""
                SELECT a.id, a.application_number, a.full_name, a.email, p.id AS position_id, p.code AS position_code,
                       p.title AS position_title, p.min_degree, r.assigned_agency, a.round_id, h.status, h.dossier_deadline, h.start_deadline,
                       h.decision_number
                FROM recruitment_application a JOIN recruitment_position p ON p.id = a.position_id
                JOIN recruitment_result r ON r.application_id = a.id
                JOIN recruitment_hiring h ON h.application_id = a.id
                WHERE a.application_number = ?""", (row, i) -> new Winner(row.getLong("id"),
                row.getString("application_number"), row.getString("full_name"), row.getString("email"),
                row.getLong("position_id"), row.getString("position_code"), row.getString("position_title"), row.getString("min_degree"),
                row.getString("assigned_agency"), rounds.byId(row.getLong("round_id")),
                HiringStatus.valueOf(row.getString("status")), localDate(row.getDate("dossier_deadline")),
                localDate(row.getDate("start_deadline")), row.getString("decision_number")), applicationNumber)
                .stream().findFirst();
    }

    /** The winners of the round's results, in application order. */
    public List<Long> winners(long roundId) {
        return jdbc.queryForList("""
                SELECT a.id FROM recruitment_application a JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.round_id = ? AND r.outcome = ? ORDER BY a.id""", Long.class, roundId,
                ResultOutcome.TRUNG_TUYEN.name());
    }

    /** The earliest dossier deadline set for the round's winners, when their period runs from the publication. */
    public Optional<LocalDate> firstDossierDeadline(long roundId) {
        return Optional.ofNullable(jdbc.queryForObject("""
                SELECT MIN(h.dossier_deadline) FROM recruitment_hiring h
                JOIN recruitment_application a ON a.id = h.application_id WHERE a.round_id = ?""",
                (row, i) -> localDate(row.getDate(1)), roundId));
    }

    public void setNoticeReceived(long applicationId, LocalDate receivedOn) {
        jdbc.update("UPDATE recruitment_hiring SET notice_received_on = ? WHERE application_id = ?",
                Date.valueOf(receivedOn), applicationId);
    }

    public void setDossierDeadline(long applicationId, LocalDate deadline) {
        jdbc.update("UPDATE recruitment_hiring SET dossier_deadline = ? WHERE application_id = ?",
                Date.valueOf(deadline), applicationId);
    }

    public void dossierCompleted(long applicationId, String documents, LocalDate completedOn) {
        jdbc.update("UPDATE recruitment_hiring SET documents = ?, dossier_completed_on = ? WHERE application_id = ?",
                documents, Date.valueOf(completedOn), applicationId);
    }

    public void decisionIssued(long applicationId, String decisionNumber, LocalDate decisionDate,
                               LocalDate startDeadline) {
        jdbc.update("""
                UPDATE recruitment_hiring SET status = ?, decision_number = ?, decision_date = ?, start_deadline = ?
                WHERE application_id = ?""", HiringStatus.DA_QUYET_DINH.name(), decisionNumber,
                Date.valueOf(decisionDate), Date.valueOf(startDeadline), applicationId);
    }

    public void setStartDeadline(long applicationId, LocalDate until) {
        jdbc.update("UPDATE recruitment_hiring SET start_deadline = ? WHERE application_id = ?", Date.valueOf(until),
                applicationId);
    }

    public void started(long applicationId, LocalDate startedOn, Integer probationMonths, LocalDate probationEnd) {
        jdbc.update("""
                UPDATE recruitment_hiring SET status = ?, started_on = ?, probation_months = ?, probation_end = ?
                WHERE application_id = ?""", HiringStatus.DA_NHAN_VIEC.name(), Date.valueOf(startedOn),
                probationMonths, probationEnd == null ? null : Date.valueOf(probationEnd), applicationId);
    }

    /** The result or decision is cancelled: the hiring's status and reason, and the result's outcome. */
    public void cancel(long applicationId, HiringStatus status, String reason) {
        jdbc.update("UPDATE recruitment_hiring SET status = ?, cancellation_reason = ? WHERE application_id = ?",
                status.name(), reason, applicationId);
        setOutcome(applicationId, ResultOutcome.HUY_TRUNG_TUYEN);
    }

    /** Fraud found: the citizen is barred from the agency's next round. */
    public void barForFraud(long applicationId, String agency, long roundId, Instant foundAt, String reason) {
        jdbc.update("""
                INSERT INTO recruitment_fraud_bar (citizen_id, agency, found_in_round, found_at, reason)
                SELECT citizen_id, ?, ?, ?, ? FROM recruitment_application WHERE id = ?""", agency, roundId,
                Timestamp.from(foundAt), reason, applicationId);
    }

    /**
     * Candidates of the position who passed, were not selected and were not asked yet, in rank order.
     */
    public List<Below> notYetAsked(long positionId) {
        return jdbc.query("""
                SELECT a.application_number, r.rank_position, r.total_score, a.full_name FROM recruitment_application a
                JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.position_id = ? AND r.outcome = ? AND r.rank_position IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM recruitment_hiring h WHERE h.application_id = a.id)
                ORDER BY r.rank_position""", (row, i) -> new Below(row.getString(1), row.getInt(2),
                row.getBigDecimal(3), row.getString(4)), positionId, ResultOutcome.KHONG_TRUNG_TUYEN.name());
    }

    public long applicationId(String applicationNumber) {
        return jdbc.queryForObject("SELECT id FROM recruitment_application WHERE application_number = ?", Long.class,
                applicationNumber);
    }

    public String applicationNumber(long applicationId) {
        return jdbc.queryForObject("SELECT application_number FROM recruitment_application WHERE id = ?", String.class,
                applicationId);
    }

    /** How many hirings of the round are at each status. */
    public Map<HiringStatus, Integer> statusCounts(long roundId) {
        Map<HiringStatus, Integer> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM recruitment_hiring WHERE round_id = ? GROUP BY status",
                row -> { byStatus.put(HiringStatus.valueOf(row.getString(1)), row.getInt(2)); }, roundId);
        return byStatus;
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
