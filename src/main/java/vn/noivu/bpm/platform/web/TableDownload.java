package vn.noivu.bpm.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to post or report upward, as CSV (UTF-8 with BOM, for Excel) or .xlsx: a title line,
 * a header row, then the rows. Numbers stay numbers in .xlsx; text stays text (never a formula) in both.
 */
public final class TableDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableDownload() {
    }

    /** {@code format}: "csv" or "xlsx", as the path's extension says. */
    public static ResponseEntity<byte[]> of(String format, String fileName, String sheetName, String title,
                                            List<String> header, List<List<Object>> rows) {
        return "csv".equals(format) ? csv(fileName, header, rows) : xlsx(fileName, sheetName, title, header, rows);
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
        // Streaming: only a window of rows is in memory while a 100,000-candidate list is written.
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (workbook) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row headerRow = sheet.createRow(2);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
                headerRow.getCell(c).setCellStyle(headerStyle);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object cell = cells.get(c);
                    if (cell instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (cell != null) {
                        row.createCell(c).setCellValue(cell.toString());
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // its temporary files
        }
        return download(out.toByteArray(), XLSX, fileName + ".xlsx");
    }

    static String line(List<Object> cells) {
        return String.join(",", cells.stream().map(TableDownload::cell)
                .map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }

    /**
     * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab or carriage return first) gets a
     * leading apostrophe, as OWASP's CSV-injection guidance says: names, reasons and unit codes come from people.
     * Numbers the system computed stay numbers.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
