package vn.noivu.bpm.restructuring.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.restructuring.domain.CataloguePlan;
import vn.noivu.bpm.restructuring.domain.UnitFiles;
import vn.noivu.bpm.restructuring.domain.UnitKind;

/**
 * The register of administrative units: versions of each unit by date, predecessor links, statistics. A catalogue is
 * applied in a few set-based batches; reads answer "which unit was this code on that day".
 */
@Repository
public class UnitRepository {

    /** One version of a unit: valid from {@code validFrom} to {@code validTo} (both included; null while open). */
    public record UnitRow(String code, String name, UnitKind kind, String parentCode, LocalDate validFrom,
                          LocalDate validTo) {
    }

    public record LinkRow(String successorCode, String predecessorCode, LocalDate effectiveDate,
                          UnitFiles.Share share) {
    }

    public record StatisticsRow(String code, LocalDate dataDate, BigDecimal areaKm2, String areaSource, long population,
                                Long populationPermanent, Long populationTemporary, String populationSource,
                                BigDecimal ethnicMinorityPercent, boolean mountainous, boolean island,
                                boolean landBorder, boolean coastalBaiNgang) {
    }

    public record Page(List<UnitRow> items, long total) {
    }

    private static final String UNIT_COLUMNS = "code, name, kind, parent_code, valid_from, valid_to";

    private final JdbcTemplate jdbc;

    public UnitRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises imports: the caller's transaction holds the register's lock row until it ends. */
    public void lock() {
        jdbc.queryForObject("SELECT id FROM restructuring_register_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    public Map<String, CataloguePlan.Version> openVersions() {
        Map<String, CataloguePlan.Version> open = new HashMap<>();
        jdbc.query("SELECT " + UNIT_COLUMNS + " FROM restructuring_unit WHERE valid_to IS NULL", row -> {
            UnitRow unit = unit(row, 0);
            open.put(unit.code(), new CataloguePlan.Version(unit.code(), unit.name(), unit.kind(), unit.parentCode(),
                    unit.validFrom()));
        });
        return open;
    }

    public Set<String> knownCodes() {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT code FROM restructuring_unit", String.class));
    }

    public Set<String> linkPairs() {
        Set<String> pairs = new HashSet<>();
        jdbc.query("SELECT successor_code, predecessor_code FROM restructuring_unit_link",
                row -> { pairs.add(row.getString(1) + "|" + row.getString(2)); });
        return pairs;
    }

    /** The latest date a version of the register starts on, or null for an empty register. */
    public LocalDate latestValidFrom() {
        Date date = jdbc.queryForObject("SELECT MAX(valid_from) FROM restructuring_unit", Date.class);
        return date == null ? null : date.toLocalDate();
    }

    public long recordImport(String kind, LocalDate validFrom, String fileName, int rows, String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    INSERT INTO restructuring_unit_import (kind, valid_from, file_name, row_count, imported_by, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, kind);
            insert.setDate(2, validFrom == null ? null : Date.valueOf(validFrom));
            insert.setString(3, fileName);
            insert.setInt(4, rows);
            insert.setString(5, user);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** Closes, opens and links as the plan says, in three batches. */
    public void apply(CataloguePlan plan, long importId) {
        Date lastDay = Date.valueOf(plan.lastDayOfClosed());
        Date from = Date.valueOf(plan.validFrom());
        jdbc.batchUpdate("UPDATE restructuring_unit SET valid_to = ? WHERE code = ? AND valid_to IS NULL",
                plan.toClose().stream().map(code -> new Object[] {lastDay, code}).toList());
        jdbc.batchUpdate("""
                INSERT INTO restructuring_unit (code, name, kind, parent_code, valid_from, import_id)
                VALUES (?, ?, ?, ?, ?, ?)""", plan.toOpen().stream().map(entry -> new Object[] {entry.code(),
                entry.name(), entry.kind().name(), entry.parentCode(), from, importId}).toList());
        jdbc.batchUpdate("""
                INSERT INTO restructuring_unit_link (successor_code, predecessor_code, effective_date, share, import_id)
                VALUES (?, ?, ?, ?, ?)""", plan.links().stream().map(link -> new Object[] {link.successor(),
                link.predecessor(), from, link.share().name(), importId}).toList());
    }

    /** Stores the statistics of a file, replacing the rows of the same code and data date; returns how many replaced. */
    public int saveStatistics(List<UnitFiles.StatisticsEntry> entries, long importId) {
        int[][] deleted = jdbc.batchUpdate("DELETE FROM restructuring_unit_statistics WHERE code = ? AND data_date = ?",
                entries, 1000, (statement, entry) -> {
                    statement.setString(1, entry.code());
                    statement.setDate(2, Date.valueOf(entry.dataDate()));
                });
        int replaced = 0;
        for (int[] batch : deleted) {
            for (int count : batch) {
                replaced += Math.max(count, 0);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO restructuring_unit_statistics (code, data_date, area_km2, area_source, population,
                    population_permanent, population_temporary, population_source, ethnic_minority_percent, mountainous,
                    island, land_border, coastal_bai_ngang, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entries.stream().map(e -> new Object[] {e.code(), Date.valueOf(e.dataDate()), e.areaKm2(), e.areaSource(),
                        e.population(), e.populationPermanent(), e.populationTemporary(), e.populationSource(),
                        e.ethnicMinorityPercent(), e.mountainous(), e.island(), e.landBorder(), e.coastalBaiNgang(),
                        importId}).toList());
        return replaced;
    }

    public boolean exists(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM restructuring_unit WHERE code = ?",
                Boolean.class, code));
    }

    public Optional<UnitRow> asOf(String code, LocalDate on) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM restructuring_unit WHERE code = ? AND valid_from <= ? "
                        + "AND (valid_to IS NULL OR valid_to >= ?)", (row, n) -> unit(row, 0), code, Date.valueOf(on),
                Date.valueOf(on)).stream().findFirst();
    }

