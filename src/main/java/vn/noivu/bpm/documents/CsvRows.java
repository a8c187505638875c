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
 * without a byte-order mark), read row by row into the same rows as an .xlsx sheet. It streams: only the header
 * line and the current row are held, so a file of any size reads in the same memory.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** Hands each non-empty row to {@code rows}; what {@code rows} throws stops the reading and is thrown as is. */
    public static void read(InputStream csv, Consumer<SheetRow> rows) throws XlsxRows.UnreadableException {
        try (Reader in = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            Chars chars = new Chars(in);
            if (chars.peek() == '\uFEFF') {
                chars.next();
            }
            parse(chars, separator(chars.headerLine()), rows);
        } catch (IOException e) {
            throw new XlsxRows.UnreadableException(e);
        }
    }

    private static void parse(Chars text, char separator, Consumer<SheetRow> rows) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int c; (c = text.next()) >= 0; ) {
            if (quoted) {
                if (c == '"' && text.peek() == '"') {
                    cell.append('"');
                    text.next();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && text.peek() == '\n') {
                    text.next();
                }
                cells.add(cell.toString());
                cell.setLength(0);
                emit(rowStart, cells, rows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append((char) c);
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
    private static char separator(String header) {
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** The characters of a reader with one character of look-ahead, and the first line read ahead for the separator. */
    private static final class Chars {
        private final Reader in;
        private final char[] buffer = new char[65536];
        private int position;
        private int length;
        private String ahead = "";
        private int aheadPosition;

        Chars(Reader in) {
            this.in = in;
        }

        /** The text up to the first line feed (or the end), kept to be read again. */
        String headerLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c; (c = readRaw()) >= 0; ) {
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
            ahead = line.toString();
            aheadPosition = 0;
            return ahead;
        }

        int peek() throws IOException {
            if (aheadPosition < ahead.length()) {
                return ahead.charAt(aheadPosition);
            }
            if (position == length && !fill()) {
                return -1;
            }
            return buffer[position];
        }

        int next() throws IOException {
            if (aheadPosition < ahead.length()) {
                return ahead.charAt(aheadPosition++);
            }
            return readRaw();
        }

        private int readRaw() throws IOException {
            if (position == length && !fill()) {
                return -1;
            }
            return buffer[position++];
        }

        private boolean fill() throws IOException {
            length = in.read(buffer);
            position = 0;
            if (length <= 0) {
                length = 0;
                return false;
            }
            return true;
        }
    }
}
