package vn.noivu.bpm.restructuring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.restructuring.RestructuringRoles;
import vn.noivu.bpm.restructuring.domain.ConsultationTally;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;
import vn.noivu.bpm.restructuring.process.ConsultationReports;
import vn.noivu.bpm.restructuring.process.CouncilRecords;
import vn.noivu.bpm.restructuring.process.SchemeDossierCheck;
import vn.noivu.bpm.restructuring.process.SchemeService;

/**
 * The restructuring scheme (đề án sắp xếp đơn vị hành chính): the province's officials propose it (the standards
 * check runs at once), communes report their household consultation, the councils' resolutions and the dossier's
 * maps are recorded; everyone reads the consultation results per scheme (units and figures only).
 */
@Tag(name = RestructuringApi.TAG, description = RestructuringApi.DESCRIPTION)
@RestController
@RequestMapping("/api/restructuring/schemes")
public class SchemeController {

    static final long MAX_MAP_BYTES = 20L * 1024 * 1024;

    private final SchemeService service;
    private final SchemeViews views;
    private final ConsultationReports consultations;
    private final CouncilRecords councils;
    private final SchemeRepository schemes;

    public SchemeController(SchemeService service, SchemeViews views, ConsultationReports consultations,
                            CouncilRecords councils, SchemeRepository schemes) {
        this.service = service;
        this.views = views;
        this.consultations = consultations;
        this.councils = councils;
        this.schemes = schemes;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Lập đề án sắp xếp đơn vị hành chính")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public SchemeService.Created create(@Valid @RequestBody SchemeRequest request,
                                        @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return service.create(request, caller.userId());
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = RestructuringRoles.COMMUNE)
    @Operation(summary = "Xem đề án sắp xếp đơn vị hành chính")
    @GetMapping("/{id}")
    public Map<String, Object> scheme(@PathVariable long id) {
        return views.scheme(id);
    }

