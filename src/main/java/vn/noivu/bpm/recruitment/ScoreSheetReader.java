package vn.noivu.bpm.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * A score sheet as the council types it in a spreadsheet: the first sheet, a header row with the JSON names
 * (applicationNumber, correctAnswers, totalQuestions, score, written, interview, absent), one candidate a row.
 */
final class ScoreSheetReader {

    private ScoreSheetReader() {
    }

    static ScoreImport.Sheet read(ScoreImport.Stage stage, InputStream xlsx) {
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx)) {
            rows = workbook.getFirstSheet().read();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "xlsx", "Tệp không phải bảng tính .xlsx đọc được.");
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "header", "Bảng tính trống: dòng đầu cần tên cột (applicationNumber, ...).");
        }
        Map<String, Integer> columns = new HashMap<>();
        Row header = rows.get(0);
        for (int c = 0; c < header.getCellCount(); c++) {
            int column = c;
            header.getCellAsString(c).ifPresent(name -> columns.put(name.trim().toLowerCase(Locale.ROOT), column));
        }
        if (!columns.containsKey("applicationnumber")) {
            throw new InvalidInputException("file", "header", "Thiếu cột applicationNumber ở dòng đầu của bảng tính.");
        }
        List<ScoreImport.Line> lines = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            Optional<String> number = text(row, columns.get("applicationnumber"));
            if (number.isEmpty()) {
                continue;
            }
            String absent = text(row, columns.get("absent")).orElse("").toLowerCase(Locale.ROOT);
            lines.add(new ScoreImport.Line(number.get(), integer(row, columns.get("correctanswers"), row.getRowNum(), "correctAnswers"),
                    integer(row, columns.get("totalquestions"), row.getRowNum(), "totalQuestions"),
                    decimal(row, columns.get("score"), row.getRowNum(), "score"),
                    decimal(row, columns.get("written"), row.getRowNum(), "written"),
                    decimal(row, columns.get("interview"), row.getRowNum(), "interview"),
                    absent.equals("true") || absent.equals("x") || absent.equals("vắng") || absent.equals("1")));
        }
        return new ScoreImport.Sheet(stage, lines);
    }

    private static Optional<String> text(Row row, Integer column) {
        if (column == null || column >= row.getCellCount()) {
            return Optional.empty();
        }
        Cell cell = row.getCell(column);
        return cell == null ? Optional.empty() : Optional.ofNullable(cell.getText()).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static BigDecimal decimal(Row row, Integer column, int rowNumber, String name) {
        Optional<String> value = text(row, column);
        try {
            return value.map(v -> new BigDecimal(v.replace(',', '.'))).orElse(null);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("file", "number", "Dòng " + rowNumber + ", cột " + name + ": \"" + value.get()
                    + "\" không phải là số.");
        }
    }

    private static Integer integer(Row row, Integer column, int rowNumber, String name) {
        BigDecimal value = decimal(row, column, rowNumber, name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("file", "integer", "Dòng " + rowNumber + ", cột " + name + " phải là số nguyên.");
        }
    }
}
