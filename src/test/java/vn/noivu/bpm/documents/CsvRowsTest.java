package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as Excel saves it, read row by row: separators, quotes, line ends, row numbers as the user sees them. */
class CsvRowsTest {

    private static List<SheetRow> read(String text) throws XlsxRows.UnreadableException {
        List<SheetRow> rows = new ArrayList<>();
        CsvRows.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows::add);
        return rows;
    }

    @Test
    void aVietnameseExcelFileWithBomSemicolonsAndQuotedLineBreaks() throws Exception {
        List<SheetRow> rows = read("\uFEFFmã;tên\r\n01;\"Xã \"\"Mới\"\"\r\nbên sông\"\r\n\r\n;;\r\n02;Phường, Một");
        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 6);
        assertThat(rows.get(0).cells()).containsExactly("mã", "tên");
        assertThat(rows.get(1).cells()).containsExactly("01", "Xã \"Mới\"\r\nbên sông");
        assertThat(rows.get(2).cells()).as("the last line has no line end").containsExactly("02", "Phường, Một");
    }

    @Test
    void commasWhenTheHeaderHasMoreCommasThanSemicolons() throws Exception {
        List<SheetRow> rows = read("a,b;c\n1,2;3\n");
        assertThat(rows.get(1).cells()).containsExactly("1", "2;3");
        assertThat(read("")).isEmpty();
        assertThat(read("only\n")).extracting(SheetRow::number).containsExactly(1);
    }

    @Test
    void rowsLongerThanTheReadBufferAndWhatTheConsumerThrowsStopsTheReading() throws Exception {
        String cell = "x".repeat(200_000);
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 3; i++) {
            text.append(i).append(",\"").append(cell).append("\"\n");
        }
        List<SheetRow> rows = read(text.toString());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).cell(1)).hasSize(200_000);

        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> CsvRows.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                row -> {
                    seen.add(row.number());
                    if (row.number() == 2) {
                        throw new IllegalStateException("stop");
                    }
                })).hasMessage("stop");
        assertThat(seen).containsExactly(1, 2);
    }
}