    public record VillageFigures(
            @NotNull(message = "Tên thôn, tổ dân phố là bắt buộc.") @Size(max = 200, message = "Tối đa 200 ký tự.") String village,
            @NotNull(message = "Tổng số hộ là bắt buộc.") @Min(value = 1, message = "Tổng số hộ lớn hơn 0.") @Max(value = 100000000, message = "Quá lớn.") Long totalHouseholds,
            @NotNull(message = "Số hộ tham gia là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long consulted,
            @NotNull(message = "Số hộ đồng ý là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long agree,
            @NotNull(message = "Số hộ không đồng ý là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long disagree,
            @NotNull(message = "Số ý kiến khác là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long otherOpinions) {
    }

    /** A commune's report: total households of the area, consulted, agree, disagree, other; villages optional. */
    public record ConsultationReport(
            @NotNull(message = "Tổng số hộ gia đình trên địa bàn là bắt buộc.") @Min(value = 1, message = "Tổng số hộ lớn hơn 0.") @Max(value = 100000000, message = "Quá lớn.") Long totalHouseholds,
            @NotNull(message = "Số hộ tham gia là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long consulted,
            @NotNull(message = "Số hộ đồng ý là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long agree,
            @NotNull(message = "Số hộ không đồng ý là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long disagree,
            @NotNull(message = "Số ý kiến khác là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 100000000, message = "Quá lớn.") Long otherOpinions,
            @Size(max = 500, message = "Tối đa 500 thôn, tổ dân phố.") List<@NotNull(message = "Dòng thôn không được để trống.") @Valid VillageFigures> villages) {

        ConsultationTally tally() {
            return new ConsultationTally(totalHouseholds, consulted, agree, disagree, otherOpinions, villages == null ? List.of()
                    : villages.stream().map(v -> new ConsultationTally.Village(v.village(), v.totalHouseholds(), v.consulted(),
                    v.agree(), v.disagree(), v.otherOpinions())).toList());
        }
    }

    @AllowedRoles(value = Role.CHUYEN_VIEN, groups = RestructuringRoles.COMMUNE)
    @Operation(summary = "Báo cáo kết quả lấy ý kiến cử tri của một xã")
    @PostMapping("/{id}/consultations/{communeCode}")
    public Map<String, Object> reportConsultation(@PathVariable long id, @PathVariable String communeCode,
                                                  @Valid @RequestBody ConsultationReport report,
                                                  @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        if (!communeCode.matches("[A-Za-z0-9]{1,20}")) {
            throw new InvalidInputException("communeCode", "pattern", "Mã xã chỉ gồm chữ và số, tối đa 20 ký tự.");
        }
        return consultations.report(id, communeCode, report.tally(), caller.userId());
    }

    /**
     * The same report as a spreadsheet (.xlsx first sheet or .csv): one row per village, the commune's figures are
     * the sums ({@link vn.noivu.bpm.restructuring.domain.ConsultationSheet#COLUMNS}); every bad cell is listed.
     */
    @AllowedRoles(value = Role.CHUYEN_VIEN, groups = RestructuringRoles.COMMUNE)
    @Operation(summary = "Báo cáo kết quả lấy ý kiến cử tri bằng tệp (XLSX hoặc CSV), mỗi thôn một dòng")
    @PostMapping(value = "/{id}/consultations/{communeCode}/sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> reportConsultationSheet(@PathVariable long id, @PathVariable String communeCode,
                                                       @RequestParam(required = false) MultipartFile file,
                                                       @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) throws IOException {
        if (!communeCode.matches("[A-Za-z0-9]{1,20}")) {
            throw new InvalidInputException("communeCode", "pattern", "Mã xã chỉ gồm chữ và số, tối đa 20 ký tự.");
        }
        boolean csv = UnitParams.checkFile(file);
        List<vn.noivu.bpm.documents.SheetRow> rows;
        try (java.io.InputStream in = file.getInputStream()) {
            rows = UnitImports.read(in, csv);
        }
        vn.noivu.bpm.restructuring.domain.ConsultationSheet.Result read = vn.noivu.bpm.restructuring.domain.ConsultationSheet
                .read(rows.stream().map(vn.noivu.bpm.documents.SheetRow::number).toList(),
                        rows.stream().map(vn.noivu.bpm.documents.SheetRow::cells).toList());
        if (!read.errors().isEmpty()) {
            throw new InvalidInputException("Bảng số liệu có " + read.errors().size() + " lỗi.", read.errors().stream()
                    .limit(200).map(e -> new vn.noivu.bpm.platform.web.ApiError.FieldError("file[" + e.row() + "]." + e.column(),
                            "cell", e.message())).toList());
        }
        return consultations.report(id, communeCode, read.tally(), caller.userId());
    }

    public record CouncilResolution(
            @NotNull(message = "Mã đơn vị của Hội đồng nhân dân là bắt buộc.") @Size(max = 20, message = "Tối đa 20 ký tự.") String unitCode,
            @NotNull(message = "Số nghị quyết là bắt buộc.") @Size(min = 1, max = 60, message = "Số nghị quyết từ 1 đến 60 ký tự.") String resolutionNumber,
            @NotNull(message = "Ngày nghị quyết là bắt buộc (yyyy-MM-dd).") LocalDate resolutionDate,
            @NotNull(message = "Tổng số đại biểu là bắt buộc.") @Min(value = 1, message = "Ít nhất 1 đại biểu.") @Max(value = 1000, message = "Tối đa 1000.") Integer delegates,
            @NotNull(message = "Số đại biểu tán thành là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 1000, message = "Tối đa 1000.") Integer votesFor,
            @NotNull(message = "Số đại biểu không tán thành là bắt buộc.") @Min(value = 0, message = "Không âm.") @Max(value = 1000, message = "Tối đa 1000.") Integer votesAgainst) {
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi nghị quyết của Hội đồng nhân dân về đề án")
    @PostMapping("/{id}/councils")
    @ResponseStatus(HttpStatus.CREATED)
    public SchemeRepository.CouncilRow recordCouncil(@PathVariable long id, @Valid @RequestBody CouncilResolution body,
                                                     @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return councils.record(id, new CouncilRecords.CouncilInput(body.unitCode(), body.resolutionNumber(),
                body.resolutionDate(), body.delegates(), body.votesFor(), body.votesAgainst()), caller.userId());
    }

    /**
     * The dossier's files: {@code kind} BAN_DO_HIEN_TRANG or BAN_DO_PHUONG_AN (a PDF or image), DU_THAO_NGHI_QUYET
     * (the draft resolution of a commune-level change, PDF or DOCX), up to 20 MB; a later upload replaces it.
     */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Tải lên tệp của hồ sơ đề án",
            description = "`kind`: BAN_DO_HIEN_TRANG, BAN_DO_PHUONG_AN (PDF hoặc ảnh), DU_THAO_NGHI_QUYET (PDF hoặc "
                    + "DOCX); tối đa 20 MB; tải lại thì thay tệp cũ.")
    @PostMapping(value = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> uploadFile(@PathVariable long id, @RequestParam(required = false) String kind,
                                          @RequestParam(required = false) MultipartFile file,
                                          @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) throws IOException {
        if (kind == null || !SchemeDossierCheck.KINDS.contains(kind)) {
            throw new InvalidInputException("kind", "fileKind", "Loại tệp: " + String.join(", ", SchemeDossierCheck.KINDS) + ".");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required", "Chọn tệp bản đồ (PDF, PNG, JPEG).");
        }
        if (file.getSize() > MAX_MAP_BYTES) {
            throw new InvalidInputException("file", "maxSize", "Tệp tối đa 20 MB.");
        }
        byte[] content = file.getBytes();
        String type = mapType(content);
        if (type == null) {
            throw new InvalidInputException("file", "fileType", "Bản đồ là tệp PDF, PNG hoặc JPEG; dự thảo nghị quyết là PDF hoặc DOCX.");
        }
        schemes.scheme(id).orElseThrow(() -> vn.noivu.bpm.platform.error.Refused.notFound("scheme_not_found", "Không có đề án " + id + "."));
        String name = file.getOriginalFilename() == null ? kind : file.getOriginalFilename().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        schemes.saveFile(id, kind, name.length() > 255 ? name.substring(0, 255) : name, type, content, caller.userId());
        return Map.of("kind", kind, "fileName", name, "size", file.getSize());
    }

    /** PDF, PNG or JPEG by its first bytes (not by what the client says). */
    private static String mapType(byte[] content) {
        if (content.length >= 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F') {
            return "application/pdf";
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
            return "image/png";
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return null;
    }

    /** The consultation results of a scheme, published: units and figures only, no names of people. */
    @PublicEndpoint
    @Operation(summary = "Kết quả lấy ý kiến cử tri đã công bố")
    @GetMapping("/{id}/consultation")
    public Map<String, Object> publicResults(@PathVariable long id) {
        return views.publicResults(id);
    }

    @PublicEndpoint
    @Operation(summary = "Trang công bố kết quả lấy ý kiến cử tri (HTML)")
    @GetMapping(value = "/{id}/consultation.html", produces = MediaType.TEXT_HTML_VALUE)
    public String publicPage(@PathVariable long id) {
        return views.publicPage(id);
    }
}
