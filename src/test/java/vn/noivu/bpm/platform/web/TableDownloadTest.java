package vn.noivu.bpm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every CSV the system gives out goes through TableDownload: no cell may reach a spreadsheet as a formula. */
class TableDownloadTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreNeutralised() {
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"Bấm\")", "+84912345678", "-2+3", "@SUM(A1)",
                "\tcmd", "\rcmd", "=cmd|' /C calc'!A0")) {
            assertThat(TableDownload.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(TableDownload.cell("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(TableDownload.cell("a=b")).as("only a leading character counts").isEqualTo("a=b");
        assertThat(TableDownload.cell(new BigDecimal("-1.50"))).as("a number the system computed").isEqualTo("-1.50");
        assertThat(TableDownload.cell(-3)).isEqualTo("-3");
        assertThat(TableDownload.cell(null)).isEmpty();
        assertThat(TableDownload.cell("")).isEmpty();
    }

    @Test
    void theCsvQuotesEveryCellAndNeutralisesFormulas() {
        String csv = new String(TableDownload.csv("t", List.of("Họ và tên", "Điểm"), List.of(
                Arrays.asList("=1+1", new BigDecimal("-0.5")), Arrays.asList("Lê \"Bảy\"", null))).getBody(),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF\"Họ và tên\",\"Điểm\"\r\n\"'=1+1\",\"-0.5\"\r\n\"Lê \"\"Bảy\"\"\",\"\"\r\n");
    }
}
