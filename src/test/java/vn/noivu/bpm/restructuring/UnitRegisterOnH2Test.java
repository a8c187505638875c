package vn.noivu.bpm.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.restructuring.persistence.UnitRepository;
import vn.noivu.bpm.restructuring.web.UnitImports;

/** The register's SQL on H2, which the default and demo runs use (PostgreSQL: UnitApiTest). */
class UnitRegisterOnH2Test {

    static UnitRepository repository;
    static UnitImports imports;

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = H2Schema.migrated("units");
        repository = new UnitRepository(new JdbcTemplate(h2));
        imports = new UnitImports(repository);
    }

    private static List<SheetRow> rows(String... lines) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SheetRow(i + 1, Arrays.asList(lines[i].split(";", -1))));
        }
        return rows;
    }

    @Test
    void cataloguesVersionsLinksStatisticsAndPagesOnH2() {
        UnitImports.CatalogueImported march = imports.catalogue(rows("code;name;level;parentCode",
                "26;Tỉnh Vĩnh Phúc;Tỉnh;", "243;Huyện Tam Đảo;Huyện;26", "08980;Thị trấn Tam Đảo;Thị trấn;243",
                "08983;Xã Hợp Châu;Xã;243"), LocalDate.of(2025, 3, 1), "h2.csv", "chuyenvien");
        assertThat(march.created()).isEqualTo(4);
        UnitImports.CatalogueImported july = imports.catalogue(rows("code;name;level;parentCode;predecessors",
                "25;Tỉnh Phú Thọ;Tỉnh;;26", "08980;Xã Tam Đảo;Xã;25;08983"), LocalDate.of(2025, 7, 1), "h2.csv", "chuyenvien");
        assertThat(july.closed()).isEqualTo(3);
        assertThat(july.links()).isEqualTo(2);

        assertThat(repository.asOf("08980", LocalDate.of(2025, 6, 30)).orElseThrow().name()).isEqualTo("Thị trấn Tam Đảo");
        assertThat(repository.asOf("08980", LocalDate.of(2025, 7, 1)).orElseThrow().parentCode()).isEqualTo("25");
        assertThat(repository.asOf("08983", LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(repository.versions("08980")).hasSize(2);
        assertThat(repository.successors("08983")).singleElement().extracting(UnitRepository.LinkRow::successorCode)
                .isEqualTo("08980");
        UnitRepository.Page page = repository.list(null, null, LocalDate.of(2025, 6, 30), 2, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(UnitRepository.UnitRow::code).containsExactly("243", "26");

        UnitImports.StatisticsImported stats = imports.statistics(rows("code;date;area;population;mountainous",
                "08980;31/12/2024;235,9;25600;x"), "so-lieu.csv", "chuyenvien");
        assertThat(stats.rows()).isEqualTo(1);
        UnitRepository.StatisticsRow row = repository.statistics("08980", LocalDate.of(2026, 1, 1)).orElseThrow();
        assertThat(row.areaKm2()).isEqualByComparingTo("235.9");
        assertThat(row.mountainous()).isTrue();
    }
}
