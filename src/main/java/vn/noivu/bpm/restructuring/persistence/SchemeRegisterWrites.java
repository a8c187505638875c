package vn.noivu.bpm.restructuring.persistence;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.noivu.bpm.restructuring.domain.UnitKind;

/**
 * What a scheme's resolution writes to the register of administrative units on its effective date (the register's
 * tables, V25), in the caller's one transaction: versions ended and begun, predecessor links, the new units' figures.
 */
@Repository
public class SchemeRegisterWrites {

    private final JdbcTemplate jdbc;

    public SchemeRegisterWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ends the open version of a unit on the day before {@code effective}; returns whether one was open. */
    public boolean closeUnit(String code, LocalDate effective) {
        return jdbc.update("UPDATE restructuring_unit SET valid_to = ? WHERE code = ? AND valid_to IS NULL AND valid_from < ?",
                Date.valueOf(effective.minusDays(1)), code, Date.valueOf(effective)) > 0;
    }

    public void openUnit(String code, String name, UnitKind kind, String parentCode, LocalDate effective, long importId) {
        jdbc.update("INSERT INTO restructuring_unit (code, name, kind, parent_code, valid_from, import_id) VALUES (?, ?, ?, ?, ?, ?)",
                code, name, kind.name(), parentCode, Date.valueOf(effective), importId);
    }

    public void link(String successor, String predecessor, LocalDate effective, String share, long importId) {
        jdbc.update("""
                INSERT INTO restructuring_unit_link (successor_code, predecessor_code, effective_date, share, import_id)
                VALUES (?, ?, ?, ?, ?)""", successor, predecessor, Date.valueOf(effective), share, importId);
    }

    public void statistics(SchemeRepository.ResultRow result, LocalDate dataDate, String source, long importId) {
        jdbc.update("DELETE FROM restructuring_unit_statistics WHERE code = ? AND data_date = ?", result.code(),
                Date.valueOf(dataDate));
        jdbc.update("""
                INSERT INTO restructuring_unit_statistics (code, data_date, area_km2, area_source, population,
                    population_source, ethnic_minority_percent, mountainous, island, land_border, coastal_bai_ngang, import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", result.code(), Date.valueOf(dataDate), result.areaKm2(),
                source, result.population(), source, result.ethnicMinorityPercent(), result.mountainous(), result.island(),
                result.landBorder(), result.coastalBaiNgang(), importId);
    }

}
