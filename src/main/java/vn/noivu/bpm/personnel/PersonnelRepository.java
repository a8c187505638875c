package vn.noivu.bpm.personnel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The personnel register's tables: an import a chunk at a time in a few statements, a person with all their facts in one read. */
@Repository
public class PersonnelRepository {

    public record Saved(int created, int updated) {
    }

    /** People written per round of statements: memory for a chunk, not for the file. */
    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final AwardRepository awards;

    public PersonnelRepository(JdbcTemplate jdbc, AwardRepository awards) {
        this.jdbc = jdbc;
        this.awards = awards;
    }

    /** People handed over one by one (an import streaming its file), for {@link #save(Source)}. */
    @FunctionalInterface
    public interface Source {
        void each(Consumer<Person> person);
    }

    /** Creates or replaces these people (by citizen ID) with their ratings, discipline and achievement. */
    @Transactional
    public Saved save(List<Person> people) {
        return save(people::forEach);
    }

    /**
     * Creates or replaces every person the source hands over, in one transaction, written {@value #CHUNK} at a time
     * so that memory stays the same whatever the number of people.
     */
    @Transactional
    public Saved save(Source people) {
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        boolean postgres = isPostgres();
        List<Person> chunk = new ArrayList<>(CHUNK);
        int[] counts = new int[2];
        Consumer<List<Person>> write = rows -> {
            Saved saved = postgres ? upsertChunk(rows, now) : saveChunk(rows, now);
            counts[0] += saved.created();
            counts[1] += saved.updated();
            rows.clear();
        };
        people.each(person -> {
            chunk.add(person);
            if (chunk.size() == CHUNK) {
                write.accept(chunk);
            }
        });
        if (!chunk.isEmpty()) {
            write.accept(chunk);
        }
        return new Saved(counts[0], counts[1]);
    }

    private boolean isPostgres() {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }

    /**
     * PostgreSQL: each table of a chunk in one statement over arrays. The upsert goes through the unique index on
     * citizen_id and returns every id, so no lookup depends on the planner's idea of a table filling up within
     * this transaction; {@code xmax = 0} tells a row just inserted from one updated.
     */
    private Saved upsertChunk(List<Person> people, Timestamp now) {
        Map<String, Long> idOf = new HashMap<>();
        Set<String> existed = new HashSet<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
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
            Facts facts = Facts.of(people, idOf, existed);
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
            return null;
        });
        return new Saved(people.size() - existed.size(), existed.size());
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
    private Saved saveChunk(List<Person> people, Timestamp now) {
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
        return new Saved(created.size(), updated.size());
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

    /** The full names of those of these citizen IDs that are in the register, a thousand per query. */
    public Map<String, String> names(java.util.Collection<String> citizenIds) {
        Map<String, String> names = new HashMap<>();
        List<String> ids = List.copyOf(citizenIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.query("SELECT citizen_id, full_name FROM personnel_person WHERE citizen_id IN ("
                    + String.join(",", chunk.stream().map(c -> "?").toList()) + ")",
                    row -> { names.put(row.getString(1), row.getString(2)); }, chunk.toArray());
        }
        return names;
    }

    private static Object[] personRow(Person p, Timestamp now) {
        return new Object[] {p.fullName(), p.gender(), date(p.dateOfBirth()), p.ethnicity(), p.ethnicMinority(),
                p.staffType(), p.unitCode(), p.unitName(), p.rankCode(), p.rankName(), date(p.rankSince()),
                p.equivalentMonths(), date(p.serviceStart()), now, p.citizenId()};
    }

    private static Date date(java.time.LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    public Optional<Person> find(String citizenId) {
        return findAll(List.of(citizenId)).values().stream().findFirst();
    }

    /**
     * Many people with all their facts in five queries, by citizen ID (a whole round at once). The achievement is
     * the highest of the imported one and the person's awards in the award register ({@link Achievements}).
     */
    public Map<String, Person> findAll(java.util.Collection<String> citizenIds) {
        Map<String, Person> people = new HashMap<>();
        List<String> ids = List.copyOf(citizenIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            people.putAll(chunk(ids.subList(from, Math.min(ids.size(), from + 1000))));
        }
        return people;
    }

    private Map<String, Person> chunk(List<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return Map.of();
        }
        String in = String.join(",", citizenIds.stream().map(c -> "?").toList());
        Object[] args = citizenIds.toArray();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM personnel_person WHERE citizen_id IN (" + in + ")", args);
        String byPerson = "person_id IN (SELECT id FROM personnel_person WHERE citizen_id IN (" + in + "))";
        Map<Long, Map<Integer, Rating>> ratings = new HashMap<>();
        jdbc.query("SELECT person_id, rating_year, rating FROM personnel_rating WHERE " + byPerson, row -> {
            ratings.computeIfAbsent(row.getLong(1), k -> new TreeMap<>()).put(row.getInt(2), Rating.valueOf(row.getString(3)));
        }, args);
        Map<Long, Person.Discipline> disciplines = new HashMap<>();
        jdbc.query("SELECT person_id, kind, effective_until, under_prosecution FROM personnel_discipline WHERE " + byPerson,
                row -> { disciplines.put(row.getLong(1), new Person.Discipline(row.getString(2), localDate(row.getDate(3)),
                        row.getBoolean(4))); }, args);
        Map<Long, Person.Achievement> achievements = new HashMap<>();
        jdbc.query("SELECT person_id, title, level, award_year FROM personnel_achievement WHERE " + byPerson,
                row -> { achievements.put(row.getLong(1), new Person.Achievement(row.getString(2), row.getString(3),
                        (Integer) row.getObject(4))); }, args);
        Map<Long, List<Award>> awarded = awards.ofPersonIds(rows.stream()
                .map(row -> ((Number) lowerCase(row).get("id")).longValue()).toList());
        Map<String, Person> people = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> p = lowerCase(row);
            long id = ((Number) p.get("id")).longValue();
            people.put((String) p.get("citizen_id"), new Person((String) p.get("citizen_id"), (String) p.get("full_name"),
                    (String) p.get("gender"), localDate(p.get("date_of_birth")), (String) p.get("ethnicity"),
                    (Boolean) p.get("ethnic_minority"), (String) p.get("staff_type"), (String) p.get("unit_code"),
                    (String) p.get("unit_name"), (String) p.get("rank_code"), (String) p.get("rank_name"),
                    localDate(p.get("rank_since")), ((Number) p.get("equivalent_months")).intValue(),
                    localDate(p.get("service_start")), ratings.getOrDefault(id, new TreeMap<>()), disciplines.get(id),
                    Achievements.highest(achievements.get(id), awarded.getOrDefault(id, List.of()))));
        }
        return people;
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private static java.time.LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.time.LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }
}
