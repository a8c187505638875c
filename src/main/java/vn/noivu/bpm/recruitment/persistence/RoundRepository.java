package vn.noivu.bpm.recruitment.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.domain.RoundRow;

/** The project's own recruitment tables (Flyway V3, V4). */
@Repository
public class RoundRepository {

    private final JdbcTemplate jdbc;

    public RoundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean codeExists(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM recruitment_round WHERE code = ?", Boolean.class, code));
    }

    public long insertRound(RoundRequest round, String legalBasis, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO recruitment_round (code, title, agency, method, staff_type, legal_basis, notice_date,
                                                   application_deadline, status, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, round.code());
            statement.setString(2, round.title());
            statement.setString(3, round.agency());
            statement.setString(4, round.method().name());
            statement.setString(5, round.staffTypeOrDefault().name());
            statement.setString(6, legalBasis);
            statement.setDate(7, Date.valueOf(round.noticeDate()));
            statement.setDate(8, Date.valueOf(round.applicationDeadline()));
            statement.setString(9, RoundStatus.CHO_DUYET_KE_HOACH.name());
            statement.setString(10, createdBy);
            return statement;
        }, key);
        long roundId = key.getKey().longValue();
        insertPositions(roundId, round.positions());
        return roundId;
    }

    private void insertPositions(long roundId, List<RoundRequest.Position> positions) {
        for (RoundRequest.Position position : positions) {
            GeneratedKeyHolder positionKey = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement("""
                        INSERT INTO recruitment_position (round_id, code, title, rank_code, quota, min_degree, majors,
                                                          round2_format)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                statement.setLong(1, roundId);
                statement.setString(2, position.code());
                statement.setString(3, position.title());
                statement.setString(4, position.rank().name());
                statement.setInt(5, position.quota());
                statement.setString(6, position.minDegree().name());
                statement.setString(7, position.majors() == null || position.majors().isEmpty()
                        ? null : String.join("\n", position.majors()));
                statement.setString(8, position.round2Format().name());
                return statement;
            }, positionKey);
            if (position.agencies() != null) {
                long positionId = positionKey.getKey().longValue();
                jdbc.batchUpdate("INSERT INTO recruitment_position_agency (position_id, agency_code, quota) VALUES (?, ?, ?)",
                        position.agencies(), 100, (statement, agency) -> {
                            statement.setLong(1, positionId);
                            statement.setString(2, agency.code());
                            statement.setInt(3, agency.quota());
                        });
            }
        }
    }

    /** A returned plan revised: the round's own fields, and its positions and agencies replaced. */
    public void replacePlan(long roundId, RoundRequest round, String legalBasis) {
        jdbc.update("""
                UPDATE recruitment_round SET title = ?, agency = ?, method = ?, staff_type = ?, legal_basis = ?,
                       notice_date = ?, application_deadline = ? WHERE id = ?""", round.title(), round.agency(),
                round.method().name(), round.staffTypeOrDefault().name(), legalBasis, Date.valueOf(round.noticeDate()),
                Date.valueOf(round.applicationDeadline()), roundId);
        jdbc.update("DELETE FROM recruitment_position_agency WHERE position_id IN "
                + "(SELECT id FROM recruitment_position WHERE round_id = ?)", roundId);
        jdbc.update("DELETE FROM recruitment_position WHERE round_id = ?", roundId);
        insertPositions(roundId, round.positions());
    }

    public void setProcessInstance(long roundId, String processInstanceId) {
        jdbc.update("UPDATE recruitment_round SET process_instance_id = ? WHERE id = ?", processInstanceId, roundId);
    }

    public void openReviewWindow(String code, java.util.Date windowEnd) {
        jdbc.update("UPDATE recruitment_round SET status = ?, review_window_end = ? WHERE code = ?",
                RoundStatus.PHUC_KHAO.name(), new java.sql.Timestamp(windowEnd.getTime()), code);
    }

    /** From now on review requests are late (the timer may fire a little after the window's last instant). */
    public void closeReviewWindow(String code, java.util.Date now) {
        jdbc.update("UPDATE recruitment_round SET review_window_end = ? WHERE code = ? AND review_window_end > ?",
                new java.sql.Timestamp(now.getTime()), code, new java.sql.Timestamp(now.getTime()));
    }

    /** A new round of an agency is the "next round" that fraud found in its earlier rounds bars (not yet spent). */
    public void takeFraudBars(long roundId, String agency, java.time.LocalDate noticeDate) {
        jdbc.update("""
                UPDATE recruitment_fraud_bar SET barred_round = ?
                WHERE agency = ? AND barred_round IS NULL AND found_in_round <> ? AND found_at < ?""",
                roundId, agency, roundId, java.sql.Timestamp.valueOf(noticeDate.plusDays(1).atStartOfDay()));
    }

    /** A revised plan may name another agency or notice date: the bars it took are taken again from scratch. */
    public void releaseFraudBars(long roundId) {
        jdbc.update("UPDATE recruitment_fraud_bar SET barred_round = NULL WHERE barred_round = ?", roundId);
    }

    public java.util.Set<String> barredCitizens(long roundId) {
        return java.util.Set.copyOf(jdbc.queryForList(
                "SELECT citizen_id FROM recruitment_fraud_bar WHERE barred_round = ?", String.class, roundId));
    }

    public void setStatus(String code, RoundStatus status) {
        jdbc.update("UPDATE recruitment_round SET status = ? WHERE code = ?", status.name(), code);
    }

    private static final RowMapper<RoundRow> ROUND = (row, i) -> new RoundRow(row.getLong("id"),
            row.getString("code"), row.getString("title"), row.getString("agency"), row.getString("method"),
            row.getString("staff_type"), row.getString("legal_basis"), row.getDate("notice_date").toLocalDate(),
            row.getDate("application_deadline").toLocalDate(), row.getString("status"),
            row.getString("process_instance_id"),
            row.getTimestamp("review_window_end") == null ? null : row.getTimestamp("review_window_end").toInstant());

    public Optional<RoundRow> find(String code) {
        return jdbc.query("SELECT * FROM recruitment_round WHERE code = ?", ROUND, code).stream().findFirst();
    }

    /** The round, locked until the transaction ends: score sheets of one round are taken one at a time. */
    public Optional<RoundRow> findForUpdate(String code) {
        return jdbc.query("SELECT * FROM recruitment_round WHERE code = ? FOR UPDATE", ROUND, code).stream().findFirst();
    }

    /** Rounds at a step, newest notice first (the public list of rounds accepting applications). */
    public List<RoundRow> withStatus(RoundStatus status) {
        return jdbc.query("SELECT * FROM recruitment_round WHERE status = ? ORDER BY notice_date DESC, id DESC", ROUND,
                status.name());
    }

    public RoundRow byId(long roundId) {
        return jdbc.query("SELECT * FROM recruitment_round WHERE id = ?", ROUND, roundId).stream().findFirst().orElseThrow();
    }

    public record CandidateRow(String applicationNumber, String fullName, Integer round1Correct,
                               java.math.BigDecimal priorityPoints, java.math.BigDecimal totalScore, Integer rank,
                               String outcome, String agency, String hiringStatus, String replaces,
                               String cancellationReason) {
    }

    /** A position's applications in rank order, the unranked after them. */
    public List<CandidateRow> candidates(long positionId) {
        return jdbc.query("""
                SELECT a.application_number, a.full_name, s.correct_answers, a.priority_points, r.total_score,
                       r.rank_position, r.outcome, r.assigned_agency, h.status AS hiring_status,
                       replaced.application_number AS replaces, h.cancellation_reason
                FROM recruitment_application a
                LEFT JOIN recruitment_score s ON s.application_id = a.id AND s.stage = 'VONG_1'
                LEFT JOIN recruitment_result r ON r.application_id = a.id
                LEFT JOIN recruitment_hiring h ON h.application_id = a.id
                LEFT JOIN recruitment_application replaced ON replaced.id = h.replaces_application_id
                WHERE a.position_id = ?
                ORDER BY CASE WHEN r.rank_position IS NULL THEN 1 ELSE 0 END, r.rank_position, a.id""",
                (row, i) -> new CandidateRow(row.getString("application_number"), row.getString("full_name"),
                        (Integer) row.getObject("correct_answers"), row.getBigDecimal("priority_points"),
                        row.getBigDecimal("total_score"), (Integer) row.getObject("rank_position"),
                        row.getString("outcome"), row.getString("assigned_agency"), row.getString("hiring_status"),
                        row.getString("replaces"), row.getString("cancellation_reason")), positionId);
    }

    public record EligibilityRow(String applicationNumber, String fullName, java.time.LocalDate dateOfBirth,
                                 String positionCode, String status, String reason) {
    }

    public List<EligibilityRow> eligibility(String roundCode) {
        return jdbc.query("""
                SELECT a.application_number, a.full_name, a.date_of_birth, p.code AS position_code, a.status,
                       a.ineligibility_reason
                FROM recruitment_application a JOIN recruitment_position p ON p.id = a.position_id
                JOIN recruitment_round r ON r.id = a.round_id
                WHERE r.code = ? ORDER BY p.code, a.id""", (row, i) -> new EligibilityRow(
                row.getString("application_number"), row.getString("full_name"),
                row.getDate("date_of_birth").toLocalDate(), row.getString("position_code"), row.getString("status"),
                row.getString("ineligibility_reason")), roundCode);
    }

    // Public intake reads a round's positions and agencies on every application. They are kept per node only for
    // intake, which runs once the plan is approved and final: a plan can change while it is returned, and a copy
    // kept then by one node would outlive the revision another node wrote.
    private final Map<Long, List<PositionRow>> intakePositions = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> intakeAgencies = new ConcurrentHashMap<>();

    public List<String> agencies(long positionId) {
        return jdbc.queryForList("SELECT agency_code FROM recruitment_position_agency WHERE position_id = ? "
                + "ORDER BY agency_code", String.class, positionId);
    }

    /**
     * Each agency's part of the quota of every position of a round, by position id, in agency order (a position of one
     * agency has none): one read for a whole round.
     */
    public Map<Long, List<RoundRequest.AgencyQuota>> agencyQuotasOfRound(long roundId) {
        Map<Long, List<RoundRequest.AgencyQuota>> quotas = new HashMap<>();
        jdbc.query("SELECT a.position_id, a.agency_code, a.quota FROM recruitment_position_agency a "
                + "JOIN recruitment_position p ON p.id = a.position_id WHERE p.round_id = ? "
                + "ORDER BY a.position_id, a.agency_code", row -> {
                    quotas.computeIfAbsent(row.getLong("position_id"), id -> new ArrayList<>())
                            .add(new RoundRequest.AgencyQuota(row.getString("agency_code"), row.getInt("quota")));
                }, roundId);
        return quotas;
    }

    public List<PositionRow> positions(long roundId) {
        return readPositions(roundId);
    }

    /** For intake only, called once the round accepts applications (its plan can no longer change). */
    public List<PositionRow> positionsOfApprovedPlan(long roundId) {
        List<PositionRow> positions = intakePositions.get(roundId);
        if (positions == null) {
            positions = List.copyOf(readPositions(roundId));
            if (!positions.isEmpty()) {
                intakePositions.put(roundId, positions);
            }
        }
        return positions;
    }

    /** For intake only, like {@link #positionsOfApprovedPlan}. */
    public List<String> agenciesOfApprovedPlan(long positionId) {
        return intakeAgencies.computeIfAbsent(positionId, id -> List.copyOf(agencies(id)));
    }

    private List<PositionRow> readPositions(long roundId) {
        return jdbc.query("SELECT * FROM recruitment_position WHERE round_id = ? ORDER BY id", (row, i) -> {
            String majors = row.getString("majors");
            return new PositionRow(row.getLong("id"), row.getLong("round_id"), row.getString("code"),
                    row.getString("title"), row.getString("rank_code"), row.getInt("quota"),
                    row.getString("min_degree"), majors == null ? List.of() : List.of(majors.split("\n")),
                    row.getString("round2_format"));
        }, roundId);
    }
}
