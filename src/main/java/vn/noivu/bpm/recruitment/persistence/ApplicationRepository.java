package vn.noivu.bpm.recruitment.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;

/** Applications and their dated history. Whole-round changes are batch statements, never one query per applicant. */
@Repository
public class ApplicationRepository {

    public record Event(String status, String note, Instant occurredAt) {
    }

    /** A change of status with its note, for one application, written in a batch. */
    public record StatusChange(long applicationId, ApplicationStatus status, String note) {
    }

    private final JdbcTemplate jdbc;

    public ApplicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * Records the application and returns its number: the round's code and eight random digits, e.g.
     * TD-2026-48291730, so that nobody can walk through the numbers of a round. The digits are drawn again (at a
     * savepoint) in the rare case another application of any round already has them. Empty when the citizen
     * already has an application in the round.
     */
    public Optional<String> insertUnlessApplied(String roundCode, long roundId, long positionId,
                                                ApplicationRequest request, BigDecimal priorityPoints) {
        var transaction = org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = transaction.createSavepoint();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            insertRow(roundId, positionId, request, priorityPoints, key);
            transaction.releaseSavepoint(savepoint);
        } catch (org.springframework.dao.DuplicateKeyException applied) {
            // One application per citizen per round: the unique key decides, also between concurrent requests.
            transaction.rollbackToSavepoint(savepoint);
            return Optional.empty();
        }
        long id = key.getKey().longValue();
        String number = assignNumber(roundCode, id);
        jdbc.update("INSERT INTO recruitment_application_event (application_id, status, note) VALUES (?, ?, ?)",
                id, ApplicationStatus.DA_NOP.name(), ApplicationStatus.DA_NOP.label);
        return Optional.of(number);
    }

    private void insertRow(long roundId, long positionId, ApplicationRequest request, BigDecimal priorityPoints,
                           GeneratedKeyHolder key) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO recruitment_application (application_number, round_id, position_id, full_name,
                        citizen_id, date_of_birth, gender, email, phone, degree_level, degree_major,
                        priority_categories, agency_preferences, priority_points, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, java.util.UUID.randomUUID().toString());
            statement.setLong(2, roundId);
            statement.setLong(3, positionId);
            statement.setString(4, request.fullName());
            statement.setString(5, request.citizenId());
            statement.setDate(6, Date.valueOf(request.dateOfBirth()));
            statement.setString(7, request.gender().name());
            statement.setString(8, request.email());
            statement.setString(9, request.phone());
            statement.setString(10, request.degree().level().name());
            statement.setString(11, request.degree().major());
            statement.setString(12, join(request.priorityCategories()));
            statement.setString(13, join(request.agencyPreferences()));
            statement.setBigDecimal(14, priorityPoints);
            statement.setString(15, ApplicationStatus.DA_NOP.name());
            return statement;
        }, key);
    }

    private String assignNumber(String roundCode, long id) {
        var transaction = org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus();
        for (int attempt = 1; ; attempt++) {
            String number = roundCode + "-" + "%08d".formatted(RANDOM.nextInt(100_000_000));
            Object savepoint = transaction.createSavepoint();
            try {
                jdbc.update("UPDATE recruitment_application SET application_number = ? WHERE id = ?", number, id);
                transaction.releaseSavepoint(savepoint);
                return number;
            } catch (org.springframework.dao.DuplicateKeyException taken) {
                transaction.rollbackToSavepoint(savepoint);
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    private static final RowMapper<ApplicationRow> APPLICATION = (row, i) -> new ApplicationRow(row.getLong("id"),
            row.getString("application_number"), row.getLong("round_id"), row.getLong("position_id"),
            row.getString("full_name"), row.getString("citizen_id"), row.getDate("date_of_birth").toLocalDate(),
            row.getString("email"), row.getString("degree_level"), row.getString("degree_major"),
            row.getBigDecimal("priority_points"), row.getString("status"), row.getString("ineligibility_reason"),
            row.getString("agency_preferences"));

    public List<ApplicationRow> ofRound(long roundId) {
        return jdbc.query("SELECT * FROM recruitment_application WHERE round_id = ? ORDER BY id", APPLICATION, roundId);
    }

    /** An application as a form names it: number, name, priority points. */
    public record Shown(String applicationNumber, String fullName, BigDecimal priorityPoints) {
    }

    /** The people a form shows (the first rows of the results, the tied), by id. */
    public Map<Long, Shown> shown(Collection<Long> ids) {
        Map<Long, Shown> shown = new HashMap<>();
        List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.query("SELECT id, application_number, full_name, priority_points FROM recruitment_application "
                    + "WHERE id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    row -> {
                        shown.put(row.getLong(1), new Shown(row.getString(2), row.getString(3), row.getBigDecimal(4)));
                    }, chunk.toArray());
        }
        return shown;
    }

    public Optional<ApplicationRow> ofCitizen(long roundId, String citizenId) {
        return jdbc.query("SELECT * FROM recruitment_application WHERE round_id = ? AND citizen_id = ?", APPLICATION,
                roundId, citizenId).stream().findFirst();
    }

    public Optional<ApplicationRow> byNumber(String applicationNumber) {
        return jdbc.query("SELECT * FROM recruitment_application WHERE application_number = ?", APPLICATION,
                applicationNumber).stream().findFirst();
    }

    public List<Event> history(long applicationId) {
        return jdbc.query("SELECT status, note, occurred_at FROM recruitment_application_event WHERE application_id = ? ORDER BY id",
                (row, i) -> new Event(row.getString("status"), row.getString("note"),
                        row.getTimestamp("occurred_at").toInstant()), applicationId);
    }

    /** Sets the status (and the reason, for ineligible ones) of many applications and records the event. */
    public void changeStatuses(List<StatusChange> changes) {
        jdbc.batchUpdate("UPDATE recruitment_application SET status = ?, ineligibility_reason = ? WHERE id = ?",
                changes, 1000, (statement, change) -> {
                    statement.setString(1, change.status().name());
                    statement.setString(2, change.status() == ApplicationStatus.KHONG_DU_DIEU_KIEN ? change.note() : null);
                    statement.setLong(3, change.applicationId());
                });
        jdbc.batchUpdate("INSERT INTO recruitment_application_event (application_id, status, note) VALUES (?, ?, ?)",
                changes, 1000, (statement, change) -> {
                    statement.setLong(1, change.applicationId());
                    statement.setString(2, change.status().name());
                    statement.setString(3, change.note());
                });
    }

    /** History entries that leave the applications' status as it is. */
    public void addEvents(List<Object[]> applicationIdEventNote) {
        jdbc.batchUpdate("INSERT INTO recruitment_application_event (application_id, status, note) VALUES (?, ?, ?)",
                applicationIdEventNote);
    }

    /** One history entry that leaves the application's status as it is. */
    public void addEvent(long applicationId, ApplicationEvent event, String note) {
        jdbc.update("INSERT INTO recruitment_application_event (application_id, status, note) VALUES (?, ?, ?)",
                applicationId, event.name(), note);
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
