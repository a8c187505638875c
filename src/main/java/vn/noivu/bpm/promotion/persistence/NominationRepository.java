package vn.noivu.bpm.promotion.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.promotion.PromotionVocabulary.AppointmentStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.Outcome;

/** promotion_nomination: who is nominated in a round, and what each step decided about them. */
@Repository
public class NominationRepository {

    /** A nomination with the person's register id and citizen ID. */
    public record NominationRow(long id, long personId, String citizenId, String fullName, boolean certificatesMet,
                                boolean vacancy, NominationStatus status, String reason, Boolean councilApproved,
                                Integer rank, Outcome outcome, AppointmentStatus appointmentStatus,
                                String appointmentDecision, Long appointmentDocumentId, BigDecimal examScore,
                                boolean examAbsent) {

        public boolean eligible() {
            return status == NominationStatus.DU_DIEU_KIEN;
        }
    }

    public record Eligibility(long nominationId, NominationStatus status, String reason) {
    }

    public record Placement(long nominationId, Integer rank, Outcome outcome) {
    }

    public record Score(long nominationId, BigDecimal score, boolean absent) {
    }

    /** {@code decision}: the decision's number and date in words; {@code documentId}: its register id, if issued here. */
    public record Appointment(long nominationId, AppointmentStatus status, String decision, Long documentId) {
    }

    private final JdbcTemplate jdbc;

    public NominationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Nominates a registered person: false when already nominated in the round. */
    public boolean insert(long roundId, String citizenId, String nominatedBy, boolean certificatesMet, boolean vacancy) {
        Long personId = jdbc.queryForObject("SELECT id FROM personnel_person WHERE citizen_id = ?", Long.class, citizenId);
        try {
            jdbc.update("""
                    INSERT INTO promotion_nomination (round_id, person_id, nominated_by, nominated_at, certificates_met,
                        vacancy, status) VALUES (?, ?, ?, ?, ?, ?, ?)""", roundId, personId, nominatedBy,
                    Timestamp.from(Instant.now()), certificatesMet, vacancy, NominationStatus.DE_CU.name());
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** In rank order, then unranked by citizen ID. */
    public List<NominationRow> ofRound(long roundId) {
        return jdbc.query("""
                SELECT n.*, p.citizen_id, p.full_name FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id WHERE n.round_id = ?
                ORDER BY CASE WHEN n.rank_position IS NULL THEN 1 ELSE 0 END, n.rank_position, p.citizen_id""",
                (row, i) -> new NominationRow(row.getLong("id"), row.getLong("person_id"), row.getString("citizen_id"),
                        row.getString("full_name"), row.getBoolean("certificates_met"), row.getBoolean("vacancy"),
                        NominationStatus.valueOf(row.getString("status")), row.getString("reason"),
                        (Boolean) row.getObject("council_approved"), (Integer) row.getObject("rank_position"),
                        enumOrNull(Outcome.class, row.getString("outcome")),
                        enumOrNull(AppointmentStatus.class, row.getString("appointment_status")),
                        row.getString("appointment_decision"), (Long) row.getObject("appointment_document_id", Long.class),
                        row.getBigDecimal("exam_score"),
                        Boolean.TRUE.equals(row.getObject("exam_absent"))), roundId);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    public void setEligibility(List<Eligibility> verdicts) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET status = ?, reason = ? WHERE id = ?", verdicts.stream()
                .map(v -> new Object[] {v.status().name(), v.reason(), v.nominationId()}).toList());
    }

    /** nomination id to whether the council approved. */
    public void setCouncilApproval(Map<Long, Boolean> approved) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET council_approved = ? WHERE id = ?", approved.entrySet()
                .stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    public void setPlacements(List<Placement> placements) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET rank_position = ?, outcome = ? WHERE id = ?", placements
                .stream().map(p -> new Object[] {p.rank(), p.outcome() == null ? null : p.outcome().name(),
                        p.nominationId()}).toList());
    }

    /** The outcome only, rank kept (the head's decision on a tie). */
    public void setOutcomes(Map<Long, Outcome> outcomes) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET outcome = ? WHERE id = ?", outcomes.entrySet().stream()
                .map(e -> new Object[] {e.getValue().name(), e.getKey()}).toList());
    }

    public void setScores(List<Score> scores) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET exam_score = ?, exam_absent = ? WHERE id = ?", scores.stream()
                .map(s -> new Object[] {s.score(), s.absent(), s.nominationId()}).toList());
    }

    /** Eligible nominees of the round with neither a score nor an absence yet. */
    public int scoresAwaited(long roundId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM promotion_nomination WHERE round_id = ? AND status = ?
                  AND exam_score IS NULL AND (exam_absent IS NULL OR NOT exam_absent)""", Integer.class, roundId,
                NominationStatus.DU_DIEU_KIEN.name());
    }

    /** The winners of the round wait for their appointment. */
    public void awaitAppointment(long roundId) {
        jdbc.update("UPDATE promotion_nomination SET appointment_status = ? WHERE round_id = ? AND outcome = ?",
                AppointmentStatus.CHO_BO_NHIEM.name(), roundId, Outcome.TRUNG_TUYEN.name());
    }

    public void setAppointments(List<Appointment> appointments) {
        jdbc.batchUpdate("UPDATE promotion_nomination SET appointment_status = ?, appointment_decision = ?,"
                + " appointment_document_id = ? WHERE id = ?", appointments.stream().map(a -> new Object[] {
                        a.status().name(), a.decision(), a.documentId(), a.nominationId()}).toList());
    }
}
