package vn.noivu.bpm.personnel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel register's tables: an import a chunk at a time ({@link PersonnelChunks}), a person with all their
 * facts in one read.
 */
@Repository
public class PersonnelRepository {

    public record Saved(int created, int updated) {
    }

    /** People written per round of statements: memory for a chunk, not for the file. */
    static final int CHUNK = 5_000;

    private final JdbcTemplate jdbc;
    private final AwardRepository awards;
    private final PersonnelChunks chunks;

    public PersonnelRepository(JdbcTemplate jdbc, AwardRepository awards) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.chunks = new PersonnelChunks(jdbc);
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
        List<Person> chunk = new ArrayList<>(CHUNK);
        int[] counts = new int[2];
        Consumer<List<Person>> write = rows -> {
            Saved saved = chunks.write(rows, now);
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
