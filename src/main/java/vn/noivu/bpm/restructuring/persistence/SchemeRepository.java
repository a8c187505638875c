package vn.noivu.bpm.restructuring.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.restructuring.domain.ChangeKind;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.domain.UnitKind;

/** Every SQL statement of a restructuring scheme: the scheme, its resulting units and parts, consultation, councils. */
@Repository
public class SchemeRepository {

    public record SchemeRow(long id, String code, String title, String provinceCode, LocalDate schemeDate,
                            String changeLevel, String regime, boolean standardsMet, String explanation,
                            SchemeStatus status, int consultationRound, String processInstanceId, String resolutionBody,
                            String resolutionNumber, LocalDate resolutionDate, LocalDate effectiveDate,
                            Instant registerAppliedAt, String createdBy) {
    }

    public record ResultRow(long id, int arrangementNo, ChangeKind change, String code, String name, UnitKind kind,
                            String parentCode, String seat, BigDecimal areaKm2, long population,
                            BigDecimal ethnicMinorityPercent, boolean mountainous, boolean island, boolean landBorder,
                            boolean coastalBaiNgang, boolean standardsMet, String checkResult) {
    }

    public record PartRow(long resultId, String predecessorCode, BigDecimal areaKm2, long population, String share) {
    }

    public record ConsultationRow(int round, String communeCode, String communeName, Long totalHouseholds,
                                  Long consulted, Long agree, Long disagree, Long otherOpinions, BigDecimal agreePercent,
                                  Boolean passed, String ruleWording, String nextStep, Instant reportedAt) {
    }

    public record VillageRow(String communeCode, int round, String village, long totalHouseholds, long consulted,
                             long agree, long disagree, long otherOpinions) {
    }

    public record CouncilRow(String unitCode, String level, String resolutionNumber, LocalDate resolutionDate,
                             int delegates, int votesFor, int votesAgainst, boolean adopted, String citation) {
    }

    public record FileRow(String kind, String fileName, String contentType, int size) {
    }

    private static final String SCHEME_COLUMNS = """
            id, code, title, province_code, scheme_date, change_level, regime, standards_met, explanation, status,
            consultation_round, process_instance_id, resolution_body, resolution_number, resolution_date, effective_date,
            register_applied_at, created_by""";

    private final JdbcTemplate jdbc;

