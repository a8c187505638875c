package vn.noivu.bpm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentProperties;
import vn.noivu.bpm.documents.DocumentRenderingTest;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.TemplateFiles;
import vn.noivu.bpm.documents.render.DocxWriter;
import vn.noivu.bpm.documents.render.PdfPrinter;
import vn.noivu.bpm.documents.render.TemplateRenderer;
import vn.noivu.bpm.recruitment.HiringDocuments.CancellationGround;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.domain.HiringRules;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.domain.Winner;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;

/**
 * The per-person decisions of a hiring dossier as the official reviews and the head signs them, filled from the
 * round's own rule tables (recruitment-hiring-periods, recruitment-probation) and printed with the shipped templates:
 * Vietnamese text read back exactly from the PDF, every font embedded, page 1 as PNG in target/screenshots/.
 */
class HiringDocumentsTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    /** The shared layout (bpmn/documents) and recruitment's templates, as files. */
    static final class RecruitmentTemplates extends TemplateFiles {
        @Override
        public Optional<StoredTemplate> latest(String name) {
            Path file = Path.of("bpmn/recruitment/documents").resolve(name + SUFFIX);
            if (!Files.exists(file)) {
                return super.latest(name);
            }
            try {
                return Optional.of(new StoredTemplate(name, "file", Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final DocumentService documents = new DocumentService(new DocumentProperties(Map.of("SNV",
            DocumentRenderingTest.issuer())), new TemplateRenderer(new RecruitmentTemplates()), new PdfPrinter(),
            new DocxWriter(), null, null);

    static RoundRow round(String staffType, String legalBasis) {
        return new RoundRow(1, "SNV-2026", "Tuyển dụng công chức Sở Nội vụ năm 2026", "Sở Nội vụ", "THI_TUYEN",
                staffType, legalBasis, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "HOAN_THIEN_HO_SO", null,
                null);
    }

    static Winner winner(RoundRow round, String positionTitle, String minDegree, String decisionNumber) {
        return new Winner(7, "SNV-2026-48291730", "Lê Thị Ngọc Ánh", "anh@example.com", 3, "PC", positionTitle,
                minDegree, "Phòng Pháp chế, Sở Nội vụ", round, HiringStatus.HOAN_THIEN_HO_SO, LocalDate.of(2027, 2, 1),
                null, decisionNumber);
    }

    static final HiringRepository.Person MAI = new HiringRepository.Person(LocalDate.of(1998, 5, 1), "NU",
            "CHUYEN_VIEN", LocalDate.of(2027, 2, 5));

    static Map<String, Object> evaluate(String file, String key, Map<String, Object> inputs) {
        try (InputStream in = Files.newInputStream(Path.of("bpmn/recruitment", file))) {
            DmnDecision decision = DMN.parseDecision(key, in);
            return DMN.evaluateDecisionTable(decision, inputs).getFirstResult().getEntryMap();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HiringRules.Periods periods(RoundRow round) {
        return HiringRules.periods(evaluate("recruitment-hiring-periods.dmn", HiringRules.PERIODS_KEY,
                RoundRules.inputs(round)));
    }

    static HiringRules.Probation probation(Winner winner) {
        Map<String, Object> inputs = new java.util.HashMap<>(RoundRules.inputs(winner.round()));
        inputs.put("trainingLevel", winner.minDegree());
        inputs.put("physician", HiringDocuments.physician(winner));
        return HiringRules.probation(evaluate("recruitment-probation.dmn", HiringRules.PROBATION_KEY, inputs), 0);
    }

    static String text(byte[] pdf, String screenshot) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).as("no fallback font").contains("LiberationSerif");
                }
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            new File("target/screenshots").mkdirs();
            ImageIO.write(page, "png", new File("target/screenshots/" + screenshot));
            // Without white space: a justified line may break inside "01/05/1998" or "170/2025/NĐ-CP", and the
            // extracted text then has a space there; every letter and mark still has to be read back as written.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** The phrases, without white space, as {@link #text} reads the PDF. */
    static String[] says(String... phrases) {
        return java.util.Arrays.stream(phrases).map(phrase -> phrase.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    @Test
    void aCivilServantsRecruitmentDecisionNamesThePersonPositionRankAndStartOfWork() throws IOException {
        RoundRow round = round("CONG_CHUC", "ND-170-2025");
        Winner winner = winner(round, "Chuyên viên pháp chế", "DAI_HOC", null);
        DocumentService.Request request = HiringDocuments.decision(winner, MAI, periods(round), null, "SNV");
        DocumentService.Files files = documents.draft(request);
        String text = text(files.pdf(), "document-recruitment-hiring-decision-draft-page1.png");
        // Decree 170/2025 Art. 19(1): recruitment, job position and ngạch; Art. 19(2): 30 days to start work.
        assertThat(text).contains(says("QUYẾT ĐỊNH", "Về việc tuyển dụng công chức đối với bà Lê Thị Ngọc Ánh",
                "Số:" + Decree30.BLANK + "/QĐ-SNV", "Hà Nội, ngày" + Decree30.BLANK, "GIÁM ĐỐC SỞ NỘI VỤ",
                "Nghị định số 170/2025/NĐ-CP", "Điều 1. Tuyển dụng bà Lê Thị Ngọc Ánh, sinh ngày 01/05/1998",
                "vào công chức, bố trí vào vị trí việc làm Chuyên viên pháp chế tại Phòng Pháp chế, Sở Nội vụ và bổ "
                        + "nhiệm vào ngạch Chuyên viên (khoản 1 Điều 19 Nghị định số 170/2025/NĐ-CP)",
                "Trong thời hạn 30 ngày kể từ ngày Quyết định này có hiệu lực, bà Lê Thị Ngọc Ánh phải đến Phòng "
                        + "Pháp chế, Sở Nội vụ nhận việc",
                "được xếp lương theo ngạch Chuyên viên theo quy định của pháp luật về chế độ tiền lương",
                "Phiếu lý lịch tư pháp", "KT. GIÁM ĐỐC", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, CCVC."))
                .as("no probation for civil servants, no salary figure the data does not hold")
                .doesNotContain(says("tập sự", "hệ số", "115/2020"));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(files.docx()))) {
            assertThat(new XWPFWordExtractor(word).getText()).contains("QUYẾT ĐỊNH", "sinh ngày 01/05/1998",
                    "ngạch Chuyên viên");
        }
    }

    @Test
    void aPublicEmployeesDecisionStatesTheContractAndTheProbationOfTheRoundsTable() throws IOException {
        RoundRow round = round("VIEN_CHUC", "ND-115-2020-85-2023");
        Winner winner = winner(round, "Bác sĩ khoa Nội", "DAI_HOC", null);
        HiringRules.Probation probation = probation(winner);
        // Decree 115/2020 Art. 21(2)(a): a physician's title, 9 months rather than 12.
        assertThat(probation.months()).isEqualTo(9);
        String text = text(documents.draft(HiringDocuments.decision(winner, MAI, periods(round), probation, "SNV"))
                .pdf(), "document-recruitment-hiring-decision-vien-chuc-draft-page1.png");
        assertThat(text).contains(says("Về việc tuyển dụng viên chức đối với bà Lê Thị Ngọc Ánh",
                "Nghị định số 115/2020/NĐ-CP", "vào viên chức, vị trí việc làm Bác sĩ khoa Nội",
                "(khoản 1 Điều 18 Nghị định số 115/2020/NĐ-CP)",
                "kể từ ngày nhận được Quyết định này, bà Lê Thị Ngọc Ánh phải đến Phòng Pháp chế, Sở Nội vụ ký hợp "
                        + "đồng làm việc và nhận việc",
                "Thời gian tập sự: 09 tháng", "hưởng lương theo Điều 23 Nghị định số 115/2020/NĐ-CP"))
                .doesNotContain(says("170/2025", "ngạch"));

        Winner nurse = winner(round, "Điều dưỡng", "CAO_DANG", null);
        assertThat(probation(nurse).months()).as("college level: 9 months (Art. 21(2)(b))").isEqualTo(9);
        Winner archivist = winner(round, "Văn thư", "TRUNG_CAP", null);
        assertThat(text(documents.draft(HiringDocuments.decision(archivist, MAI, periods(round), probation(archivist),
                "SNV")).pdf(), "document-recruitment-hiring-decision-trung-cap.png"))
                .contains(says("Thời gian tập sự: 06 tháng"));
    }

    @Test
    void aFraudCancelsTheResultWithItsGroundArticleAndTheBarOnTheNextRound() throws IOException {
        RoundRow round = round("CONG_CHUC", "ND-170-2025");
        DocumentService.Request request = HiringDocuments.cancellation(winner(round, "Chuyên viên pháp chế", "DAI_HOC",
                null), MAI, CancellationGround.GIAN_LAN, "Bằng tốt nghiệp không hợp pháp", "SNV");
        assertThat(request.type()).isEqualTo(HiringDocuments.RESULT_CANCELLATION);
        String text = text(documents.draft(request).pdf(), "document-recruitment-result-cancellation-draft-page1.png");
        assertThat(text).contains(says("Về việc hủy bỏ kết quả trúng tuyển đối với bà Lê Thị Ngọc Ánh",
                "Điều 1. Hủy bỏ kết quả trúng tuyển của bà Lê Thị Ngọc Ánh, sinh ngày 01/05/1998",
                "vì lý do người trúng tuyển có hành vi gian lận trong việc kê khai Phiếu đăng ký dự tuyển",
                "(Bằng tốt nghiệp không hợp pháp), theo quy định tại khoản 2 Điều 18 Nghị định số 170/2025/NĐ-CP",
                "Điều 2. Bà Lê Thị Ngọc Ánh không được đăng ký dự tuyển trong 01 kỳ tuyển dụng tiếp theo của Sở Nội vụ",
                "Điều 3. Quyết định này có hiệu lực", "- Như Điều 3;"));

        String late = text(documents.draft(HiringDocuments.cancellation(winner(round("VIEN_CHUC", "ND-115-2020-85-2023"),
                "Văn thư", "TRUNG_CAP", null), MAI, CancellationGround.KHONG_HOAN_THIEN_HO_SO, null, "SNV")).pdf(),
                "document-recruitment-result-cancellation-late.png");
        assertThat(late).contains(says("vì lý do người trúng tuyển không hoàn thiện đủ hồ sơ tuyển dụng trong thời hạn quy "
                + "định, theo quy định tại khoản 2 Điều 17 Nghị định số 115/2020/NĐ-CP",
                "Điều 2. Quyết định này có hiệu lực", "- Như Điều 2;")).doesNotContain(says("Điều 3.", "01 kỳ tuyển dụng"));
    }

    @Test
    void aDecisionIsCancelledCitingItsNumberAndDateAndTheGround() throws IOException {
        RoundRow round = round("CONG_CHUC", "ND-170-2025");
        DocumentService.Request request = HiringDocuments.cancellation(winner(round, "Chuyên viên pháp chế", "DAI_HOC",
                "05/QĐ-SNV"), MAI, CancellationGround.LY_LICH_TU_PHAP, "Phiếu số 123/LLTP", "SNV");
        assertThat(request.type()).isEqualTo(HiringDocuments.DECISION_CANCELLATION);
        String text = text(documents.draft(request).pdf(), "document-recruitment-decision-cancellation-draft-page1.png");
        assertThat(text).contains(says("Về việc hủy bỏ Quyết định tuyển dụng số 05/QĐ-SNV đối với bà Lê Thị Ngọc Ánh",
                "Căn cứ Quyết định tuyển dụng số 05/QĐ-SNV ngày 05 tháng 02 năm 2027;",
                "Điều 1. Hủy bỏ Quyết định tuyển dụng số 05/QĐ-SNV ngày 05 tháng 02 năm 2027 đối với bà Lê Thị Ngọc Ánh",
                "vì lý do người được tuyển dụng có Phiếu lý lịch tư pháp cho thấy thuộc trường hợp không được đăng ký "
                        + "dự tuyển (Phiếu số 123/LLTP), theo quy định tại khoản 3 Điều 19 Nghị định số 170/2025/NĐ-CP",
                "- Như Điều 2;"));
        String noShow = text(documents.draft(HiringDocuments.cancellation(winner(round, "Chuyên viên pháp chế",
                "DAI_HOC", "05/QĐ-SNV"), new HiringRepository.Person(LocalDate.of(1990, 1, 2), "NAM", "CHUYEN_VIEN",
                LocalDate.of(2027, 2, 5)), CancellationGround.KHONG_NHAN_VIEC, null, "SNV")).pdf(),
                "document-recruitment-decision-cancellation-no-show.png");
        assertThat(noShow).contains(says("đối với ông Lê Thị Ngọc Ánh, sinh ngày 02/01/1990",
                "vì lý do người được tuyển dụng không đến nhận việc trong thời hạn quy định, theo quy định tại khoản 3 "
                        + "Điều 19 Nghị định số 170/2025/NĐ-CP"));
    }
}
