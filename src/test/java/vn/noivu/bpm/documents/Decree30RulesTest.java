package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.documents.Signer.Authority;

/** The worked examples of ../shared/domain/documents.md, section 6, each cited by its id. */
class Decree30RulesTest {

    @Test
    void d1DateLineWithLeadingZeroForTheDay() {
        assertThat(Decree30.dateLine("Hà Nội", LocalDate.of(2026, 12, 5))).isEqualTo("Hà Nội, ngày 05 tháng 12 năm 2026");
    }

    @Test
    void d2MonthsOneAndTwoTakeALeadingZeroOthersDoNot() {
        assertThat(Decree30.dateLine("Hà Nội", LocalDate.of(2026, 2, 3))).endsWith("ngày 03 tháng 02 năm 2026");
        assertThat(Decree30.dateLine("Hà Nội", LocalDate.of(2026, 1, 31))).endsWith("ngày 31 tháng 01 năm 2026");
        assertThat(Decree30.dateLine("Hà Nội", LocalDate.of(2026, 3, 15))).endsWith("ngày 15 tháng 3 năm 2026");
        assertThat(Decree30.dateLine("Đà Nẵng", LocalDate.of(2026, 10, 9))).isEqualTo("Đà Nẵng, ngày 09 tháng 10 năm 2026");
    }

    @Test
    void d3NumberAndSymbol() {
        String symbol = Decree30.symbol("QĐ", "SNV");
        assertThat(symbol).isEqualTo("QĐ-SNV");
        assertThat(Decree30.numberLine(9, symbol)).isEqualTo("Số: 09/QĐ-SNV");
        assertThat(Decree30.numberLine(120, symbol)).isEqualTo("Số: 120/QĐ-SNV");
        assertThat(Decree30.numberLine(10, symbol)).isEqualTo("Số: 10/QĐ-SNV");
        assertThat(Decree30.number(1)).isEqualTo("01");
        assertThatThrownBy(() -> Decree30.number(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAppendixCitesItsDocumentByNumberAndDateWithTheSameLeadingZeros() {
        // "(Kèm theo Thông báo số 09/TB-HĐTD ngày 05 tháng 02 năm 2026)": App. I, II.10 (phụ lục).
        assertThat(Decree30.numberText(9, Decree30.symbol("TB", "HĐTD"))).isEqualTo("09/TB-HĐTD");
        assertThat(Decree30.dateText(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(Decree30.dateText(LocalDate.of(2026, 11, 15))).isEqualTo("ngày 15 tháng 11 năm 2026");
        assertThat(Decree30.dateLine("Hà Nội", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Hà Nội, " + Decree30.dateText(LocalDate.of(2026, 2, 5)));
    }

    @Test
    void d4TheFirstNumberOfAYearIsZeroOne() {
        // The restart itself is the register's (one counter per year): DocumentNumberingTest on PostgreSQL.
        assertThat(Decree30.numberLine(1, "QĐ-SNV")).isEqualTo("Số: 01/QĐ-SNV");
    }

    @Test
    void d5ACongVanHasNoTypeAbbreviation() {
        assertThat(Decree30.symbol("", "BNV-VP")).isEqualTo("BNV-VP");
        assertThat(Decree30.numberLine(5, Decree30.symbol(null, "BNV-VP"))).isEqualTo("Số: 05/BNV-VP");
        assertThat(new DocumentType("cong-van", "Công văn", "").seriesPerType()).isEqualTo("CV");
    }

    @Test
    void d6DeputySignsForTheDirector() {
        Signer deputy = new Signer(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình");
        assertThat(deputy.positionLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void d7CollectiveAndHeadSignatures() {
        assertThat(new Signer(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn C").positionLines())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(new Signer(Authority.NONE, "CHỦ TỊCH", "", "Lê Văn C").positionLines()).containsExactly("CHỦ TỊCH");
        assertThat(new Signer(Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn D").positionLines())
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        // The line under a decision's title: the head's own power, or the collective's.
        assertThat(Decree30.authorityLine(new Signer(Authority.NONE, "CHỦ TỊCH", "", "C"),
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK")).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK");
        assertThat(Decree30.authorityLine(new Signer(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "C"),
                "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK");
        assertThat(Decree30.authorityLine(new Signer(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "B"), "SỞ NỘI VỤ"))
                .isEqualTo("GIÁM ĐỐC SỞ NỘI VỤ");
    }

    @Test
    void otherAuthoritiesOfArticle13() {
        assertThat(new Signer(Authority.Q, "GIÁM ĐỐC", "", "A").positionLines()).containsExactly("Q. GIÁM ĐỐC");
        assertThat(new Signer(Authority.TL, "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "A").positionLines())
                .containsExactly("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG");
        assertThat(new Signer(Authority.TUQ, "GIÁM ĐỐC", "TRƯỞNG PHÒNG CÔNG CHỨC", "A").positionLines())
                .containsExactly("TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG CÔNG CHỨC");
    }

    @Test
    void d11RecipientsEachEndWithASemicolonAndTheArchiveLineWithAFullStop() {
        assertThat(Decree30.recipientLines(List.of("Như trên", "Chủ tịch UBND tỉnh (để b/c)"), "VT, TĐKT"))
                .containsExactly("- Như trên;", "- Chủ tịch UBND tỉnh (để b/c);", "- Lưu: VT, TĐKT.");
    }

    @Test
    void seriesPerTypeOrShared() {
        DocumentType decision = new DocumentType("sample-decision", "Quyết định", "QĐ");
        Signer signer = new Signer(Authority.NONE, "GIÁM ĐỐC", "", "A");
        assertThat(new Issuer("SỞ NỘI VỤ", "", "SNV", "Hà Nội", Issuer.Series.PER_TYPE, "VT", signer)
                .seriesOf(decision)).isEqualTo("QĐ");
        assertThat(new Issuer("SỞ NỘI VỤ", "", "SNV", "Hà Nội", Issuer.Series.SHARED, "VT", signer)
                .seriesOf(decision)).isEqualTo("CHUNG");
    }
}
