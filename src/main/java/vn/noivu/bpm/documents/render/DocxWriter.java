package vn.noivu.bpm.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.springframework.stereotype.Component;

/**
 * The same filled template as an editable Word document, for the clerk who must change a word before signing: A4
 * with the margins of Decree 30 (App. I, I.3), page numbers from page 2 centred in the header, Times New Roman
 * (Word's own font), and the paragraphs and tables of the template with the formatting of {@link DocxStyle}.
 */
@Component
public class DocxWriter {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "li", "div", "table", "ul", "ol",
            "hr");
    private static final Set<String> SKIPPED = Set.of("head", "style", "title", "meta", "colgroup", "col");

    public byte[] write(org.jsoup.nodes.Document html) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(document);
            blocks(html.body(), DocxStyle.BODY, document::createParagraph, document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Word document not written", e);
        }
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        // The first page has its own, empty header: no number on page 1 (App. I, I.7).
        document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        font(number.createRun(), DocxStyle.BODY).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        font(number.createRun(), DocxStyle.BODY).getCTR().addNewInstrText().setStringValue(" PAGE ");
        font(number.createRun(), DocxStyle.BODY).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The block content of a container (body, div, cell): paragraphs, tables, and loose text as a paragraph. */
    private void blocks(Element container, DocxStyle style, Supplier<XWPFParagraph> paragraphs, XWPFDocument document) {
        XWPFParagraph loose = null;
        for (Node node : container.childNodes()) {
            if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                continue;
            }
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                loose = null;
                block(element, style.within(element), paragraphs, document);
            } else if (node instanceof Element || !((TextNode) node).isBlank()) {
                if (loose == null) {
                    loose = paragraph(paragraphs.get(), style);
                }
                inline(node, node instanceof Element element ? style.within(element) : style, loose);
            }
        }
    }

    private void block(Element element, DocxStyle style, Supplier<XWPFParagraph> paragraphs, XWPFDocument document) {
        switch (element.normalName()) {
            case "p", "h1", "h2", "h3", "h4", "li" -> inline(element, style, paragraph(paragraphs.get(), style));
            case "hr" -> paragraphs.get().setBorderBottom(Borders.SINGLE);
            case "table" -> {
                if (document != null) {
                    table(element, style, document);
                } else {
                    blocks(element, style, paragraphs, null);
                }
            }
            default -> division(element, style, paragraphs, document);
        }
    }

    private void division(Element element, DocxStyle style, Supplier<XWPFParagraph> paragraphs,
                          XWPFDocument document) {
        if (element.hasClass("line-short")) {
            XWPFParagraph rule = paragraph(paragraphs.get(), style);
            rule.setBorderBottom(Borders.SINGLE);
            rule.setIndentationLeft(mm(20));
            rule.setIndentationRight(mm(20));
        } else if (element.hasClass("page-break")) {
            paragraphs.get().setPageBreak(true);
        } else if (element.hasClass("signature")) {
            for (int line = 0; line < 5; line++) {
                paragraph(paragraphs.get(), style);
            }
        } else {
            blocks(element, style, paragraphs, document);
        }
    }

    private void table(Element html, DocxStyle style, XWPFDocument document) {
        List<Element> rows = html.select("tr").stream().filter(row -> row.closest("table") == html).toList();
        int columns = rows.stream().mapToInt(row -> row.select("> td, > th").size()).max().orElse(0);
        if (columns == 0) {
            return;
        }
        List<Element> widths = html.select("col");
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setWidth("100%");
        if (!html.hasClass("grid")) {
            XWPFBorderType none = XWPFBorderType.NONE;
            table.setTopBorder(none, 0, 0, "auto");
            table.setBottomBorder(none, 0, 0, "auto");
            table.setLeftBorder(none, 0, 0, "auto");
            table.setRightBorder(none, 0, 0, "auto");
            table.setInsideHBorder(none, 0, 0, "auto");
            table.setInsideVBorder(none, 0, 0, "auto");
        }
        for (int r = 0; r < rows.size(); r++) {
            DocxStyle rowStyle = style.within(rows.get(r));
            List<Element> cells = rows.get(r).select("> td, > th");
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                if (c < widths.size() && widths.get(c).attr("width").matches("\\d{1,3}%")) {
                    cell.setWidth(widths.get(c).attr("width"));
                }
                boolean[] first = {true};
                Supplier<XWPFParagraph> inCell = () -> {
                    if (first[0]) {
                        first[0] = false;
                        return cell.getParagraphs().get(0);
                    }
                    return cell.addParagraph();
                };
                blocks(cells.get(c), rowStyle.within(cells.get(c)), inCell, null);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFParagraph paragraph, DocxStyle style) {
        paragraph.setAlignment(style.align());
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(style.tight() ? 0 : 120);
        if (style.indent()) {
            paragraph.setIndentationFirstLine(mm(10));
        }
        return paragraph;
    }

    private void inline(Node node, DocxStyle style, XWPFParagraph paragraph) {
        if (node instanceof TextNode text) {
            String value = text.getWholeText().replaceAll("[ \\t\\r\\n\\f]+", " ");
            if (paragraph.getRuns().isEmpty()) {
                value = value.stripLeading();
            }
            if (!value.isEmpty()) {
                font(paragraph.createRun(), style).setText(value);
            }
        } else if (node instanceof Element element && element.normalName().equals("br")) {
            font(paragraph.createRun(), style).addBreak();
        } else if (node instanceof Element element) {
            for (Node child : element.childNodes()) {
                inline(child, child instanceof Element inner ? style.within(inner) : style, paragraph);
            }
        }
    }

    private static XWPFRun font(XWPFRun run, DocxStyle style) {
        run.setFontFamily(DocumentFonts.FAMILY);
        run.setFontSize(style.size());
        run.setBold(style.bold());
        run.setItalic(style.italic());
        if (style.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        return run;
    }
}
