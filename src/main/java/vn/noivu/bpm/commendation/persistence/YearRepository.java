package vn.noivu.bpm.commendation.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * commendation_year, commendation_year_staff, commendation_year_nomination: the annual review at a unit, its staff
 * as taken from the personnel register, and its nominations with verdicts, votes and results.
 */
@Repository
public class YearRepository {

    public record YearRow(long id, String unitCode, String unitName, String unitKind, int year, int councilMembers,
                          String councilNames, LocalDate startedOn, String issuer, String status,
                          String processInstanceId, String decisionNumber, LocalDate decisionDate, String createdBy) {
    }

    public record StaffRow(long id, long yearId, String citizenId, String fullName, String gender, String rating,
                           String disciplineLevel, String disciplineKind, boolean maternityLeave, String proceedings,
                           String proceedingsNote, String proceedingsOutcome) {
    }

    public record NominationRow(long id, long yearId, String subject, String holderKey, Long staffId, String title,
                                boolean scienceWork, boolean combatIngenuity, Integer members,
                                Integer membersCompleting, Integer advancedWorkers, Integer baseFighters,
                                String heaviestDiscipline, Integer women, Integer initiatives, String outcome,
                                String reason, String citation, String legalBasis, Boolean voteRequired,
                                Integer voteThreshold, String voteCitation, Integer votesAgree, Integer votesAgainst,
                                Boolean votePassed, String status, String statusNote, boolean decided,
                                String decisionNumber, LocalDate decisionDate) {
    }

    /** A verdict of the rule tables and the vote rule of the title, as the evaluation stores them. */
    public record Verdict(String outcome, String reason, String citation, String legalBasis, boolean voteRequired,
                          Integer voteThreshold, String voteCitation, Integer initiatives, String status,
                          String statusNote) {
    }

    private static final RowMapper<YearRow> YEAR = (r, i) -> new YearRow(r.getLong("id"), r.getString("unit_code"),
            r.getString("unit_name"), r.getString("unit_kind"), r.getInt("emulation_year"), r.getInt("council_members"),
            r.getString("council_names"), r.getDate("started_on").toLocalDate(), r.getString("issuer"),
            r.getString("status"), r.getString("process_instance_id"), r.getString("decision_number"),
            r.getDate("decision_date") == null ? null : r.getDate("decision_date").toLocalDate(), r.getString("created_by"));

    private static final RowMapper<StaffRow> STAFF = (r, i) -> new StaffRow(r.getLong("id"), r.getLong("year_id"),
            r.getString("citizen_id"), r.getString("full_name"), r.getString("gender"), r.getString("rating"),
            r.getString("discipline_level"), r.getString("discipline_kind"), r.getBoolean("maternity_leave"),
            r.getString("proceedings"), r.getString("proceedings_note"), r.getString("proceedings_outcome"));

    private static final RowMapper<NominationRow> NOMINATION = (r, i) -> new NominationRow(r.getLong("id"),
            r.getLong("year_id"), r.getString("subject"), r.getString("holder_key"), (Long) nullableLong(r.getObject("staff_id")),
            r.getString("title"), r.getBoolean("science_work"), r.getBoolean("combat_ingenuity"),
            (Integer) r.getObject("members"), (Integer) r.getObject("members_completing"),
            (Integer) r.getObject("advanced_workers"), (Integer) r.getObject("base_fighters"),
            r.getString("heaviest_discipline"), (Integer) r.getObject("women"), (Integer) r.getObject("initiatives"),
            r.getString("outcome"), r.getString("reason"), r.getString("citation"), r.getString("legal_basis"),
            (Boolean) r.getObject("vote_required"), (Integer) r.getObject("vote_threshold"),
            r.getString("vote_citation"), (Integer) r.getObject("votes_agree"), (Integer) r.getObject("votes_against"),
            (Boolean) r.getObject("vote_passed"), r.getString("status"), r.getString("status_note"),
            r.getBoolean("decided"), r.getString("decision_number"),
            r.getDate("decision_date") == null ? null : r.getDate("decision_date").toLocalDate());

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private final JdbcTemplate jdbc;

