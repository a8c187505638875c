package vn.noivu.bpm.commendation.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.commendation.domain.Initiative;

/** Every SQL statement of the initiatives recognised for commendation. */
@Repository
public class InitiativeRepository {

    private static final String SELECT = """
            SELECT i.*, p.citizen_id, p.full_name FROM commendation_initiative i
            JOIN personnel_person p ON p.id = i.person_id""";
    private static final String ORDER = " ORDER BY i.recognition_year DESC, p.citizen_id, i.id";

    private final JdbcTemplate jdbc;

    public InitiativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an initiative of a person of the register (checked beforehand); its id. */
    public long record(String citizenId, String title, int recognitionYear, Initiative.Scope scope,
                       String decisionNumber, java.time.LocalDate decisionDate, String recognisedBy, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO commendation_initiative (person_id, title, recognition_year, scope, decision_number,
                        decision_date, recognised_by, created_by, created_at)
                    VALUES ((SELECT id FROM personnel_person WHERE citizen_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            statement.setString(1, citizenId);
            statement.setString(2, title);
            statement.setInt(3, recognitionYear);
            statement.setString(4, scope.name());
            statement.setString(5, decisionNumber);
            statement.setDate(6, Date.valueOf(decisionDate));
            statement.setString(7, recognisedBy);
            statement.setString(8, createdBy);
            statement.setTimestamp(9, Timestamp.from(Instant.now()));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public boolean exists(String citizenId, String decisionNumber, String title) {
        Integer found = jdbc.queryForObject("""
                SELECT COUNT(*) FROM commendation_initiative i JOIN personnel_person p ON p.id = i.person_id
                WHERE p.citizen_id = ? AND i.decision_number = ? AND i.title = ?""", Integer.class,
                citizenId, decisionNumber, title);
        return found != null && found > 0;
    }

    /** A person's initiatives recognised in the years from..to (inclusive). */
    public List<Initiative> ofPerson(String citizenId, int fromYear, int toYear) {
        return jdbc.query(SELECT + " WHERE p.citizen_id = ? AND i.recognition_year BETWEEN ? AND ?" + ORDER,
                InitiativeRepository::initiative, citizenId, fromYear, toYear);
    }

    /** The initiatives of a year, or of a person, or all (newest first), at most {@code limit}. */
    public List<Initiative> list(Integer year, String citizenId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (year != null) {
            sql.append(" AND i.recognition_year = ?");
            args.add(year);
        }
        if (citizenId != null) {
            sql.append(" AND p.citizen_id = ?");
            args.add(citizenId);
        }
        sql.append(ORDER).append(" LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), InitiativeRepository::initiative, args.toArray());
    }

    private static Initiative initiative(ResultSet rs, int row) throws SQLException {
        return new Initiative(rs.getLong("id"), rs.getString("citizen_id"), rs.getString("full_name"),
                rs.getString("title"), rs.getInt("recognition_year"), Initiative.Scope.valueOf(rs.getString("scope")),
                rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                rs.getString("recognised_by"));
    }
}
