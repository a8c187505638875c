package vn.noivu.bpm.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.documents.DocumentCatalog;
import vn.noivu.bpm.documents.DocumentProperties;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.render.PageImages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.identity.TaskGroups;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * The document types of the procedures, and a draft of one (no number, no date) for the official to review.
 * Officials and heads read every draft; a group a procedure contributes reads the drafts of the types it is granted,
 * through {@code ProcedureGroup#access}: {@link #DRAFT_ACCESS} and {@link #draftAccess(String)} of each type.
 */
@Tag(name = DocumentsApi.TAG, description = DocumentsApi.DESCRIPTION)
@RestController
@RequestMapping("/api/documents")
@AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, access = DocumentDraftController.DRAFT_ACCESS)
public class DocumentDraftController {

    /** The access a contributed group needs to reach the draft endpoints at all. */
    public static final String DRAFT_ACCESS = "documents-drafts";

    private final DocumentCatalog catalog;
    private final DocumentService documents;
    private final DocumentProperties properties;
    private final TaskGroups groups;
    private final HttpServletRequest http;

    public DocumentDraftController(DocumentCatalog catalog, DocumentService documents, DocumentProperties properties,
                                   TaskGroups groups, HttpServletRequest http) {
        this.catalog = catalog;
        this.documents = documents;
        this.properties = properties;
        this.groups = groups;
        this.http = http;
    }

    /** The access that lets a contributed group read the drafts of one document type, e.g. its Đề án. */
    public static String draftAccess(String typeCode) {
        return DRAFT_ACCESS + ":" + typeCode;
    }

    @Operation(summary = "Danh mục loại văn bản có mẫu")
    @GetMapping("/types")
    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    public List<DocumentType> types() {
        return catalog.types();
    }

    @Operation(summary = "Xem dự thảo văn bản (PDF)")
    @GetMapping("/drafts/{type:[a-z0-9-]{1,80}}.pdf")
    public ResponseEntity<byte[]> draftPdf(@PathVariable String type, @RequestParam(required = false) String subject,
                                           @RequestParam(required = false) String issuer) {
        return file(type + "-du-thao.pdf", MediaType.APPLICATION_PDF, draft(type, subject, issuer).pdf());
    }

    @Operation(summary = "Tải dự thảo văn bản (DOCX)")
    @GetMapping("/drafts/{type:[a-z0-9-]{1,80}}.docx")
    public ResponseEntity<byte[]> draftDocx(@PathVariable String type, @RequestParam(required = false) String subject,
                                            @RequestParam(required = false) String issuer) {
        return file(type + "-du-thao.docx", DocumentController.DOCX, draft(type, subject, issuer).docx());
    }

    /**
     * Page 1 of the draft as an image, which the review and signing forms show (a Camunda Form shows an image but
     * cannot embed a PDF). Not cached: the draft follows the procedure's data and the deployed template.
     */
    @Operation(summary = "Ảnh trang đầu của dự thảo văn bản (PNG)")
    @GetMapping("/drafts/{type:[a-z0-9-]{1,80}}.png")
    public ResponseEntity<byte[]> draftFirstPage(@PathVariable String type,
                                                 @RequestParam(required = false) String subject,
                                                 @RequestParam(required = false) String issuer) {
        byte[] png = PageImages.firstPage(documents.draftPdf(request(type, subject, issuer)));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    private DocumentService.Files draft(String type, String subject, String issuer) {
        return documents.draft(request(type, subject, issuer));
    }

    private DocumentService.Request request(String type, String subject, String issuer) {
        ApiUser user = (ApiUser) http.getAttribute(ApiUser.REQUEST_ATTRIBUTE);
        if (user != null && !user.has(Role.CHUYEN_VIEN) && !user.has(Role.LANH_DAO) && !user.has(Role.CAMUNDA_ADMIN)
                && groups.withAccess(draftAccess(type)).stream().noneMatch(user::has)) {
            throw new KeyedStatusException(HttpStatus.FORBIDDEN, "forbidden",
                    "Tài khoản không có quyền xem dự thảo loại văn bản này.");
        }
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("subject", "required", "Thiếu tham số subject (mã hồ sơ của văn bản,"
                    + " ví dụ mã kỳ tuyển dụng).");
        }
        if (subject.length() > 100 || !subject.matches("[A-Za-z0-9-]+")) {
            throw new InvalidInputException("subject", "format", "Tham số subject chỉ gồm chữ không dấu, số và dấu"
                    + " gạch ngang, tối đa 100 ký tự.");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new InvalidInputException("issuer", "required", "Thiếu tham số issuer (mã cơ quan ban hành).");
        }
        DocumentController.configuredIssuer(properties, issuer);
        return catalog.request(type, subject, issuer);
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
