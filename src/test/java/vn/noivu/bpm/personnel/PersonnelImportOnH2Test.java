package vn.noivu.bpm.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.noivu.bpm.H2Schema;
import vn.noivu.bpm.Spreadsheets;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The two-pass import on H2, the database of the default and demo runs (PostgreSQL: PersonnelApiTest): files of
 * several chunks, re-imports that create some people and update others, and a bad last row that stores nothing.
 */
class PersonnelImportOnH2Test {

    static JdbcTemplate jdbc;
    static PersonnelRepository repository;
    static PersonnelImport personnelImport;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = H2Schema.migrated("personnel-import");
        jdbc = new JdbcTemplate(h2);
        repository = new PersonnelRepository(jdbc, new AwardRepository(jdbc));
        personnelImport = new PersonnelImport(repository);
    }

    private static String id(String prefix, int i) {
        return prefix + String.format("%06d", i);
    }

    /** n people from {@code first}: a rating for 2024 and, if given, 2025; if asked, every third with an achievement. */
    private Path csv(String prefix, int first, int n, String rating2025, boolean achievements, String lastRow)
            throws IOException {
        StringBuilder text = new StringBuilder("Số định danh cá nhân;Họ và tên;Giới tính;Ngày sinh;Đối tượng;Mã đơn vị;"
                + "Mã ngạch;Ngày bổ nhiệm ngạch;Xếp loại 2024;Xếp loại 2025;Khen thưởng cao nhất;Cấp khen thưởng\n");
        for (int i = first; i < first + n; i++) {
            text.append(String.join(";", id(prefix, i), "Người " + i, i % 2 == 0 ? "Nữ" : "Nam", "01/02/1980",
                    "Công chức", "SNV", "01.003", "15/06/2016", "Hoàn thành nhiệm vụ", rating2025,
                    achievements && i % 3 == 0 ? "Bằng khen" : "", achievements && i % 3 == 0 ? "BO_TINH" : ""))
                    .append('\n');
        }
        text.append(lastRow == null ? "" : lastRow);
        Path file = dir.resolve(prefix + first + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static int count(String table, String prefix) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + (table.equals("personnel_person") ? " p" : " f JOIN "
                + "personnel_person p ON p.id = f.person_id") + " WHERE p.citizen_id LIKE ?", Integer.class, prefix + "%");
    }

    @Test
    void aFileOfSeveralChunksIsStoredAndAReImportUpdatesSomeAndCreatesOthers() throws IOException {
        String prefix = "001090";
        int n = 2 * PersonnelRepository.CHUNK + 7;
        PersonnelImport.Imported first = personnelImport.importTable(csv(prefix, 0, n, "", true, null), true);
        assertThat(first).isEqualTo(new PersonnelImport.Imported(n, n, 0));
        assertThat(count("personnel_rating", prefix)).as("2024 only").isEqualTo(n);
        assertThat(count("personnel_achievement", prefix)).isEqualTo((n + 2) / 3);

        // The second half again with a 2025 rating and without achievements, plus as many new people.
        int half = n / 2;
        PersonnelImport.Imported again = personnelImport.importTable(csv(prefix, half, n, "Hoàn thành tốt nhiệm vụ", false, null),
                true);
        assertThat(again).isEqualTo(new PersonnelImport.Imported(n, half, n - half));
        Person updated = repository.find(id(prefix, n - 2)).orElseThrow();
        assertThat(updated.ratings()).containsEntry(2024, Rating.HOAN_THANH).containsEntry(2025, Rating.HOAN_THANH_TOT);
        assertThat(updated.achievement()).as("an empty cell clears the achievement").isNull();
        assertThat(repository.find(id(prefix, 3)).orElseThrow().achievement()).as("not in the second file").isNotNull();
        assertThat(count("personnel_person", prefix)).isEqualTo(n + half);
    }

    @Test
    void anErrorInTheLastRowOfABigFileStoresNothing() throws IOException {
        String prefix = "001091";
        int n = 2 * PersonnelRepository.CHUNK + 7;
        Path file = csv(prefix, 0, n, "", true, id(prefix, n) + ";Người cuối;Nam;không rõ;Công chức;SNV;01.003;15/06/2016\n");
        assertThatThrownBy(() -> personnelImport.importTable(file, true)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Dòng " + (n + 2) + ", cột dateOfBirth: \"không rõ\" không phải ngày (dd/MM/yyyy hoặc yyyy-MM-dd).");
        assertThat(count("personnel_person", prefix)).isZero();

        Path twice = csv(prefix, 0, n, "", true, id(prefix, 5) + ";Người lặp;Nam;01/02/1980;Công chức;SNV;01.003;15/06/2016\n");
        assertThatThrownBy(() -> personnelImport.importTable(twice, true)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Dòng " + (n + 2) + ": số định danh " + id(prefix, 5) + " xuất hiện hai lần");
        assertThat(count("personnel_person", prefix)).isZero();
    }

    @Test
    void anXlsxIsReadFromItsFileAndAnEmptyOrBadFileIsRefused() throws IOException {
        Path xlsx = dir.resolve("cbccvc.xlsx");
        Files.write(xlsx, Spreadsheets.xlsx("CBCCVC", List.of(
                List.of("citizenId", "fullName", "gender", "dateOfBirth", "staffType", "unitCode", "rankCode", "rankSince"),
                List.of("001092000001", "Lê Thị Hoa", "Nữ", "1985-01-20", "Viên chức", "BV", "V.08.01.03", "2019-04-01"))));
        assertThat(personnelImport.importTable(xlsx, false)).isEqualTo(new PersonnelImport.Imported(1, 1, 0));
        assertThat(repository.find("001092000001").orElseThrow().staffType()).isEqualTo("VIEN_CHUC");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n\n");
        assertThatThrownBy(() -> personnelImport.importTable(empty, true)).hasMessageContaining("Tệp trống");
        Path notXlsx = Files.writeString(dir.resolve("not.xlsx"), "không phải bảng tính");
        assertThatThrownBy(() -> personnelImport.importTable(notXlsx, false))
                .hasMessageContaining("không phải bảng tính .xlsx");
    }
}
