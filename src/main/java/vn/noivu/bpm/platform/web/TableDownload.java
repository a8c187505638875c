package vn.noivu.bpm.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to post or report upward, as CSV (UTF-8 with BOM, for Excel) or .xlsx: a title line,
 * a header row, then the rows. Numbers stay numbers in .xlsx.
 */
public final class TableDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableDownload() {
    }

    public static ResponseEntity<byte[]> csv(String fileName, List<String> header, List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(line(header.stream().map(Object.class::cast).toList()));
        rows.forEach(row -> csv.append(line(row)));
        return download(csv.toString().getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName + ".csv");
    }

    public static ResponseEntity<byte[]> xlsx(String fileName, String sheetName, String title, List<String> header,
                                              List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "noivu-bpm", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            sheet.value(0, 0, title);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(2, c, header.get(c));
                sheet.style(2, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number number) {
                        sheet.value(r + 3, c, number);
                    } else if (cell != null) {
                        sheet.value(r + 3, c, cell.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toByteArray(), XLSX, fileName + ".xlsx");
    }

    private static String line(List<Object> cells) {
        return String.join(",", cells.stream().map(c -> c == null ? "" : c.toString())
                .map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
