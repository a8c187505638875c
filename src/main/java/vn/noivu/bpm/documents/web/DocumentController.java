package vn.noivu.bpm.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.documents.DocumentProperties;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.register.DocumentRegister;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;

/** The register of outgoing documents (sổ đăng ký văn bản đi) and the issued files, for staff. */
@Tag(name = DocumentsApi.TAG, description = DocumentsApi.DESCRIPTION)
@RestController
@RequestMapping("/api/documents")
@AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
public class DocumentController {

    static final int MAX_ROWS = 1000;
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentRegister register;
    private final DocumentProperties properties;

    public DocumentController(DocumentRegister register, DocumentProperties properties) {
        this.register = register;
        this.properties = properties;
    }

    /** One entry of the register, with where to download its files. */
    public record Entry(OutgoingDocument document, String pdf, String docx) {
    }

    @Operation(summary = "Sổ văn bản đi: các văn bản đã ban hành")
    @GetMapping
    public List<Entry> list(@RequestParam(required = false) String issuer, @RequestParam(required = false) String year,
                            @RequestParam(required = false) String type, @RequestParam(required = false) String limit) {
        return register.list(issuer(issuer), year(year), type(type), limit(limit)).stream()
                .map(document -> new Entry(document, "/api/documents/" + document.id() + ".pdf",
                        "/api/documents/" + document.id() + ".docx"))
                .toList();
    }

    @Operation(summary = "Tải văn bản đã ban hành (PDF)")
    @GetMapping("/{id:\\d{1,18}}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(id, true);
    }

    @Operation(summary = "Tải văn bản đã ban hành (DOCX)")
    @GetMapping("/{id:\\d{1,18}}.docx")
    public ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(id, false);
    }

    private ResponseEntity<byte[]> download(long id, boolean pdf) {
        OutgoingDocument document = register.find(id).orElseThrow(() -> Refused.notFound("document_not_found",
                "Không có văn bản số " + id + " trong sổ đăng ký văn bản đi."));
        byte[] content = register.file(id, pdf).orElseThrow();
        String name = document.number() + "-" + document.symbol() + "-" + document.year() + (pdf ? ".pdf" : ".docx");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString());
        if (pdf) {
            // The hash recorded in the register when it was issued: a reader checks the file against it.
            response.header("X-Content-SHA256", document.sha256());
        }
        return response.body(content);
    }

    private String issuer(String value) {
        return value == null || value.isEmpty() ? null : configuredIssuer(properties, value);
    }

    /** A configured issuer's code, or a 400 naming the codes there are. */
    static String configuredIssuer(DocumentProperties properties, String value) {
        if (!properties.issuers().containsKey(value)) {
            throw new InvalidInputException("issuer", "oneOf", "Tham số issuer phải là mã một cơ quan ban hành đã cấu"
                    + " hình: " + String.join(", ", properties.issuers().keySet().stream().sorted().toList()) + ".");
        }
        return value;
    }

    private static Integer year(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{4}") || Integer.parseInt(value) < 1900 || Integer.parseInt(value) > 2100) {
            throw new InvalidInputException("year", "range", "Tham số year phải là năm gồm 4 chữ số, từ 1900 đến 2100.");
        }
        return Integer.parseInt(value);
    }

    private static String type(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > 80 || !DocumentType.CODE.matcher(value).matches()) {
            throw new InvalidInputException("type", "format", "Tham số type phải là mã loại văn bản: chữ thường"
                    + " không dấu, số và dấu gạch nối, tối đa 80 ký tự (ví dụ recruitment-notice).");
        }
        return value;
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return 200;
        }
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ROWS) {
            throw new InvalidInputException("limit", "range", "Tham số limit phải là số nguyên từ 1 đến " + MAX_ROWS
                    + ".");
        }
        return Integer.parseInt(value);
    }
}