    public List<UnitRow> versions(String code) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM restructuring_unit WHERE code = ? ORDER BY valid_from",
                (row, n) -> unit(row, 0), code);
    }

    /** The last version of a unit that began on or before a day (its name then), if any. */
    public Optional<UnitRow> lastBefore(String code, LocalDate on) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM restructuring_unit WHERE code = ? AND valid_from <= ? "
                + "ORDER BY valid_from DESC", (row, n) -> unit(row, 0), code, Date.valueOf(on)).stream().findFirst();
    }

    public List<LinkRow> predecessors(String code) {
        return jdbc.query("SELECT successor_code, predecessor_code, effective_date, share FROM restructuring_unit_link "
                + "WHERE successor_code = ? ORDER BY effective_date, predecessor_code", (row, n) -> link(row), code);
    }

    public List<LinkRow> successors(String code) {
        return jdbc.query("SELECT successor_code, predecessor_code, effective_date, share FROM restructuring_unit_link "
                + "WHERE predecessor_code = ? ORDER BY effective_date, successor_code", (row, n) -> link(row), code);
    }

    /** The latest statistics of a unit dated on or before {@code on}. */
    public Optional<StatisticsRow> statistics(String code, LocalDate on) {
        return jdbc.query("""
                SELECT code, data_date, area_km2, area_source, population, population_permanent, population_temporary,
                       population_source, ethnic_minority_percent, mountainous, island, land_border, coastal_bai_ngang
                FROM restructuring_unit_statistics WHERE code = ? AND data_date <= ? ORDER BY data_date DESC""",
                (row, n) -> new StatisticsRow(row.getString(1), row.getDate(2).toLocalDate(), row.getBigDecimal(3),
                        row.getString(4), row.getLong(5), nullableLong(row, 6), nullableLong(row, 7), row.getString(8),
                        row.getBigDecimal(9), row.getBoolean(10), row.getBoolean(11), row.getBoolean(12),
                        row.getBoolean(13)), code, Date.valueOf(on)).stream().findFirst();
    }

    /** The units valid on a day, under a parent and of a kind when given, by code. */
    public Page list(String parentCode, UnitKind kind, LocalDate on, int limit, long offset) {
        StringBuilder where = new StringBuilder(" FROM restructuring_unit WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(on), Date.valueOf(on)));
        if (parentCode != null) {
            where.append(" AND parent_code = ?");
            args.add(parentCode);
        }
        if (kind != null) {
            where.append(" AND kind = ?");
            args.add(kind.name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(offset);
        pageArgs.add(limit);
        List<UnitRow> items = jdbc.query("SELECT " + UNIT_COLUMNS + where + " ORDER BY code OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                (row, n) -> unit(row, 0), pageArgs.toArray());
        return new Page(items, total == null ? 0 : total);
    }

    private static UnitRow unit(ResultSet row, int offset) throws SQLException {
        Date validTo = row.getDate(offset + 6);
        return new UnitRow(row.getString(offset + 1), row.getString(offset + 2), UnitKind.valueOf(row.getString(offset + 3)),
                row.getString(offset + 4), row.getDate(offset + 5).toLocalDate(), validTo == null ? null : validTo.toLocalDate());
    }

    private static LinkRow link(ResultSet row) throws SQLException {
        return new LinkRow(row.getString(1), row.getString(2), row.getDate(3).toLocalDate(),
                UnitFiles.Share.valueOf(row.getString(4)));
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