    public YearRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An open (not finished) year of the unit for the emulation year. */
    public boolean openYearExists(String unitCode, int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_year WHERE unit_code = ? AND emulation_year = ?"
                + " AND status <> 'KET_THUC'", Integer.class, unitCode, year) > 0;
    }

    public long insertYear(YearRow y) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO commendation_year (unit_code, unit_name, unit_kind, emulation_year, council_members,
                        council_names, started_on, issuer, status, created_by, created_at, open_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            s.setString(1, y.unitCode());
            s.setString(2, y.unitName());
            s.setString(3, y.unitKind());
            s.setInt(4, y.year());
            s.setInt(5, y.councilMembers());
            s.setString(6, y.councilNames());
            s.setDate(7, Date.valueOf(y.startedOn()));
            s.setString(8, y.issuer());
            s.setString(9, y.status());
            s.setString(10, y.createdBy());
            s.setTimestamp(11, Timestamp.valueOf(LocalDateTime.now()));
            s.setString(12, y.unitCode() + ":" + y.year());
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public void setProcessInstance(long yearId, String processInstanceId) {
        jdbc.update("UPDATE commendation_year SET process_instance_id = ? WHERE id = ?", processInstanceId, yearId);
    }

    /** A finished year (KET_THUC) frees its unit and year for a new one. */
    public void setStatus(long yearId, String status) {
        jdbc.update("UPDATE commendation_year SET status = ?, open_key = CASE WHEN CAST(? AS VARCHAR(30)) = 'KET_THUC'"
                + " THEN NULL ELSE open_key END WHERE id = ?", status, status, yearId);
    }

    public void setDecision(long yearId, String number, LocalDate date) {
        jdbc.update("UPDATE commendation_year SET decision_number = ?, decision_date = ? WHERE id = ?", number,
                Date.valueOf(date), yearId);
    }

    public Optional<YearRow> find(long id) {
        return jdbc.query("SELECT * FROM commendation_year WHERE id = ?", YEAR, id).stream().findFirst();
    }

    /** The citizen IDs of the personnel register whose unit is this one. */
    public List<String> registerCitizensOfUnit(String unitCode) {
        return jdbc.queryForList("SELECT citizen_id FROM personnel_person WHERE unit_code = ? ORDER BY full_name, citizen_id",
                String.class, unitCode);
    }

    public void insertStaff(long yearId, List<StaffRow> staff) {
        jdbc.batchUpdate("""
                INSERT INTO commendation_year_staff (year_id, citizen_id, full_name, gender, rating, discipline_level,
                    discipline_kind, maternity_leave, proceedings, proceedings_note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", staff.stream().map(s -> new Object[] {yearId, s.citizenId(),
                s.fullName(), s.gender(), s.rating(), s.disciplineLevel(), s.disciplineKind(), s.maternityLeave(),
                s.proceedings(), s.proceedingsNote()}).toList());
    }

    public List<StaffRow> staff(long yearId) {
        return jdbc.query("SELECT * FROM commendation_year_staff WHERE year_id = ? ORDER BY full_name, citizen_id", STAFF,
                yearId);
    }

    public Optional<StaffRow> staffMember(long yearId, String citizenId) {
        return jdbc.query("SELECT * FROM commendation_year_staff WHERE year_id = ? AND citizen_id = ?", STAFF, yearId,
                citizenId).stream().findFirst();
    }

    public void setMaternityLeave(long staffId, boolean leave) {
        jdbc.update("UPDATE commendation_year_staff SET maternity_leave = ? WHERE id = ?", leave, staffId);
    }

    public void openProceedings(long staffId, String kind, String note) {
        jdbc.update("UPDATE commendation_year_staff SET proceedings = ?, proceedings_note = ?, proceedings_outcome = NULL"
                + " WHERE id = ?", kind, note, staffId);
    }

    /** The proceedings ended: KHONG_VI_PHAM (cleared) or BI_KY_LUAT. */
    public void closeProceedings(long staffId, String outcome, String note) {
        jdbc.update("UPDATE commendation_year_staff SET proceedings = NULL, proceedings_outcome = ?, proceedings_note = ?"
                + " WHERE id = ?", outcome, note, staffId);
    }

    public boolean nominationExists(long yearId, String holderKey, String title) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM commendation_year_nomination WHERE year_id = ? AND holder_key = ?"
                + " AND title = ?", Integer.class, yearId, holderKey, title) > 0;
    }

    public long insertNomination(NominationRow n, String nominatedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("""
                    INSERT INTO commendation_year_nomination (year_id, subject, holder_key, staff_id, title, science_work,
                        combat_ingenuity, members, members_completing, advanced_workers, base_fighters,
                        heaviest_discipline, women, status, decided, nominated_by, nominated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CHO_XET', FALSE, ?, ?)""", new String[] {"id"});
            s.setLong(1, n.yearId());
            s.setString(2, n.subject());
            s.setString(3, n.holderKey());
            if (n.staffId() == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, n.staffId());
            }
            s.setString(5, n.title());
            s.setBoolean(6, n.scienceWork());
            s.setBoolean(7, n.combatIngenuity());
            setInt(s, 8, n.members());
            setInt(s, 9, n.membersCompleting());
            setInt(s, 10, n.advancedWorkers());
            setInt(s, 11, n.baseFighters());
            s.setString(12, n.heaviestDiscipline());
            setInt(s, 13, n.women());
            s.setString(14, nominatedBy);
            s.setTimestamp(15, Timestamp.valueOf(LocalDateTime.now()));
            return s;
        }, key);
        return key.getKey().longValue();
    }

    private static void setInt(PreparedStatement s, int index, Integer value) throws java.sql.SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }

    public List<NominationRow> nominations(long yearId) {
        return jdbc.query("SELECT * FROM commendation_year_nomination WHERE year_id = ? ORDER BY id", NOMINATION, yearId);
    }

    /** Nominations not yet decided: those a pass of evaluation, vote and decision is about. */
    public List<NominationRow> openNominations(long yearId) {
        return jdbc.query("SELECT * FROM commendation_year_nomination WHERE year_id = ? AND decided = FALSE ORDER BY id",
                NOMINATION, yearId);
    }

    public void storeVerdict(long nominationId, Verdict v) {
        jdbc.update("""
                UPDATE commendation_year_nomination SET outcome = ?, reason = ?, citation = ?, legal_basis = ?,
                    vote_required = ?, vote_threshold = ?, vote_citation = ?, initiatives = ?, status = ?,
                    status_note = ?, votes_agree = NULL, votes_against = NULL, vote_passed = NULL
                WHERE id = ?""", v.outcome(), v.reason(), v.citation(), v.legalBasis(), v.voteRequired(),
                v.voteThreshold(), v.voteCitation(), v.initiatives(), v.status(), v.statusNote(), nominationId);
    }

    public void storeVote(long nominationId, int agree, int against, boolean passed, String status, String note) {
        jdbc.update("UPDATE commendation_year_nomination SET votes_agree = ?, votes_against = ?, vote_passed = ?,"
                + " status = ?, status_note = ? WHERE id = ?", agree, against, passed, status, note, nominationId);
    }

    public void setStatus(long nominationId, String status, String note) {
        jdbc.update("UPDATE commendation_year_nomination SET status = ?, status_note = ? WHERE id = ?", status, note,
                nominationId);
    }

    public void decide(long nominationId, String status, String number, LocalDate date) {
        jdbc.update("UPDATE commendation_year_nomination SET status = ?, decided = TRUE, decision_number = ?,"
                + " decision_date = ? WHERE id = ?", status, number, date == null ? null : Date.valueOf(date), nominationId);
    }

    public void close(long nominationId, String status, String note) {
        jdbc.update("UPDATE commendation_year_nomination SET status = ?, status_note = ?, decided = TRUE WHERE id = ?",
                status, note, nominationId);
    }
}
