package vn.noivu.bpm.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.documents.register.DocumentRegister;
import vn.noivu.bpm.documents.register.NumberSeries;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.documents.render.DocxWriter;
import vn.noivu.bpm.documents.render.PdfPrinter;
import vn.noivu.bpm.documents.render.TemplateRenderer;
import vn.noivu.bpm.platform.error.Refused;

/**
 * Drafts and issues documents: a procedure's template, filled with its data and the issuer's configuration, printed
 * to PDF and written to Word. Issuing takes the next number of the issuer's series and records the document in the
 * register in the caller's transaction (the signer's approval), so the number exists only if the approval does.
 */
@Service
public class DocumentService {

    /** Names the layout fills in; a procedure's data may not use them. */
    static final Set<String> LAYOUT_NAMES = Set.of("issuer", "numberLine", "dateLine", "numberText", "dateText",
            "symbol", "title", "signer", "recipientLines", "authorityLine");

    /**
     * What a procedure asks for.
     *
     * @param title the summary (trích yếu) under the document's type name, also the register's title
     * @param recipients the "Nơi nhận" lines before "Lưu"
     * @param data the procedure's values: strings, booleans, lists and maps of them
     */
    public record Request(DocumentType type, String issuer, String title, List<String> recipients,
                          Map<String, Object> data) {
    }

    /** The document as issued: its register id, number line and date line, and the PDF's SHA-256. */
    public record Issued(long id, String numberLine, String dateLine, String sha256) {
    }

    /** A document's two files. */
    public record Files(byte[] pdf, byte[] docx) {
    }

    private final DocumentProperties properties;
    private final TemplateRenderer renderer;
    private final PdfPrinter pdf;
    private final DocxWriter docx;
    private final NumberSeries series;
    private final DocumentRegister register;

    public DocumentService(DocumentProperties properties, TemplateRenderer renderer, PdfPrinter pdf, DocxWriter docx,
                           NumberSeries series, DocumentRegister register) {
        this.properties = properties;
        this.renderer = renderer;
        this.pdf = pdf;
        this.docx = docx;
        this.series = series;
        this.register = register;
    }

    public Issuer issuer(String code) {
        Issuer issuer = properties.issuers().get(code);
        if (issuer == null) {
            throw Refused.notFound("issuer_not_found", "Không có cơ quan ban hành mã " + code + " trong cấu hình.");
        }
        return issuer;
    }

    /** The draft the signer reviews: no number, no date yet. */
    public Files draft(Request request) {
        Document html = draftHtml(request);
        return new Files(pdf.print(html), docx.write(html));
    }

    /** The draft's PDF alone (the page preview of the task forms needs no Word file). */
    public byte[] draftPdf(Request request) {
        return pdf.print(draftHtml(request));
    }

    private Document draftHtml(Request request) {
        Issuer issuer = issuer(request.issuer());
        String symbol = Decree30.symbol(request.type().abbreviation(), issuer.abbreviation());
        return render(request, issuer, symbol, new Numbered(Decree30.draftNumberLine(symbol),
                Decree30.BLANK + "/" + symbol, Decree30.draftDateLine(issuer.place()), Decree30.DRAFT_DATE_TEXT)).html();
    }

    /**
     * Numbers, dates and stores the document; {@code subject} (a round's code, or null) lets the procedure find it
     * again ({@link #latestIssued}).
     */
    @Transactional
    public Issued issue(Request request, String subject, String createdBy) {
        Issuer issuer = issuer(request.issuer());
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Deadlines.ZONE);
        String seriesName = issuer.seriesOf(request.type());
        int number = series.next(request.issuer(), seriesName, today.getYear());
        String symbol = Decree30.symbol(request.type().abbreviation(), issuer.abbreviation());
        String numberLine = Decree30.numberLine(number, symbol);
        String dateLine = Decree30.dateLine(issuer.place(), today);
        Filled filled = render(request, issuer, symbol, new Numbered(numberLine, Decree30.numberText(number, symbol),
                dateLine, Decree30.dateText(today)));
        byte[] printed = pdf.print(filled.html());
        String sha256 = sha256(printed);
        long id = register.insert(new DocumentRegister.Entry(request.issuer(), request.type().code(),
                request.type().name(), seriesName, today.getYear(), number, symbol, today, request.title(), sha256,
                printed, docx.write(filled.html()), filled.templateDeploymentId(), createdBy, subject));
        return new Issued(id, numberLine, dateLine, sha256);
    }

    /** The document of this type last issued about the subject, with its stored PDF. */
    public Optional<IssuedFile> latestIssued(String typeCode, String subject) {
        return register.latest(typeCode, subject).flatMap(document -> register.file(document.id(), true)
                .map(pdf -> new IssuedFile(document, pdf)));
    }

    /** An issued document's register row (number, symbol, date), e.g. for the procedure that had it issued. */
    public Optional<OutgoingDocument> issued(long id) {
        return register.find(id);
    }

    /** The register row of the document of this type last issued about the subject. */
    public Optional<OutgoingDocument> latestEntry(String typeCode, String subject) {
        return register.latest(typeCode, subject);
    }

    /** An issued document's register row and its stored PDF. */
    public record IssuedFile(OutgoingDocument document, byte[] pdf) {
    }

    private record Filled(Document html, String templateDeploymentId) {
    }

    /** The number and date as the header prints them ("Số: 09/QĐ-SNV") and as an appendix cites them. */
    private record Numbered(String numberLine, String numberText, String dateLine, String dateText) {
    }

    private Filled render(Request request, Issuer issuer, String symbol, Numbered numbered) {
        Map<String, Object> model = new HashMap<>();
        request.data().forEach((key, value) -> {
            if (LAYOUT_NAMES.contains(key)) {
                throw new IllegalArgumentException("Document data may not use the layout's name " + key);
            }
            model.put(key, value);
        });
        model.put("issuer", Map.of("name", issuer.name(), "superior", nullToEmpty(issuer.superior()),
                "abbreviation", issuer.abbreviation(), "place", issuer.place()));
        model.put("symbol", symbol);
        model.put("numberLine", numbered.numberLine());
        model.put("numberText", numbered.numberText());
        model.put("dateLine", numbered.dateLine());
        model.put("dateText", numbered.dateText());
        model.put("title", request.title());
        model.put("signer", Map.of("positionLines", issuer.signer().positionLines(),
                "name", issuer.signer().name()));
        model.put("recipientLines", Decree30.recipientLines(request.recipients(), issuer.archive()));
        model.put("authorityLine", Decree30.authorityLine(issuer.signer(), issuer.name()));
        TemplateRenderer.Rendered rendered = renderer.render(request.type().code(), model);
        return new Filled(Jsoup.parse(rendered.html()), rendered.templateDeploymentId());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
