package vn.noivu.bpm.restructuring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.restructuring.domain.UnitFiles.CatalogueEntry;
import vn.noivu.bpm.restructuring.domain.UnitFiles.Parsed;
import vn.noivu.bpm.restructuring.domain.UnitFiles.RowError;

/** The catalogue and statistics files checked whole, and what a later catalogue changes in the register. */
class UnitFilesTest {

    private static List<SheetRow> rows(String... lines) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SheetRow(i + 1, Arrays.asList(lines[i].split(";", -1))));
        }
        return rows;
    }

    /** A catalogue of one province, {@code districts} districts of {@code communes} communes each (old shape). */
    static List<SheetRow> generated(int districts, int communes) {
        List<SheetRow> rows = new ArrayList<>();
        rows.add(new SheetRow(1, List.of("Mã", "Tên", "Cấp", "Mã cấp trên")));
        rows.add(new SheetRow(2, List.of("01", "Thành phố Hà Nội", "Thành phố Trung ương", "")));
        for (int d = 0; d < districts; d++) {
            String district = String.format("%03d", d + 1);
            rows.add(new SheetRow(rows.size() + 1, List.of(district, "Huyện " + d, "Huyện", "01")));
            for (int c = 0; c < communes; c++) {
                rows.add(new SheetRow(rows.size() + 1, List.of(String.format("%05d", d * communes + c + 1),
                        "Xã " + d + "-" + c, c == 0 ? "Thị trấn" : "Xã", district)));
            }
        }
        return rows;
    }

    @Test
    void theCataloguesLevelWordsAndHeadingsAreRead() {
        Parsed<CatalogueEntry> parsed = UnitFiles.catalogue(rows("Mã;Tên;Cấp;Mã cấp trên;Mã ĐVHC trước sắp xếp",
                "01;Thành phố Hà Nội;Thành phố Trung ương;;", "26;Tỉnh Vĩnh Phúc;Tỉnh;;",
                "00004;Phường Ba Đình;Phường;01;00001, 00007:MOT_PHAN", "00010;Đặc khu Cô Tô;Đặc khu;26;",
                "00013;Xã Minh Quang;Xã;26;"), Set.of("00001", "00007"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.entries()).extracting(CatalogueEntry::kind).containsExactly(
                UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, UnitKind.TINH, UnitKind.PHUONG, UnitKind.DAC_KHU, UnitKind.XA);
        assertThat(parsed.entries().get(2).predecessors()).containsExactly(
                new UnitFiles.Predecessor("00001", UnitFiles.Share.TOAN_BO),
                new UnitFiles.Predecessor("00007", UnitFiles.Share.MOT_PHAN));
        for (String word : List.of("Huyện", "Quận", "Thị xã", "Thị trấn", "Thành phố", "THANH_PHO_THUOC_TINH")) {
            assertThat(UnitKind.parse(word)).as(word).isPresent();
        }
    }

    @Test
    void everyBadRowIsListedWithRowAndColumnAndNothingIsKept() {
        Parsed<CatalogueEntry> parsed = UnitFiles.catalogue(rows("code;name;level;parentCode",
                "01;Thành phố Hà Nội;Thành phố Trung ương;", "02;;Tỉnh;", "00004;Phường A;Làng;01",
                "00005;Xã B;Xã;99", "01;Trùng mã;Tỉnh;", "00006;Phường C;Phường;", "x y;Xã D;Xã;01",
                "00008;Xã E;Xã;00005", "03;Tỉnh F;Tỉnh;01"), Set.of());
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.entries()).as("nothing kept").isEmpty();
        assertThat(parsed.errors()).extracting(RowError::row, RowError::column, RowError::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "name", "required"),
                org.assertj.core.groups.Tuple.tuple(4, "level", "oneOf"),
                org.assertj.core.groups.Tuple.tuple(5, "parentCode", "unknownUnit"),
                org.assertj.core.groups.Tuple.tuple(6, "code", "unique"),
                org.assertj.core.groups.Tuple.tuple(7, "parentCode", "required"),
                org.assertj.core.groups.Tuple.tuple(8, "code", "pattern"),
                org.assertj.core.groups.Tuple.tuple(9, "parentCode", "parentLevel"),
                org.assertj.core.groups.Tuple.tuple(10, "parentCode", "noParent"));
        assertThat(parsed.errors().get(1).text()).startsWith("Dòng 4, cột level: \"Làng\" không phải cấp");
        assertThat(UnitFiles.catalogue(rows("code;name;level;parentCode", "1;Thành phố Hà Nội;Thành phố Trung ương;",
                "4;Phường Trúc Bạch;Phường;1"), Set.of()).errors()).extracting(RowError::row, RowError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "digits"), org.assertj.core.groups.Tuple.tuple(3, "digits"));
        assertThat(UnitFiles.catalogue(rows("name;level", "A;Tỉnh"), Set.of()).errors())
                .singleElement().extracting(RowError::rule).isEqualTo("header");
        assertThat(UnitFiles.catalogue(List.of(), Set.of()).errors()).singleElement()
                .extracting(RowError::rule).isEqualTo("header");
    }

    @Test
    void statisticsAreCheckedAgainstTheRegister() {
        Parsed<UnitFiles.StatisticsEntry> good = UnitFiles.statistics(rows(
                "Mã;Ngày số liệu;Diện tích (km²);Dân số thường trú;Dân số tạm trú;Nguồn dân số;Tỷ lệ DTTS (%);Miền núi;Biên giới",
                "00004;31/12/2024;12,5;20.000;1.500;Công an tỉnh;35;x;"), Set.of("00004"));
        assertThat(good.errors()).isEmpty();
        UnitFiles.StatisticsEntry entry = good.entries().get(0);
        assertThat(entry.areaKm2()).isEqualByComparingTo("12.5");
        assertThat(entry.population()).isEqualTo(21_500);
        assertThat(entry.dataDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(entry.mountainous()).isTrue();
        assertThat(entry.landBorder()).isFalse();

        Parsed<UnitFiles.StatisticsEntry> bad = UnitFiles.statistics(rows("code;date;area;population;populationPermanent;mountainous",
                "99999;2024-12-31;10;100;;", "00004;2024-02-30;0;100;;", "00004;2024-12-31;-1;abc;;có lẽ",
                "00004;2024-12-31;10;100;90;"), Set.of("00004"));
        assertThat(bad.entries()).isEmpty();
        assertThat(bad.errors()).extracting(RowError::row, RowError::column).contains(
                org.assertj.core.groups.Tuple.tuple(2, "code"), org.assertj.core.groups.Tuple.tuple(3, "date"),
                org.assertj.core.groups.Tuple.tuple(3, "area"), org.assertj.core.groups.Tuple.tuple(4, "area"),
                org.assertj.core.groups.Tuple.tuple(4, "population"), org.assertj.core.groups.Tuple.tuple(4, "mountainous"),
                org.assertj.core.groups.Tuple.tuple(5, "population"));
    }

    @Test
    void aTenThousandRowCatalogueIsReadAndPlanned() {
        List<SheetRow> rows = generated(100, 100);
        assertThat(rows).hasSize(10_102);
        Parsed<CatalogueEntry> parsed = UnitFiles.catalogue(rows, Set.of());
        assertThat(parsed.errors()).isEmpty();
        CataloguePlan plan = CataloguePlan.of(parsed.entries(), Map.of(), Set.of(), LocalDate.of(2025, 3, 1));
        assertThat(plan.created()).isEqualTo(10_101);
        assertThat(plan.toClose()).isEmpty();
    }

    @Test
    void aLaterCatalogueClosesOpensAndLeavesUnchangedRowsAlone() {
        LocalDate old = LocalDate.of(2025, 3, 1);
        Map<String, CataloguePlan.Version> open = Map.of(
                "01", new CataloguePlan.Version("01", "Thành phố Hà Nội", UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG, null, old),
                "001", new CataloguePlan.Version("001", "Quận Ba Đình", UnitKind.QUAN, "01", old),
                "00001", new CataloguePlan.Version("00001", "Phường Phúc Xá", UnitKind.PHUONG, "001", old),
                "00004", new CataloguePlan.Version("00004", "Phường Trúc Bạch", UnitKind.PHUONG, "001", old));
        Parsed<CatalogueEntry> parsed = UnitFiles.catalogue(rows("code;name;level;parentCode;predecessors",
                "01;Thành phố Hà Nội;Thành phố Trung ương;;", "00004;Phường Ba Đình;Phường;01;00001;00004",
                "00008;Phường Ngọc Hà;Phường;01;00001:MOT_PHAN"), open.keySet());
        assertThat(parsed.errors()).isEmpty();
        CataloguePlan plan = CataloguePlan.of(parsed.entries(), open, Set.of(), LocalDate.of(2025, 7, 1));
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.changed()).isEqualTo(1);
        assertThat(plan.created()).isEqualTo(1);
        assertThat(plan.toClose()).containsExactlyInAnyOrder("00004", "001", "00001");
        assertThat(plan.closed()).isEqualTo(2);
        assertThat(plan.lastDayOfClosed()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(plan.links()).containsExactly(new CataloguePlan.Link("00004", "00001", UnitFiles.Share.TOAN_BO),
                new CataloguePlan.Link("00008", "00001", UnitFiles.Share.MOT_PHAN));
        // the same catalogue again changes nothing
        CataloguePlan again = CataloguePlan.of(parsed.entries(), Map.of(
                "01", open.get("01"),
                "00004", new CataloguePlan.Version("00004", "Phường Ba Đình", UnitKind.PHUONG, "01", LocalDate.of(2025, 7, 1)),
                "00008", new CataloguePlan.Version("00008", "Phường Ngọc Hà", UnitKind.PHUONG, "01", LocalDate.of(2025, 7, 1))),
                Set.of("00004|00001", "00008|00001"), LocalDate.of(2025, 7, 1));
        assertThat(again.changesAnything()).isFalse();
    }
}