    public SchemeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean codeExists(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM restructuring_scheme WHERE code = ?",
                Boolean.class, code));
    }

    public long insertScheme(String code, String title, String provinceCode, LocalDate schemeDate, String changeLevel,
                             String regime, boolean standardsMet, String explanation, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO restructuring_scheme (code, title, province_code, scheme_date, change_level, regime,
                        standards_met, explanation, status, consultation_round, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""", new String[] {"id"});
            insert.setString(1, code);
            insert.setString(2, title);
            insert.setString(3, provinceCode);
            insert.setDate(4, Date.valueOf(schemeDate));
            insert.setString(5, changeLevel);
            insert.setString(6, regime);
            insert.setBoolean(7, standardsMet);
            insert.setString(8, explanation);
            insert.setString(9, SchemeStatus.DANG_LAY_Y_KIEN.name());
            insert.setString(10, createdBy);
            insert.setTimestamp(11, Timestamp.from(Instant.now()));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    public long insertResult(long schemeId, int arrangementNo, ChangeKind change, String code, String name, UnitKind kind,
                             String parentCode, String seat, BigDecimal area, long population, BigDecimal ethnicMinority,
                             boolean mountainous, boolean island, boolean landBorder, boolean coastal, boolean met,
                             String checkJson) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO restructuring_scheme_result (scheme_id, arrangement_no, change_kind, code, name, kind,
                        parent_code, seat, area_km2, population, ethnic_minority_percent, mountainous, island,
                        land_border, coastal_bai_ngang, standards_met, check_result)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, schemeId);
            insert.setInt(2, arrangementNo);
            insert.setString(3, change.name());
            insert.setString(4, code);
            insert.setString(5, name);
            insert.setString(6, kind.name());
            insert.setString(7, parentCode);
            insert.setString(8, seat);
            insert.setBigDecimal(9, area);
            insert.setLong(10, population);
            insert.setBigDecimal(11, ethnicMinority);
            insert.setBoolean(12, mountainous);
            insert.setBoolean(13, island);
            insert.setBoolean(14, landBorder);
            insert.setBoolean(15, coastal);
            insert.setBoolean(16, met);
            insert.setString(17, checkJson);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    public void insertPart(long resultId, String predecessorCode, BigDecimal area, long population, String share) {
        jdbc.update("INSERT INTO restructuring_scheme_part (result_id, predecessor_code, area_km2, population, share) "
                + "VALUES (?, ?, ?, ?, ?)", resultId, predecessorCode, area, population, share);
    }

    public void setProcessInstance(long schemeId, String processInstanceId) {
        jdbc.update("UPDATE restructuring_scheme SET process_instance_id = ? WHERE id = ?", processInstanceId, schemeId);
    }

    public void setStatus(long schemeId, SchemeStatus status) {
        jdbc.update("UPDATE restructuring_scheme SET status = ? WHERE id = ?", status.name(), schemeId);
    }

    public void setRound(long schemeId, int round) {
        jdbc.update("UPDATE restructuring_scheme SET consultation_round = ? WHERE id = ?", round, schemeId);
    }

    public Optional<SchemeRow> scheme(long id) {
        return jdbc.query("SELECT " + SCHEME_COLUMNS + " FROM restructuring_scheme WHERE id = ?", (row, n) -> scheme(row), id)
                .stream().findFirst();
    }

    public Optional<SchemeRow> byCode(String code) {
        return jdbc.query("SELECT " + SCHEME_COLUMNS + " FROM restructuring_scheme WHERE code = ?", (row, n) -> scheme(row), code)
                .stream().findFirst();
    }

    /** The scheme's row locked for this transaction (a report, a council, a resolution change it). */
    public Optional<SchemeRow> lock(long id) {
        return jdbc.query("SELECT " + SCHEME_COLUMNS + " FROM restructuring_scheme WHERE id = ? FOR UPDATE",
                (row, n) -> scheme(row), id).stream().findFirst();
    }

    public List<ResultRow> results(long schemeId) {
        return jdbc.query("""
                SELECT id, arrangement_no, change_kind, code, name, kind, parent_code, seat, area_km2, population,
                       ethnic_minority_percent, mountainous, island, land_border, coastal_bai_ngang, standards_met, check_result
                FROM restructuring_scheme_result WHERE scheme_id = ? ORDER BY arrangement_no, id""", (row, n) -> new ResultRow(
                row.getLong(1), row.getInt(2), ChangeKind.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                UnitKind.valueOf(row.getString(6)), row.getString(7), row.getString(8), row.getBigDecimal(9), row.getLong(10),
                row.getBigDecimal(11), row.getBoolean(12), row.getBoolean(13), row.getBoolean(14), row.getBoolean(15),
                row.getBoolean(16), row.getString(17)), schemeId);
    }

    public List<PartRow> parts(long schemeId) {
        return jdbc.query("""
                SELECT p.result_id, p.predecessor_code, p.area_km2, p.population, p.share
                FROM restructuring_scheme_part p JOIN restructuring_scheme_result r ON r.id = p.result_id
                WHERE r.scheme_id = ? ORDER BY p.result_id, p.predecessor_code""", (row, n) -> new PartRow(row.getLong(1),
                row.getString(2), row.getBigDecimal(3), row.getLong(4), row.getString(5)), schemeId);
    }

    public void insertConsultations(long schemeId, int round, List<String[]> communes) {
        jdbc.batchUpdate("INSERT INTO restructuring_consultation (scheme_id, round_no, commune_code, commune_name) VALUES (?, ?, ?, ?)",
                communes.stream().map(c -> new Object[] {schemeId, round, c[0], c[1]}).toList());
    }

    public List<ConsultationRow> consultations(long schemeId) {
        return jdbc.query("""
                SELECT round_no, commune_code, commune_name, total_households, consulted, agree, disagree, other_opinions,
                       agree_percent, passed, rule_wording, next_step, reported_at
                FROM restructuring_consultation WHERE scheme_id = ? ORDER BY round_no, commune_code""",
                (row, n) -> new ConsultationRow(row.getInt(1), row.getString(2), row.getString(3), nullableLong(row, 4),
                        nullableLong(row, 5), nullableLong(row, 6), nullableLong(row, 7), nullableLong(row, 8),
                        row.getBigDecimal(9), nullableBoolean(row, 10), row.getString(11), row.getString(12),
                        row.getTimestamp(13) == null ? null : row.getTimestamp(13).toInstant()), schemeId);
    }

    public List<ConsultationRow> consultations(long schemeId, int round) {
        return consultations(schemeId).stream().filter(c -> c.round() == round).toList();
    }

    public void saveTally(long schemeId, int round, String communeCode, long total, long consulted, long agree,
                          long disagree, long other, BigDecimal agreePercent, boolean passed, String wording,
                          String nextStep, String reportedBy) {
        jdbc.update("""
                UPDATE restructuring_consultation SET total_households = ?, consulted = ?, agree = ?, disagree = ?,
                    other_opinions = ?, agree_percent = ?, passed = ?, rule_wording = ?, next_step = ?, reported_by = ?,
                    reported_at = ? WHERE scheme_id = ? AND round_no = ? AND commune_code = ?""", total, consulted, agree,
                disagree, other, agreePercent, passed, wording, nextStep, reportedBy, Timestamp.from(Instant.now()),
                schemeId, round, communeCode);
    }

    public void replaceVillages(long schemeId, int round, String communeCode, List<VillageRow> villages) {
        jdbc.update("DELETE FROM restructuring_consultation_village WHERE scheme_id = ? AND round_no = ? AND commune_code = ?",
                schemeId, round, communeCode);
        jdbc.batchUpdate("""
                INSERT INTO restructuring_consultation_village (scheme_id, round_no, commune_code, village, total_households,
                    consulted, agree, disagree, other_opinions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                villages.stream().map(v -> new Object[] {schemeId, round, communeCode, v.village(), v.totalHouseholds(),
                        v.consulted(), v.agree(), v.disagree(), v.otherOpinions()}).toList());
    }

    public List<VillageRow> villages(long schemeId) {
        return jdbc.query("""
                SELECT commune_code, round_no, village, total_households, consulted, agree, disagree, other_opinions
                FROM restructuring_consultation_village WHERE scheme_id = ? ORDER BY round_no, commune_code, village""",
                (row, n) -> new VillageRow(row.getString(1), row.getInt(2), row.getString(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)), schemeId);
    }

    public boolean councilExists(long schemeId, String unitCode) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM restructuring_council WHERE scheme_id = ? AND unit_code = ?", Boolean.class,
                schemeId, unitCode));
    }

    public void insertCouncil(long schemeId, CouncilRow c, String recordedBy) {
        jdbc.update("""
                INSERT INTO restructuring_council (scheme_id, unit_code, council_level, resolution_number, resolution_date,
                    delegates, votes_for, votes_against, adopted, rule_citation, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                schemeId, c.unitCode(), c.level(), c.resolutionNumber(), Date.valueOf(c.resolutionDate()), c.delegates(),
                c.votesFor(), c.votesAgainst(), c.adopted(), c.citation(), recordedBy);
    }

    public List<CouncilRow> councils(long schemeId) {
        return jdbc.query("""
                SELECT unit_code, council_level, resolution_number, resolution_date, delegates, votes_for, votes_against,
                       adopted, rule_citation FROM restructuring_council WHERE scheme_id = ? ORDER BY council_level, unit_code""",
                (row, n) -> new CouncilRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getDate(4).toLocalDate(), row.getInt(5), row.getInt(6), row.getInt(7), row.getBoolean(8),
                        row.getString(9)), schemeId);
    }

    public void saveFile(long schemeId, String kind, String fileName, String contentType, byte[] content, String by) {
        jdbc.update("DELETE FROM restructuring_scheme_file WHERE scheme_id = ? AND kind = ?", schemeId, kind);
        jdbc.update("""
                INSERT INTO restructuring_scheme_file (scheme_id, kind, file_name, content_type, content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?)""", schemeId, kind, fileName, contentType, content, by);
    }

    public List<FileRow> files(long schemeId) {
        return jdbc.query("SELECT kind, file_name, content_type, content FROM restructuring_scheme_file WHERE scheme_id = ? "
                + "ORDER BY kind", (row, n) -> new FileRow(row.getString(1), row.getString(2), row.getString(3),
                row.getBytes(4).length), schemeId);
    }

    public void recordResolution(long schemeId, String body, String number, LocalDate date, LocalDate effective) {
        jdbc.update("""
                UPDATE restructuring_scheme SET resolution_body = ?, resolution_number = ?, resolution_date = ?,
                    effective_date = ?, status = ? WHERE id = ?""", body, number, Date.valueOf(date),
                Date.valueOf(effective), SchemeStatus.CHO_HIEU_LUC.name(), schemeId);
    }

    public void markApplied(long schemeId) {
        jdbc.update("UPDATE restructuring_scheme SET register_applied_at = ?, status = ? WHERE id = ?",
                Timestamp.from(Instant.now()), SchemeStatus.DA_CO_HIEU_LUC.name(), schemeId);
    }

    private static SchemeRow scheme(ResultSet row) throws SQLException {
        return new SchemeRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                row.getDate(5).toLocalDate(), row.getString(6), row.getString(7), row.getBoolean(8), row.getString(9),
                SchemeStatus.valueOf(row.getString(10)), row.getInt(11), row.getString(12), row.getString(13),
                row.getString(14), date(row, 15), date(row, 16),
                row.getTimestamp(17) == null ? null : row.getTimestamp(17).toInstant(), row.getString(18));
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet row, int column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }
}
