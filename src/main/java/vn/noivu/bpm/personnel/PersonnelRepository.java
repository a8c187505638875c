package vn.noivu.bpm.personnel;

import java.sql.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The personnel register's tables: a whole import in a few batches, a person with all their facts in one read. */
@Repository
public class PersonnelRepository {

    public record Saved(int created, int updated) {
    }

    private final JdbcTemplate jdbc;
    private final AwardRepository awards;

    public PersonnelRepository(JdbcTemplate jdbc, AwardRepository awards) {
        this.jdbc = jdbc;
        this.awards = awards;
    }

    /** Creates or replaces the people of an import (by citizen ID) with their ratings, discipline and achievement. */
    @Transactional
    public Saved save(List<Person> people) {
        Map<String, Long> existing = new HashMap<>();
        findIds(people.stream().map(Person::citizenId).toList(), existing);
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
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
        // Every person of this import now carries its imported_at: one read finds the new rows' ids (1,000-key
        // lookups right after the insert ran as sequential scans on a table the planner still thought empty).
        Map<String, Long> idOf = new HashMap<>(existing);
        Set<String> createdIds = new HashSet<>(created.stream().map(Person::citizenId).toList());
        jdbc.query("SELECT id, citizen_id FROM personnel_person WHERE imported_at = ?", row -> {
            if (createdIds.contains(row.getString(2))) {
                idOf.put(row.getString(2), row.getLong(1));
            }
        }, now);
        saveFacts(people, idOf, existing.keySet());
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

    /**
     * Only people already in the register can have facts to replace: a person created by this import has none, so
     * a first import of a province (100,000 people) runs no single-row deletes at all.
     */
    private void saveFacts(List<Person> people, Map<String, Long> idOf, Set<String> existed) {
        List<Object[]> personIds = people.stream().filter(p -> existed.contains(p.citizenId()))
                .map(p -> new Object[] {idOf.get(p.citizenId())}).toList();
        List<Object[]> ratingKeys = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        List<Object[]> disciplines = new ArrayList<>();
        List<Object[]> achievements = new ArrayList<>();
        for (Person p : people) {
            long id = idOf.get(p.citizenId());
            boolean replaces = existed.contains(p.citizenId());
            p.ratings().forEach((year, rating) -> {
                if (replaces) {
                    ratingKeys.add(new Object[] {id, year});
                }
                ratings.add(new Object[] {id, year, rating.name()});
            });
            if (p.discipline() != null) {
                disciplines.add(new Object[] {id, p.discipline().kind(), date(p.discipline().effectiveUntil()),
                        p.discipline().underProsecution()});
            }
            if (p.achievement() != null) {
                achievements.add(new Object[] {id, p.achievement().title(), p.achievement().level(), p.achievement().year()});
            }
        }
        jdbc.batchUpdate("DELETE FROM personnel_rating WHERE person_id = ? AND rating_year = ?", ratingKeys);
        jdbc.batchUpdate("INSERT INTO personnel_rating (person_id, rating_year, rating) VALUES (?, ?, ?)", ratings);
        // The export states each person's current discipline and highest achievement: an empty cell clears it.
        jdbc.batchUpdate("DELETE FROM personnel_discipline WHERE person_id = ?", personIds);
        jdbc.batchUpdate("DELETE FROM personnel_achievement WHERE person_id = ?", personIds);
        jdbc.batchUpdate("INSERT INTO personnel_discipline (person_id, kind, effective_until, under_prosecution) "
                + "VALUES (?, ?, ?, ?)", disciplines);
        jdbc.batchUpdate("INSERT INTO personnel_achievement (person_id, title, level, award_year) VALUES (?, ?, ?, ?)",
                achievements);
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
