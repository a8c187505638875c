package vn.noivu.bpm.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.commendation.CommendationRoles;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.DisciplineLevel;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.commendation.process.YearCertificate;
import vn.noivu.bpm.commendation.process.YearNominations;
import vn.noivu.bpm.commendation.process.YearOpening;
import vn.noivu.bpm.commendation.process.YearProceedings;
import vn.noivu.bpm.commendation.process.YearRules;
import vn.noivu.bpm.personnel.Rating;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.platform.web.TableDownload;

/**
 * The annual review at a unit: officials (chuyen-vien) open the year, nominate, record maternity leave and
 * proceedings; the council (hoi-dong-thi-dua) votes; the head (lanh-dao) and the council read. Staff rows and
 * nominations show whole citizen IDs only on the year's page for those who work it; lists to download mask them.
 */
@Tag(name = CommendationApi.TAG, description = CommendationApi.DESCRIPTION)
@RestController
@RequestMapping("/api/commendation/years")
public class YearController {

    private final YearOpening opening;
    private final YearNominations nominations;
    private final YearRepository years;
    private final YearRules rules;
    private final YearCertificate certificate;

    public YearController(YearOpening opening, YearNominations nominations, YearRepository years, YearRules rules,
                          YearCertificate certificate) {
        this.opening = opening;
        this.nominations = nominations;
        this.years = years;
        this.rules = rules;
        this.certificate = certificate;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Mở đợt bình xét thi đua năm")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public YearOpening.Opened open(@Valid @RequestBody YearRequest request,
                                   @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return opening.open(request, caller.userId());
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = CommendationRoles.COUNCIL)
    @Operation(summary = "Xem đợt bình xét thi đua năm")
    @GetMapping("/{id}")
    public Map<String, Object> year(@PathVariable long id) {
        YearRow y = nominations.year(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", y.id());
        body.put("unitCode", y.unitCode());
        body.put("unitName", y.unitName());
        body.put("unitKind", y.unitKind());
        body.put("unitKindLabel", Decider.UnitKind.valueOf(y.unitKind()).label());
        body.put("year", y.year());
        body.put("startedOn", y.startedOn());
        body.put("council", Map.of("members", y.councilMembers(),
                "names", y.councilNames() == null ? List.of() : List.of(y.councilNames().split("\n"))));
        body.put("issuer", y.issuer());
        body.put("status", y.status());
        body.put("processInstanceId", y.processInstanceId());
        body.put("decisionNumber", y.decisionNumber());
        body.put("decisionDate", y.decisionDate());
        body.put("ruleTableVersions", rules.versions(id));
        List<StaffRow> staff = years.staff(id);
        body.put("staff", staff.stream().map(YearController::staff).toList());
        Map<Long, StaffRow> byId = staff.stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
        body.put("nominations", years.nominations(id).stream().map(n -> nomination(n, byId.get(n.staffId()), y, false))
                .toList());
        return body;
    }

    private static Map<String, Object> staff(StaffRow s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("citizenId", s.citizenId());
        view.put("fullName", s.fullName());
        view.put("gender", s.gender());
        view.put("rating", s.rating());
        view.put("ratingLabel", s.rating() == null ? "chưa đánh giá, xếp loại" : Rating.valueOf(s.rating()).label);
        view.put("disciplineLevel", s.disciplineLevel());
        view.put("disciplineLabel", DisciplineLevel.valueOf(s.disciplineLevel()).label());
        view.put("maternityLeave", s.maternityLeave());
        view.put("proceedings", s.proceedings());
        view.put("proceedingsLabel", s.proceedings() == null ? null
                : YearProceedings.Kind.valueOf(s.proceedings()).label());
        view.put("proceedingsNote", s.proceedingsNote());
        view.put("proceedingsOutcome", s.proceedingsOutcome());
        return view;
    }

    private static Map<String, Object> nomination(NominationRow n, StaffRow s, YearRow y, boolean masked) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", n.id());
        view.put("subject", n.subject());
        String citizenId = s == null ? null : s.citizenId();
        view.put("citizenId", masked && citizenId != null ? PersonalData.maskCitizenId(citizenId) : citizenId);
        view.put("name", s == null ? "Tập thể " + y.unitName() : s.fullName());
        Title title = Title.valueOf(n.title());
        view.put("title", title.name());
        view.put("titleLabel", title.label());
        view.put("outcome", n.outcome());
        view.put("eligible", n.outcome() == null ? null : "DU_DIEU_KIEN".equals(n.outcome()));
        view.put("reason", n.reason());
        view.put("citation", n.citation());
        view.put("legalBasis", n.legalBasis());
        view.put("initiatives", n.initiatives());
        view.put("voteRequired", n.voteRequired());
        view.put("voteThresholdPercent", n.voteThreshold());
        view.put("voteCitation", n.voteCitation());
        view.put("votesAgree", n.votesAgree());
        view.put("votesAgainst", n.votesAgainst());
        view.put("votePassed", n.votePassed());
        view.put("status", n.status());
        view.put("statusLabel", Status.valueOf(n.status()).label());
        view.put("statusNote", n.statusNote());
        view.put("decided", n.decided());
        view.put("decisionNumber", n.decisionNumber());
        view.put("decisionDate", n.decisionDate());
        return view;
    }

