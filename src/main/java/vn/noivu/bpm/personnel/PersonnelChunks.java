package vn.noivu.bpm.personnel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.platform.database.DatabaseVendor;

/**
 * The statements that write a chunk of the register's people with their facts, within the caller's transaction
 * ({@link PersonnelRepository#save(PersonnelRepository.Source)}).
 */
final class PersonnelChunks {

    private final JdbcTemplate jdbc;
    private final DatabaseVendor vendor;

    PersonnelChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.vendor = new DatabaseVendor(jdbc);
    }

    /** Writes one chunk: PostgreSQL in a few array statements, any other database in JDBC batches. */
    PersonnelRepository.Saved write(List<Person> people, Timestamp now) {
        return vendor.isPostgres() ? upsertChunk(people, now) : saveChunk(people, now);
    }

    /**
     * PostgreSQL: each table of a chunk in one statement over arrays. The upsert goes through the unique index on
     * citizen_id and returns every id, so no lookup depends on the planner's idea of a table filling up within
     * this transaction; {@code xmax = 0} tells a row just inserted from one updated.
     */
    private PersonnelRepository.Saved upsertChunk(List<Person> people, Timestamp now) {
        Map<String, Long> idOf = new HashMap<>();
        Set<String> existed = new HashSet<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            upsertPeople(connection, people, now, idOf, existed);
            upsertFacts(connection, Facts.of(people, idOf, existed));
            return null;
        });
        return new PersonnelRepository.Saved(people.size() - existed.size(), existed.size());
    }

    /** Fills {@code idOf} with every person's id and {@code existed} with the citizen IDs that were there before. */
    private static void upsertPeople(Connection connection, List<Person> people, Timestamp now, Map<String, Long> idOf,
                                     Set<String> existed) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO personnel_person (citizen_id, full_name, gender, date_of_birth, ethnicity, ethnic_minority,
                    staff_type, unit_code, unit_name, rank_code, rank_name, rank_since, equivalent_months, service_start,
                    imported_at)
                SELECT p.*, ? FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[],
                    ?::boolean[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[],
                    ?::integer[], ?::date[]) AS p
                ON CONFLICT (citizen_id) DO UPDATE SET full_name = EXCLUDED.full_name, gender = EXCLUDED.gender,
                    date_of_birth = EXCLUDED.date_of_birth, ethnicity = EXCLUDED.ethnicity,
                    ethnic_minority = EXCLUDED.ethnic_minority, staff_type = EXCLUDED.staff_type,
                    unit_code = EXCLUDED.unit_code, unit_name = EXCLUDED.unit_name, rank_code = EXCLUDED.rank_code,
                    rank_name = EXCLUDED.rank_name, rank_since = EXCLUDED.rank_since,
                    equivalent_months = EXCLUDED.equivalent_months, service_start = EXCLUDED.service_start,
                    imported_at = EXCLUDED.imported_at
                RETURNING id, citizen_id, xmax = 0""")) {
            upsert.setTimestamp(1, now);
            Columns columns = new Columns(connection, upsert, 2);
            columns.text(people, Person::citizenId);
            columns.text(people, Person::fullName);
            columns.text(people, Person::gender);
            columns.text(people, p -> text(p.dateOfBirth()));
            columns.text(people, Person::ethnicity);
            columns.add("boolean", people.stream().map(Person::ethnicMinority).toArray(Boolean[]::new));
            columns.text(people, Person::staffType);
            columns.text(people, Person::unitCode);
            columns.text(people, Person::unitName);
            columns.text(people, Person::rankCode);
            columns.text(people, Person::rankName);
            columns.text(people, p -> text(p.rankSince()));
            columns.add("integer", people.stream().map(Person::equivalentMonths).toArray(Integer[]::new));
            columns.text(people, p -> text(p.serviceStart()));
            try (ResultSet row = upsert.executeQuery()) {
                while (row.next()) {
                    idOf.put(row.getString(2), row.getLong(1));
                    if (!row.getBoolean(3)) {
                        existed.add(row.getString(2));
                    }
                }
            }
        }
    }

    private static void upsertFacts(Connection connection, Facts facts) throws SQLException {
        // A re-import states each year it has a rating for; years it leaves out keep theirs. New people's
        // ratings cannot conflict: a plain insert, without the upsert's speculative insertion.
        execute(connection, """
                INSERT INTO personnel_rating (person_id, rating_year, rating)
                SELECT * FROM unnest(?::bigint[], ?::integer[], ?::varchar[])""", facts.newRatings, 3,
                "bigint", "integer", "varchar");
        execute(connection, """
                INSERT INTO personnel_rating (person_id, rating_year, rating)
                SELECT * FROM unnest(?::bigint[], ?::integer[], ?::varchar[])
                ON CONFLICT (person_id, rating_year) DO UPDATE SET rating = EXCLUDED.rating""",
                facts.replacedRatings, 3, "bigint", "integer", "varchar");
        // The export states each person's current discipline and highest achievement: an empty cell clears it.
        if (!facts.replaced.isEmpty()) {
            for (String table : List.of("personnel_discipline", "personnel_achievement")) {
                execute(connection, "DELETE FROM " + table + " WHERE person_id = ANY (?::bigint[])",
                        facts.replaced.stream().map(id -> new Object[] {id}).toList(), 1, "bigint");
            }
        }
        execute(connection, """
                INSERT INTO personnel_discipline (person_id, kind, effective_until, under_prosecution)
                SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::date[], ?::boolean[])""", facts.disciplines, 4,
                "bigint", "varchar", "varchar", "boolean");
        execute(connection, """
                INSERT INTO personnel_achievement (person_id, title, level, award_year)
                SELECT * FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::integer[])""", facts.achievements,
                4, "bigint", "varchar", "varchar", "integer");
    }

    /** One statement whose parameters are arrays, column by column of {@code rows}; nothing when there are none. */
    private static void execute(Connection connection, String sql, List<Object[]> rows, int width, String... types)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int c = 0; c < width; c++) {
                int column = c;
                statement.setArray(c + 1, connection.createArrayOf(types[c], typed(types[c],
                        rows.stream().map(row -> row[column] instanceof Date day ? day.toString() : row[column]))));
            }
            statement.execute();
        }
    }

    /** An array of the Java type the driver encodes as {@code type}. */
    private static Object[] typed(String type, java.util.stream.Stream<Object> values) {
        return switch (type) {
            case "bigint" -> values.toArray(Long[]::new);
            case "integer" -> values.toArray(Integer[]::new);
            case "boolean" -> values.toArray(Boolean[]::new);
            default -> values.toArray(String[]::new);
        };
    }

    /** The array parameters of one statement, from the first index on. */
    private static final class Columns {
        private final Connection connection;
        private final PreparedStatement statement;
        private int index;

        Columns(Connection connection, PreparedStatement statement, int first) {
            this.connection = connection;
            this.statement = statement;
            this.index = first;
        }

        void text(List<Person> people, java.util.function.Function<Person, String> value) throws SQLException {
            add("varchar", people.stream().map(value).toArray(String[]::new));
        }

        void add(String type, Object[] values) throws SQLException {
            statement.setArray(index++, connection.createArrayOf(type, values));
        }
    }

    private static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** The ratings, disciplines and achievements of a chunk as rows, and the ids whose facts an import replaces. */
    private record Facts(List<Object[]> newRatings, List<Object[]> replacedRatings, List<Object[]> disciplines,
                         List<Object[]> achievements, List<Long> replaced) {

        static Facts of(List<Person> people, Map<String, Long> idOf, Set<String> existed) {
            Facts facts = new Facts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            for (Person p : people) {
                long id = idOf.get(p.citizenId());
                boolean replaces = existed.contains(p.citizenId());
                if (replaces) {
                    facts.replaced.add(id);
                }
                p.ratings().forEach((year, rating) -> (replaces ? facts.replacedRatings : facts.newRatings)
                        .add(new Object[] {id, year, rating.name()}));
                if (p.discipline() != null) {
                    facts.disciplines.add(new Object[] {id, p.discipline().kind(), date(p.discipline().effectiveUntil()),
                            p.discipline().underProsecution()});
                }
                if (p.achievement() != null) {
                    facts.achievements.add(new Object[] {id, p.achievement().title(), p.achievement().level(),
                            p.achievement().year()});
                }
            }
            return facts;
        }
    }

    /**
     * Any other database (H2 for the demo): JDBC batches per chunk. The chunk's existing people are looked up by
     * citizen ID, the new ones inserted, then their ids read back the same way.
     */
    private PersonnelRepository.Saved saveChunk(List<Person> people, Timestamp now) {
        Map<String, Long> existing = new HashMap<>();
        findIds(people.stream().map(Person::citizenId).toList(), existing);
        List<Person> created = people.stream().filter(p -> !existing.containsKey(p.citizenId())).toList();
        List<Person> updated = people.stream().filter(p -> existing.containsKey(p.citizenId())).toList();
        jdbc.batchUpdate("""
                INSERT INTO personnel_person (full_name, gender, date_of_birth, ethnicity, ethnic_minority, staff_type,
                    unit_code, unit_name, rank_code, rank_name, rank_since, equivalent_months, service_start, imported_at,
                    citizen_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                created.stream().map(p -> personRow(p, now)).toList());
        jdbc.batchUpdate("""
                UPDATE personnel_person SET full_name = ?, gender = ?, date_of_birth = ?, ethnicity = ?, ethnic_minority = ?,
                    staff_type = ?, unit_code = ?, unit_name = ?, rank_code = ?, rank_name = ?, rank_since = ?,
                    equivalent_months = ?, service_start = ?, imported_at = ? WHERE citizen_id = ?""",
                updated.stream().map(p -> personRow(p, now)).toList());
        Map<String, Long> idOf = new HashMap<>(existing);
        findIds(created.stream().map(Person::citizenId).toList(), idOf);
        Facts facts = Facts.of(people, idOf, existing.keySet());
        jdbc.batchUpdate("DELETE FROM personnel_rating WHERE person_id = ? AND rating_year = ?",
                facts.replacedRatings.stream().map(r -> new Object[] {r[0], r[1]}).toList());
        String insertRating = "INSERT INTO personnel_rating (person_id, rating_year, rating) VALUES (?, ?, ?)";
        jdbc.batchUpdate(insertRating, facts.newRatings);
        jdbc.batchUpdate(insertRating, facts.replacedRatings);
        List<Object[]> replaced = facts.replaced.stream().map(id -> new Object[] {id}).toList();
        jdbc.batchUpdate("DELETE FROM personnel_discipline WHERE person_id = ?", replaced);
        jdbc.batchUpdate("DELETE FROM personnel_achievement WHERE person_id = ?", replaced);
        jdbc.batchUpdate("INSERT INTO personnel_discipline (person_id, kind, effective_until, under_prosecution) "
                + "VALUES (?, ?, ?, ?)", facts.disciplines);
        jdbc.batchUpdate("INSERT INTO personnel_achievement (person_id, title, level, award_year) VALUES (?, ?, ?, ?)",
                facts.achievements);
        return new PersonnelRepository.Saved(created.size(), updated.size());
    }

    /** Adds the row id of each of these citizen IDs that is in the register, a thousand per query. */
    private void findIds(List<String> citizenIds, Map<String, Long> into) {
        for (int from = 0; from < citizenIds.size(); from += 1000) {
            List<String> chunk = citizenIds.subList(from, Math.min(citizenIds.size(), from + 1000));
            jdbc.query("SELECT id, citizen_id FROM personnel_person WHERE citizen_id IN ("
                    + String.join(",", chunk.stream().map(c -> "?").toList()) + ")",
                    row -> { into.put(row.getString(2), row.getLong(1)); }, chunk.toArray());
        }
    }

    private static Object[] personRow(Person p, Timestamp now) {
        return new Object[] {p.fullName(), p.gender(), date(p.dateOfBirth()), p.ethnicity(), p.ethnicMinority(),
                p.staffType(), p.unitCode(), p.unitName(), p.rankCode(), p.rankName(), date(p.rankSince()),
                p.equivalentMonths(), date(p.serviceStart()), now, p.citizenId()};
    }

    private static Date date(java.time.LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
