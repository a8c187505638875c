package vn.noivu.bpm.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV table as Excel saves it (RFC 4180: comma or semicolon, quoted fields with doubled quotes, UTF-8 with or
 * without a byte-order mark), read row by row into the same rows as an .xlsx sheet.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static void read(InputStream csv, Consumer<SheetRow> rows) throws XlsxRows.UnreadableException {
        try (Reader in = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            parse(text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString(), rows);
        } catch (IOException e) {
            throw new XlsxRows.UnreadableException(e);
        }
    }

    private static void parse(String text, Consumer<SheetRow> rows) {
        char separator = separator(text);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                emit(rowStart, cells, rows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            emit(rowStart, cells, rows);
        }
    }

    private static void emit(int number, List<String> cells, Consumer<SheetRow> rows) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.accept(new SheetRow(number, List.copyOf(cells)));
        }
    }

    /** Excel in a Vietnamese locale saves with semicolons: the header line says which. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
