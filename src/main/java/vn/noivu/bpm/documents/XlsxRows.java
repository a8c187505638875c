package vn.noivu.bpm.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an uploaded .xlsx as rows of text, read with Apache POI's streaming (SAX) reader: a national
 * round's 100,000-row score sheet never sits in memory as a workbook. Cells read as Excel shows them. From a stream
 * POI unpacks the whole zip into memory first; from a file ({@link #read(Path, Consumer)}) it inflates the sheet as
 * it parses, so only the shared strings table (each distinct text once) is held.
 */
public final class XlsxRows {

    /** The file is not a readable .xlsx workbook. */
    public static final class UnreadableException extends IOException {
        public UnreadableException(Throwable cause) {
            super(cause);
        }
    }

    private XlsxRows() {
    }

    /** Hands each non-empty row to {@code rows}; what {@code rows} throws stops the reading and is thrown as is. */
    public static void read(InputStream xlsx, Consumer<SheetRow> rows) throws UnreadableException {
        read(() -> OPCPackage.open(xlsx), rows);
    }

    /** The same from a file, read in place (a large upload spooled to disk). */
    public static void read(Path xlsx, Consumer<SheetRow> rows) throws UnreadableException {
        read(() -> OPCPackage.open(xlsx.toFile(), PackageAccess.READ), rows);
    }

    private interface Opener {
        OPCPackage open() throws IOException, OpenXML4JException;
    }

    private static void read(Opener opener, Consumer<SheetRow> rows) throws UnreadableException {
        RowCollector collector = new RowCollector(rows);
        OPCPackage workbook = null;
        try {
            workbook = opener.open();
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            XMLReader parser = XMLHelper.newXMLReader();
            StylesTable styles = reader.getStylesTable();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, new ReadOnlySharedStringsTable(workbook),
                    collector, new DataFormatter(Locale.ROOT), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                 | RuntimeException e) {
            if (collector.refused != null) {
                throw collector.refused;
            }
            throw new UnreadableException(e);
        } finally {
            if (workbook != null) {
                workbook.revert(); // read only: closes without writing anything back
            }
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SheetRow> rows;
        private List<String> cells;
        private RuntimeException refused;

        RowCollector(Consumer<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                try {
                    rows.accept(new SheetRow(rowNum + 1, java.util.Collections.unmodifiableList(cells)));
                } catch (RuntimeException e) {
                    refused = e;
                    throw e;
                }
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }
}
