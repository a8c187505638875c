package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.noivu.bpm.commendation.CommendationRoles;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.AttachmentRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.commendation.process.ProposalDossiers;
import vn.noivu.bpm.commendation.process.ProposalQueries;
import vn.noivu.bpm.commendation.process.ProposalSubmissions;
import vn.noivu.bpm.commendation.process.ProposalSummaries;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.platform.web.TableDownload;

/**
 * Proposals of a unit to the province: a unit official submits one (and its dossier's files); the unit, Sở Nội vụ's
 * board, the provincial council and the Chairman follow it: status in words, the nominees with their verdicts, the
 * steps open with due dates and their basis. Citizen IDs are masked in every answer.
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
@RequestMapping("/api/commendation/proposals")
public class ProposalController {

    static final String UNIT_COUNCIL = CommendationRoles.COUNCIL;
    static final String BOARD = CommendationRoles.BOARD;
    static final String PROVINCIAL_COUNCIL = CommendationRoles.PROVINCIAL_COUNCIL;
    static final String CHAIRMAN = CommendationRoles.CHAIRMAN;

    private final ProposalSubmissions submissions;
    private final ProposalDossiers dossiers;
    private final ProposalQueries queries;

    public ProposalController(ProposalSubmissions submissions, ProposalDossiers dossiers, ProposalQueries queries) {
        this.submissions = submissions;
        this.dossiers = dossiers;
        this.queries = queries;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Lập hồ sơ đề nghị khen thưởng")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ProposalSubmissions.Submitted submit(@Valid @RequestBody ProposalRequest request,
                                                @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return submissions.submit(request, caller.userId());
    }

    public record Attached(long id, String kind, String fileName, long sizeBytes) {
    }

    /** A file of the dossier: {@code kind} BAO_CAO_THANH_TICH, BIEN_BAN_HOP (note: the vote result), CHUNG_NHAN_SANG_KIEN, KHAC. */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Đính kèm tệp vào hồ sơ đề nghị khen thưởng",
            description = "`kind`: BAO_CAO_THANH_TICH, BIEN_BAN_HOP (kết quả biểu quyết ghi ở `note`), "
                    + "CHUNG_NHAN_SANG_KIEN, KHAC.")
    @PostMapping(path = "/{id:\\d{1,18}}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Attached attach(@PathVariable long id, @RequestParam(name = "kind", required = false) String kind,
                           @RequestParam(name = "note", required = false) String note,
                           @RequestParam(name = "file", required = false) MultipartFile file,
                           @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required", "Cần tệp đính kèm (file), PDF hoặc DOCX.");
        }
        if (file.getSize() > ProposalDossiers.MAX_ATTACHMENT_BYTES) {
            throw new InvalidInputException("file", "size", "Tệp đính kèm (file) tối đa 10 MB.");
        }
        long attachment = dossiers.attach(id, kind, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), note, caller.userId());
        return new Attached(attachment, kind, file.getOriginalFilename(), file.getSize());
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = {UNIT_COUNCIL, BOARD, PROVINCIAL_COUNCIL, CHAIRMAN})
    @Operation(summary = "Tải tệp đính kèm của hồ sơ đề nghị")
    @GetMapping("/{id:\\d{1,18}}/attachments/{attachment:\\d{1,18}}")
    public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment) {
        AttachmentRow row = queries.repository().attachments(id).stream().filter(a -> a.id() == attachment).findFirst()
                .orElseThrow(() -> Refused.notFound("attachment_not_found", "Không có tài liệu số " + attachment
                        + " trong hồ sơ " + id + "."));
        byte[] content = queries.repository().attachmentContent(id, attachment).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(row.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tai-lieu-" + attachment
                        + (row.contentType().contains("pdf") ? ".pdf" : ".docx") + "\"")
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    public record ItemView(long id, int position, String holderType, String citizenId, String fullName,
                           String unitCode, String unitName, String title, String titleLabel, String achievement,
                           String outcome, String outcomeLabel, String reason, String citation, boolean voteRequired,
                           Integer voteThreshold, String status, String statusLabel, String statusReason,
                           Integer votesAgree, Integer votesMembers) {

        static ItemView of(ItemRow i) {
            return new ItemView(i.id(), i.position(), i.holderType(), i.citizenId() == null ? null
                    : PersonalData.maskCitizenId(i.citizenId()), i.fullName(), i.unitCode(), i.unitName(), i.title(),
                    Title.valueOf(i.title()).label(), i.achievement(), i.outcome(), ProposalSummaries.outcomeLabel(i.outcome()),
                    i.reason(), i.citation(), i.voteRequired(), i.voteThreshold(), i.status().name(), i.status().label(),
                    i.statusReason(), i.votesAgree(), i.votesMembers());
        }
    }

    public record AttachmentView(long id, String kind, String fileName, long sizeBytes, String note, String url) {
    }

    public record ProposalView(long id, String unitCode, String unitName, int year, String kind, String kindLabel,
                               String status, String statusLabel, String statusNote, LocalDate effectiveOn,
                               LocalDate postingUntil, String postingBasis, String decisionNumber, LocalDate decisionDate,
                               String processInstanceId, List<ItemView> items, List<AttachmentView> attachments,
                               int objections, List<ProposalQueries.OpenStep> openSteps) {
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = {UNIT_COUNCIL, BOARD, PROVINCIAL_COUNCIL, CHAIRMAN})
    @Operation(summary = "Xem hồ sơ đề nghị khen thưởng")
    @GetMapping("/{id:\\d{1,18}}")
    public ProposalView proposal(@PathVariable long id) {
        ProposalRow p = queries.proposal(id);
        return new ProposalView(p.id(), p.unitCode(), p.unitName(), p.year(), p.kind(),
                AwardVocabulary.Kind.valueOf(p.kind()).label(), p.status().name(), p.status().label(), p.statusNote(),
                p.effectiveOn(), p.postingUntil(), queries.postingBasis(p), p.decisionNumber(), p.decisionDate(), p.processInstanceId(),
                queries.repository().items(id).stream().map(ItemView::of).toList(),
                queries.repository().attachments(id).stream().map(a -> new AttachmentView(a.id(), a.kind(), a.fileName(),
                        a.sizeBytes(), a.note(), "/api/commendation/proposals/" + id + "/attachments/" + a.id())).toList(),
                queries.repository().objections(id).size(), queries.openSteps(p));
    }

    public record ProposalLine(long id, String unitCode, String unitName, int year, String kind, String status,
                               String statusLabel, int items) {
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = {UNIT_COUNCIL, BOARD, PROVINCIAL_COUNCIL, CHAIRMAN})
    @Operation(summary = "Danh sách hồ sơ đề nghị khen thưởng")
    @GetMapping
    public List<ProposalLine> list(@RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String unitCode) {
        check(year, unitCode);
        List<ProposalRow> rows = queries.repository().list(year, unitCode, 500);
        Map<Long, Long> counts = queries.repository().itemsOf(rows.stream().map(ProposalRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ItemRow::proposalId, Collectors.counting()));
        return rows.stream().map(p -> new ProposalLine(p.id(), p.unitCode(), p.unitName(), p.year(), p.kind(),
                p.status().name(), p.status().label(), counts.getOrDefault(p.id(), 0L).intValue())).toList();
    }

    /** Every nominee of the proposals found, one row each, as CSV or .xlsx: citizen IDs masked, cells neutralised. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = {UNIT_COUNCIL, BOARD, PROVINCIAL_COUNCIL, CHAIRMAN})
    @Operation(summary = "Tải danh sách người được đề nghị (CSV hoặc XLSX), số CCCD được che")
    @GetMapping("/table.{format:csv|xlsx}")
    public ResponseEntity<byte[]> table(@PathVariable String format, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) String unitCode) {
        check(year, unitCode);
        List<ProposalRow> rows = queries.repository().list(year, unitCode, 500);
        Map<Long, ProposalRow> byId = rows.stream().collect(Collectors.toMap(ProposalRow::id, p -> p));
        List<List<Object>> lines = queries.repository().itemsOf(byId.keySet()).stream().map(i -> {
            ProposalRow p = byId.get(i.proposalId());
            return Arrays.<Object>asList(p.id(), p.unitName(), p.year(), AwardVocabulary.Kind.valueOf(p.kind()).label(),
                    i.citizenId() == null ? "" : PersonalData.maskCitizenId(i.citizenId()), i.holderName(),
                    Title.valueOf(i.title()).label(), i.achievement(), ProposalSummaries.outcomeLabel(i.outcome()),
                    i.status().label(), i.statusReason() == null ? "" : i.statusReason());
        }).toList();
        return TableDownload.of(format, "de-nghi-khen-thuong", "Đề nghị", "Đề nghị khen thưởng cấp tỉnh", List.of(
                "Hồ sơ", "Đơn vị đề nghị", "Năm", "Loại", "Số định danh", "Cá nhân, tập thể", "Danh hiệu, hình thức",
                "Thành tích", "Điều kiện", "Trạng thái", "Lý do"), lines);
    }

    private static void check(Integer year, String unitCode) {
        if (year != null && (year < 1945 || year > 2100)) {
            throw new InvalidInputException("year", "range", "Năm thi đua (year) không hợp lệ.");
        }
        if (unitCode != null && !unitCode.matches("[A-Za-z0-9._-]{1,50}")) {
            throw new InvalidInputException("unitCode", "pattern", "Mã đơn vị (unitCode) không hợp lệ.");
        }
    }
}
