package vn.noivu.bpm.recruitment.web;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.noivu.bpm.documents.SheetRow;
import vn.noivu.bpm.documents.XlsxRows;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/**
 * A score sheet as the council types it in a spreadsheet: the first sheet, a header row with the JSON names
 * (applicationNumber, correctAnswers, totalQuestions, part2Correct, part2Questions, score, written, interview,
 * absent, marker1-3), one candidate a row.
 */
final class ScoreSheetReader {

    private ScoreSheetReader() {
    }

    static ScoreImport.Sheet read(ExamStage stage, InputStream xlsx) {
        Map<String, Integer> columns = new HashMap<>();
        List<ScoreImport.Line> lines = new ArrayList<>();
        try {
            XlsxRows.read(xlsx, row -> {
                if (columns.isEmpty()) {
                    for (int c = 0; c < row.cells().size(); c++) {
                        String name = row.cell(c);
                        if (name != null) {
                            columns.put(name.toLowerCase(Locale.ROOT), c);
                        }
                    }
                    if (!columns.containsKey("applicationnumber")) {
                        throw new InvalidInputException("file", "header",
                                "Thiếu cột applicationNumber ở dòng đầu của bảng tính.");
                    }
                    return;
                }
                String number = text(row, columns.get("applicationnumber"));
                if (number == null) {
                    return;
                }
                String absent = String.valueOf(text(row, columns.get("absent"))).toLowerCase(Locale.ROOT);
                lines.add(new ScoreImport.Line(number,
                        integer(row, columns.get("correctanswers"), "correctAnswers"),
                        integer(row, columns.get("totalquestions"), "totalQuestions"),
                        decimal(row, columns.get("score"), "score"),
                        decimal(row, columns.get("written"), "written"),
                        decimal(row, columns.get("interview"), "interview"),
                        absent.equals("true") || absent.equals("x") || absent.equals("vắng") || absent.equals("1"),
                        decimal(row, columns.get("marker1"), "marker1"),
                        decimal(row, columns.get("marker2"), "marker2"),
                        decimal(row, columns.get("marker3"), "marker3"),
                        integer(row, columns.get("part2correct"), "part2Correct"),
                        integer(row, columns.get("part2questions"), "part2Questions")));
            });
        } catch (XlsxRows.UnreadableException e) {
            throw new InvalidInputException("file", "xlsx", "Tệp không phải bảng tính .xlsx đọc được.");
        }
        if (columns.isEmpty()) {
            throw new InvalidInputException("file", "header", "Bảng tính trống: dòng đầu cần tên cột (applicationNumber, ...).");
        }
        return new ScoreImport.Sheet(stage, lines);
    }

    private static String text(SheetRow row, Integer column) {
        return column == null ? null : row.cell(column);
    }

    private static BigDecimal decimal(SheetRow row, Integer column, String name) {
        String value = text(row, column);
        try {
            return value == null ? null : new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("file", "number", "Dòng " + row.number() + ", cột " + name + ": \"" + value
                    + "\" không phải là số.");
        }
    }

    private static Integer integer(SheetRow row, Integer column, String name) {
        BigDecimal value = decimal(row, column, name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException("file", "integer", "Dòng " + row.number() + ", cột " + name + " phải là số nguyên.");
        }
    }
}
