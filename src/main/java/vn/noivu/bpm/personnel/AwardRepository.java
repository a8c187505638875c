package vn.noivu.bpm.personnel;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.personnel.AwardVocabulary.HolderType;
import vn.noivu.bpm.personnel.AwardVocabulary.Kind;
import vn.noivu.bpm.personnel.AwardVocabulary.Level;
import vn.noivu.bpm.personnel.AwardVocabulary.Source;
import vn.noivu.bpm.personnel.AwardVocabulary.Title;

/** Every SQL statement of the award register. */
@Repository
public class AwardRepository {

    private static final String SELECT = """
            SELECT a.*, p.citizen_id, p.full_name FROM award a LEFT JOIN personnel_person p ON p.id = a.person_id""";
    private static final String ORDER = " ORDER BY a.award_year DESC, a.title, p.citizen_id, a.unit_code";

    /** What the register's list is filtered by; a null filter takes every value. {@code unitCode}: a collective's. */
    public record Filter(Integer year, Title title, Level level, String unitCode) {
    }

    private final JdbcTemplate jdbc;

    public AwardRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision's awards in one batch; the holders are checked beforehand (persons in the register, no duplicates). */
    public void insert(Award.Decision decision, List<Award.Given> awards, Source source, String sourceReference,
                       String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                INSERT INTO award (person_id, unit_code, unit_name, title, award_level, award_year, kind, decision_number,
                    decision_date, decider, source, source_reference, created_by, created_at)
                VALUES ((SELECT id FROM personnel_person WHERE citizen_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                awards.stream().map(a -> new Object[] {a.holder().citizenId(), a.holder().unitCode(),
                        a.holder().unitName(), a.title().name(), a.title().level().name(), a.year(), a.kind().name(),
                        decision.number(), Date.valueOf(decision.date()), decision.decider(), source.name(),
                        sourceReference, createdBy, now}).toList());
    }

    /** Which of these (holder, title, year) are already in the register, as {@link #key} strings. */
    public Set<String> existing(List<Award.Given> awards) {
        Set<String> found = new HashSet<>();
        List<String> citizens = awards.stream().filter(a -> a.holder().type() == HolderType.CA_NHAN)
                .map(a -> a.holder().citizenId()).distinct().toList();
        List<String> units = awards.stream().filter(a -> a.holder().type() == HolderType.TAP_THE)
                .map(a -> a.holder().unitCode()).distinct().toList();
        inChunks(citizens, "p.citizen_id", rows -> rows.forEach(a -> found.add(key(a.holder(), a.title(), a.year()))));
        inChunks(units, "a.unit_code", rows -> rows.forEach(a -> found.add(key(a.holder(), a.title(), a.year()))));
        return found;
    }

    /** One string per (holder, title, year): the register's uniqueness. */
    public static String key(Award.Holder holder, Title title, int year) {
        return (holder.type() == HolderType.CA_NHAN ? "P:" + holder.citizenId() : "T:" + holder.unitCode())
                + "/" + title.name() + "/" + year;
    }

    public List<Award> ofPerson(String citizenId) {
        return jdbc.query(SELECT + " WHERE p.citizen_id = ?" + ORDER, AwardRepository::award, citizenId);
    }

    public List<Award> ofUnit(String unitCode) {
        return jdbc.query(SELECT + " WHERE a.unit_code = ?" + ORDER, AwardRepository::award, unitCode);
    }

    /** Awards of many people by their register row id, a thousand ids per query (a round's nominees at once). */
    public Map<Long, List<Award>> ofPersonIds(Collection<Long> personIds) {
        Map<Long, List<Award>> byPerson = new HashMap<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            jdbc.query(SELECT + " WHERE a.person_id IN (" + String.join(",", chunk.stream().map(id -> "?").toList())
                    + ")" + ORDER, row -> {
                        byPerson.computeIfAbsent(row.getLong("person_id"), k -> new ArrayList<>()).add(award(row, 0));
                    }, chunk.toArray());
        }
        return byPerson;
    }

    /** The register, newest year first; {@code limit} rows from {@code offset}. */
    public List<Award> list(Filter filter, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(SELECT + where + ORDER + " LIMIT ? OFFSET ?", AwardRepository::award, args.toArray());
    }

    public int count(Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        return jdbc.queryForObject("SELECT COUNT(*) FROM award a" + where, Integer.class, args.toArray());
    }

    private static String where(Filter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (filter.year() != null) {
            conditions.add("a.award_year = ?");
            args.add(filter.year());
        }
        if (filter.title() != null) {
            conditions.add("a.title = ?");
            args.add(filter.title().name());
        }
        if (filter.level() != null) {
            conditions.add("a.award_level = ?");
            args.add(filter.level().name());
        }
        if (filter.unitCode() != null) {
            conditions.add("a.unit_code = ?");
            args.add(filter.unitCode());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /**
     * How many consecutive years up to {@code year} the holder has held the title for merit (CONG_TRANG), counting
     * back from {@code year} itself: 0 without an award that year. Consecutive years, numbered from the latest,
     * share year + row number; the run that includes {@code year} is the one where that sum is year + 1.
     */
    public int streak(Award.Holder holder, Title title, int year) {
        boolean person = holder.type() == HolderType.CA_NHAN;
        String byHolder = person ? "person_id = (SELECT id FROM personnel_person WHERE citizen_id = ?)" : "unit_code = ?";
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM (
                    SELECT award_year + ROW_NUMBER() OVER (ORDER BY award_year DESC) AS run FROM award
                    WHERE %s AND title = ? AND kind = ? AND award_year <= ?) years
                WHERE run = ?""".formatted(byHolder), Integer.class, person ? holder.citizenId() : holder.unitCode(),
                title.name(), Kind.CONG_TRANG.name(), year, year + 1);
    }

    private void inChunks(List<String> values, String column, java.util.function.Consumer<List<Award>> sink) {
        for (int from = 0; from < values.size(); from += 1000) {
            List<String> chunk = values.subList(from, Math.min(values.size(), from + 1000));
            sink.accept(jdbc.query(SELECT + " WHERE " + column + " IN ("
                    + String.join(",", chunk.stream().map(v -> "?").toList()) + ")", AwardRepository::award, chunk.toArray()));
        }
    }

    private static Award award(ResultSet row, int i) throws SQLException {
        boolean person = row.getObject("person_id") != null;
        Award.Holder holder = new Award.Holder(person ? HolderType.CA_NHAN : HolderType.TAP_THE,
                row.getString("citizen_id"), row.getString("full_name"), row.getString("unit_code"), row.getString("unit_name"));
        return new Award(row.getLong("id"), holder, Title.valueOf(row.getString("title")), row.getInt("award_year"),
                Kind.valueOf(row.getString("kind")), new Award.Decision(row.getString("decision_number"),
                row.getDate("decision_date").toLocalDate(), row.getString("decider")),
                Source.valueOf(row.getString("source")), row.getString("source_reference"), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant());
    }
}
