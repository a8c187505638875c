package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.noivu.bpm.documents.render.DocxWriter;
import vn.noivu.bpm.documents.render.PdfPrinter;
import vn.noivu.bpm.documents.render.TemplateRenderer;
import vn.noivu.bpm.platform.error.Refused;

/** A draft decision from the shared layout and a template, as PDF (read back with PDFBox) and as Word (with POI). */
public class DocumentRenderingTest {

    public static final DocumentType DECISION = new DocumentType("sample-decision", "Quyết định công nhận kết quả", "QĐ");
    static final String INJECTED = "<b>Đặng Thị Ỹ</b> & \"Cộng sự\"";
    static final float MM = 72 / 25.4f;

    final DocumentService documents = new DocumentService(new DocumentProperties(Map.of("SNV", issuer())),
            new TemplateRenderer(new TemplateFiles()), new PdfPrinter(), new DocxWriter(), null, null);

    public static Issuer issuer() {
        return new Issuer("SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SNV", "Hà Nội", Issuer.Series.PER_TYPE,
                "VT, CCVC", new Signer(Signer.Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình"));
    }

    static DocumentService.Request request(int people) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            names.add(i == 1 ? INJECTED : "Nguyễn Thị Ngọc Ánh " + i);
        }
        return request(DECISION, names);
    }

    public static DocumentService.Request request(DocumentType type, List<String> names) {
        List<Object> rows = new ArrayList<>();
        for (int i = 1; i <= names.size(); i++) {
            rows.add(Map.of("order", Integer.toString(i), "name", names.get(i - 1),
                    "position", "Chuyên viên phòng Tổ chức - Biên chế"));
        }
        int people = names.size();
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of("name", "tuyển dụng công chức năm 2026", "count", Integer.toString(people)));
        data.put("people", rows);
        data.put("closing", "Ỗ Ộ Ữ Ự Ỹ Ạ Ặ Ậ ơ Ơ ư Ư đ Đ");
        return new DocumentService.Request(type, "SNV", "Về việc công nhận kết quả tuyển dụng công chức năm 2026",
                List.of("Như Điều 3", "UBND Thành phố (để b/c)"), data);
    }

    @Test
    void thePdfIsA4InLiberationSerifWithVietnameseTextIntact() throws IOException {
        byte[] pdf = documents.draft(request(40)).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(1f));
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).as("no fallback font").contains("LiberationSerif");
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ", "QĐ-SNV", "Hà Nội, ngày",
                    "Về việc công nhận kết quả tuyển dụng công chức năm 2026", "Nguyễn Thị Ngọc Ánh 40",
                    "Ỗ Ộ Ữ Ự Ỹ Ạ Ặ Ậ ơ Ơ ư Ư đ Đ", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình", "Nơi nhận:",
                    "- Như Điều 3;", "- Lưu: VT, CCVC.")
                    .as("a name is text, never markup").contains(INJECTED);
            Map<String, String> fonts = fontsOfLines(document);
            assertThat(fonts.get("Căn cứ Nghị định số 170/2025/NĐ-CP")).as("legal bases in italics").endsWith("-Italic");
            assertThat(fonts.get("Nơi nhận:")).endsWith("-BoldItalic");
            assertThat(fonts.get("QUYẾT ĐỊNH")).endsWith("-Bold");
            assertThat(fonts.get("Hà Nội, ngày")).endsWith("-Italic");
            assertThat(topMargin(document, 0)).isEmpty();
            assertThat(topMargin(document, 1)).isEqualTo("2");
            screenshot(document, "document-draft-decision-page1.png");
        }
    }

    /** The font of the first letter of each line of text, by the line's start. */
    static Map<String, String> fontsOfLines(PDDocument document) throws IOException {
        Map<String, String> fonts = new HashMap<>();
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (String start : List.of("Căn cứ Nghị định số 170/2025/NĐ-CP", "Nơi nhận:", "QUYẾT ĐỊNH",
                        "Hà Nội, ngày")) {
                    if (text.startsWith(start) && !fonts.containsKey(start)) {
                        fonts.put(start, positions.get(0).getFont().getName());
                    }
                }
            }
        }.getText(document);
        return fonts;
    }

    /** The text in the top margin (20 mm) of a page: where Decree 30 puts the page number. */
    static String topMargin(PDDocument document, int page) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, 210 * MM, 20 * MM));
        stripper.extractRegions(document.getPage(page));
        return stripper.getTextForRegion("top").strip();
    }

    static void screenshot(PDDocument document, String name) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
        File folder = new File("target/screenshots");
        folder.mkdirs();
        ImageIO.write(image, "png", new File(folder, name));
    }

    @Test
    void theWordDocumentIsA4WithTheMarginsFontAndText() throws IOException {
        byte[] docx = documents.draft(request(3)).docx();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr section = word.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getTop()).hasToString("1134");
            assertThat(section.getPgMar().getBottom()).hasToString("1134");
            assertThat(section.getPgMar().getLeft()).hasToString("1701");
            assertThat(section.getPgMar().getRight()).hasToString("850");
            assertThat(section.isSetTitlePg()).as("page 1 has its own header, without a number").isTrue();
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:" + Decree30.BLANK + "/QĐ-SNV",
                    "Về việc công nhận kết quả tuyển dụng công chức năm 2026", "Nguyễn Thị Ngọc Ánh 3", INJECTED,
                    "KT. GIÁM ĐỐC", "Trần Văn Bình", "Nơi nhận:", "- Lưu: VT, CCVC.");
            List<XWPFRun> runs = new ArrayList<>();
            word.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            word.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
            assertThat(runs).isNotEmpty().allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
            XWPFParagraph nationalMotto = word.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(0);
            assertThat(nationalMotto.getRuns().get(0).isBold()).isTrue();
            assertThat(nationalMotto.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
        }
    }

    @Test
    void aLetterTheFontLacksIsRefusedNotPrintedAsABox() {
        DocumentService.Request request = request(DECISION, List.of("Nguyễn Văn 漢"));
        assertThatThrownBy(() -> documents.draft(request)).isInstanceOf(Refused.class)
                .hasMessageContaining("漢").hasMessageNotContaining("Nguyễn");
    }

    @Test
    void aTemplateNamingAnotherFontStillPrintsInTheEmbeddedOne() throws IOException {
        byte[] pdf = new PdfPrinter().print(org.jsoup.Jsoup.parse("<p style=\"font-family: monospace\">Đơn</p>"
                + "<p style=\"font-family: Arial, sans-serif; font-weight: bold\">Ưu tiên</p>"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("LiberationSerif");
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Đơn", "Ưu tiên");
        }
    }

    @Test
    void aMissingValueIsRefusedNotLeftBlank() {
        DocumentService.Request incomplete = new DocumentService.Request(DECISION, "SNV", "Về việc thử",
                List.of(), Map.of("people", List.of()));
        assertThatThrownBy(() -> documents.draft(incomplete)).isInstanceOf(Refused.class)
                .hasMessageContaining("sample-decision").hasMessageContaining("'round'");
    }

    @Test
    void dataAreOnlyStringsListsAndMaps() {
        DocumentService.Request objects = new DocumentService.Request(DECISION, "SNV", "Về việc thử", List.of(),
                Map.of("round", new Object()));
        assertThatThrownBy(() -> documents.draft(objects)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("round");
    }
}