    private static final List<String> HEADER = List.of("STT", "Số định danh (CCCD)", "Cá nhân, tập thể", "Danh hiệu đề nghị",
            "Điều kiện", "Lý do", "Căn cứ", "Văn bản áp dụng", "Đồng ý", "Không đồng ý", "Số thành viên Hội đồng",
            "Kết quả", "Ghi chú", "Số quyết định", "Ngày quyết định");

    /** The nominations with verdicts, votes and results, citizen IDs masked, for the unit's records. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = CommendationRoles.COUNCIL)
    @Operation(summary = "Tải danh sách bình xét (CSV hoặc XLSX), số CCCD được che")
    @GetMapping("/{id}/nominations.{format:csv|xlsx}")
    public ResponseEntity<byte[]> nominationsTable(@PathVariable long id, @PathVariable String format) {
        YearRow y = nominations.year(id);
        Map<Long, StaffRow> byId = years.staff(id).stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        int order = 0;
        for (NominationRow n : years.nominations(id)) {
            Map<String, Object> v = nomination(n, byId.get(n.staffId()), y, true);
            rows.add(Arrays.asList(++order, v.get("citizenId"), v.get("name"), v.get("titleLabel"),
                    n.outcome() == null ? null : vn.noivu.bpm.commendation.domain.CommendationRules.Outcome
                            .valueOf(n.outcome()).label(), n.reason(), n.citation(), n.legalBasis(), n.votesAgree(),
                    n.votesAgainst(), n.votesAgree() == null ? null : y.councilMembers(), v.get("statusLabel"),
                    n.statusNote(), n.decisionNumber(), n.decisionDate() == null ? null
                            : n.decisionDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        return TableDownload.of(format, "binh-xet-thi-dua_" + y.unitCode() + "_" + y.year(), "Bình xét",
                "Bình xét thi đua năm " + y.year() + ": " + y.unitName(), HEADER, rows);
    }

    public record Nominated(long id, long yearId) {
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Đăng ký danh hiệu thi đua cho cá nhân, tập thể")
    @PostMapping("/{id}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    public Nominated nominate(@PathVariable long id, @Valid @RequestBody YearNominationRequest request,
                              @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return new Nominated(nominations.nominate(id, request, caller.userId()), id);
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi nhận thời gian nghỉ thai sản của một người")
    @PutMapping("/{id}/staff/{citizenId}/maternity-leave")
    public Map<String, Object> maternityLeave(@PathVariable long id, @PathVariable String citizenId,
                                              @Valid @RequestBody YearStaffRequests.MaternityLeave request) {
        nominations.maternityLeave(id, citizenId, request.maternityLeave());
        return staff(nominations.staffMember(nominations.year(id), citizenId));
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi nhận việc một người đang bị xem xét kỷ luật hoặc điều tra")
    @PostMapping("/{id}/staff/{citizenId}/proceedings")
    public Map<String, Object> openProceedings(@PathVariable long id, @PathVariable String citizenId,
                                               @Valid @RequestBody YearStaffRequests.Proceedings request) {
        nominations.openProceedings(id, citizenId, request);
        return staff(nominations.staffMember(nominations.year(id), citizenId));
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Ghi nhận việc xem xét kỷ luật hoặc điều tra đã kết thúc")
    @PostMapping("/{id}/staff/{citizenId}/proceedings/clear")
    public Map<String, Object> clearProceedings(@PathVariable long id, @PathVariable String citizenId,
                                                @Valid @RequestBody YearStaffRequests.Cleared request) {
        nominations.clearProceedings(id, citizenId, request);
        return staff(nominations.staffMember(nominations.year(id), citizenId));
    }

    /** The council's ballots, as in its Tasklist form; completes the council's task. */
    @AllowedRoles(groups = CommendationRoles.COUNCIL)
    @Operation(summary = "Hội đồng thi đua bỏ phiếu bình xét")
    @PostMapping("/{id}/votes")
    public Map<String, Object> vote(@PathVariable long id, @Valid @RequestBody YearStaffRequests.Votes request) {
        nominations.vote(id, request);
        return year(id);
    }

    /** The printable certificate (Giấy khen layout) of a recognised title. */
    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO})
    @Operation(summary = "In giấy khen của danh hiệu được công nhận (PDF)")
    @GetMapping("/{id}/nominations/{nominationId}/certificate.pdf")
    public ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long nominationId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"giay-khen_" + id + "_" + nominationId + ".pdf\"")
                .body(certificate.pdf(id, nominationId));
    }
}
