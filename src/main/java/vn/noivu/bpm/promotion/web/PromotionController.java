package vn.noivu.bpm.promotion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.TableDownload;
import vn.noivu.bpm.promotion.PromotionRoles;
import vn.noivu.bpm.promotion.PromotionVocabulary;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;
import vn.noivu.bpm.promotion.domain.ExamScore;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.process.PromotionExams;
import vn.noivu.bpm.promotion.process.PromotionNominations;
import vn.noivu.bpm.promotion.process.PlanRevision;
import vn.noivu.bpm.promotion.process.PromotionPlans;
import vn.noivu.bpm.promotion.process.PromotionPublication;

/** The promotion API: rounds and nominations for staff, results for everybody once published. */
@Tag(name = PromotionApi.TAG, description = PromotionApi.DESCRIPTION)
@RestController
@RequestMapping("/api/promotion")
public class PromotionController {

    private final PromotionPlans plans;
    private final PromotionNominations nominations;
    private final PromotionExams exams;
    private final PromotionPublication publication;
    private final PlanRevision revision;

    public PromotionController(PromotionPlans plans, PromotionNominations nominations, PromotionExams exams,
                               PromotionPublication publication, PlanRevision revision) {
        this.revision = revision;
        this.plans = plans;
        this.nominations = nominations;
        this.exams = exams;
        this.publication = publication;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Lập kế hoạch thi, xét nâng ngạch, thăng hạng")
    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    public RoundCreated createRound(@Valid @RequestBody PromotionRoundRequest request,
                                    @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return plans.create(request, caller.userId());
    }

    /** What a revision of a returned plan changed, in words, as the head will see it. */
    public record PlanRevised(String code, String changes) {
    }

    /**
     * A plan the head returned, changed with the same body and checks as its creation; only while the round waits
     * at revisePlan (409 otherwise). The official then completes revisePlan and the head sees the changes.
     */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Sửa kế hoạch nâng ngạch, thăng hạng bị lãnh đạo trả lại")
    @PutMapping("/rounds/{code}")
    public PlanRevised reviseRound(@PathVariable String code, @Valid @RequestBody PromotionRoundRequest request) {
        return new PlanRevised(code, revision.revise(code, request));
    }

    public record RoundView(String code, String title, String authority, String staffType, String legalBasis,
                            String method, String targetTitle, int quota, java.time.LocalDate roundDate,
                            java.time.LocalDate filingDeadline, int councilMembers, String status,
                            String processInstanceId, Map<String, Integer> ruleTableVersions, String staffTypeLabel,
                            String methodLabel, String targetTitleLabel, String statusLabel) {
    }

    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = PromotionRoles.COUNCIL)
    @Operation(summary = "Xem kỳ nâng ngạch, thăng hạng")
    @GetMapping("/rounds/{code}")
    public RoundView round(@PathVariable String code) {
        PromotionRepository.RoundRow r = publication.round(code);
        return new RoundView(r.code(), r.title(), r.authority(), r.staffType(), r.legalBasis(), r.method(),
                r.targetTitle(), r.quota(), r.roundDate(), r.filingDeadline(), r.councilMembers(), r.status().name(),
                r.processInstanceId(), publication.ruleTableVersions(r), StaffType.valueOf(r.staffType()).label(),
                Method.valueOf(r.method()).label(), PromotionVocabulary.targetTitleLabel(r.targetTitle()), r.status().label());
    }

    @AllowedRoles({Role.CHUYEN_VIEN})
    @Operation(summary = "Cử người dự thi, xét nâng ngạch, thăng hạng")
    @PostMapping("/rounds/{code}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    public Nominated nominate(@PathVariable String code, @Valid @RequestBody NominationRequest request,
                              @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return nominations.nominate(code, request, caller.userId());
    }

    public record ScoreSheet(@NotEmpty(message = "Bảng điểm cần ít nhất một dòng.")
                             List<@NotNull(message = "Dòng điểm không được để trống.") ExamScore> scores) {
    }

    /**
     * Promotion by exam: the council's results, {@code {"scores": [{"citizenId", "score", "absent"}]}}. The sheet
     * that completes the scores starts the ranking, which runs as a job: the round's status moves when it has run.
     */
    @AllowedRoles(groups = PromotionRoles.COUNCIL)
    @Operation(summary = "Hội đồng nhập điểm thi nâng ngạch, thăng hạng")
    @PostMapping("/rounds/{code}/scores")
    public ScoresImported scores(@PathVariable String code, @Valid @RequestBody ScoreSheet sheet) {
        return exams.importScores(code, sheet.scores());
    }

    /** Who works promotion rounds: they see whole citizen IDs and the reasons of ineligibility. */
    private static boolean worksPromotion(ApiUser caller) {
        return caller != null && (caller.has(Role.CHUYEN_VIEN) || caller.has(Role.LANH_DAO)
                || caller.has(PromotionRoles.COUNCIL) || caller.has(Role.CAMUNDA_ADMIN));
    }

    /**
     * Staff who work promotion see the results while they are prepared, with whole citizen IDs and reasons;
     * everybody else once they are published, with names and outcomes only: the citizen ID masked to its last
     * four digits and no reason (a discipline or prosecution fact never leaves the room).
     */
    @PublicEndpoint
    @Operation(summary = "Kết quả nâng ngạch, thăng hạng")
    @ApiResponse(responseCode = "200", description = "Kết quả (người chưa đăng nhập chỉ thấy khi đã công bố)")
    @ApiResponse(responseCode = "401", description = "Kết quả chưa công bố: cần đăng nhập để xem.")
    @ApiResponse(responseCode = "403", description = "Kết quả chưa công bố và tài khoản không tham gia kỳ xét.")
    @GetMapping("/rounds/{code}/results")
    public Map<String, Object> results(@PathVariable String code,
                                       @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        PromotionPublication.Results results = publication.results(code);
        if (worksPromotion(caller)) {
            return ResultsView.forStaff(results);
        }
        if (results.round().status().ordinal() < RoundStatus.DA_CONG_BO_KET_QUA.ordinal()) {
            throw new KeyedStatusException(caller == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                    "results_not_published", "Kết quả kỳ xét " + code + " chưa được công bố.");
        }
        return ResultsView.forPublic(results);
    }

    /** The same list to post or report upward, as CSV or .xlsx, with the same masking for the public. */
    @PublicEndpoint
    @Operation(summary = "Tải kết quả nâng ngạch, thăng hạng (CSV hoặc XLSX)")
    @ApiResponse(responseCode = "200", description = "Kết quả (người chưa đăng nhập chỉ thấy khi đã công bố)")
    @ApiResponse(responseCode = "401", description = "Kết quả chưa công bố: cần đăng nhập để xem.")
    @ApiResponse(responseCode = "403", description = "Kết quả chưa công bố và tài khoản không tham gia kỳ xét.")
    @GetMapping("/rounds/{code}/results.{format:csv|xlsx}")
    public ResponseEntity<byte[]> resultsTable(@PathVariable String code, @PathVariable String format,
                                               @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nominees = (List<Map<String, Object>>) results(code, caller).get("nominees");
        List<List<Object>> rows = nominees.stream().map(n -> Arrays.<Object>asList(n.get("citizenId"),
                n.get("fullName"), n.get("eligibilityLabel"), n.get("reason"), n.get("rank"), n.get("outcomeLabel"),
                n.get("appointmentStatusLabel"), n.get("appointmentDecision"))).toList();
        return TableDownload.of(format, "ket-qua-xet_" + code, "Kết quả", "Kết quả kỳ xét " + code, List.of(
                "Số định danh", "Họ và tên", "Điều kiện", "Lý do", "Thứ tự", "Kết quả", "Bổ nhiệm", "Quyết định bổ nhiệm"),
                rows);
    }
}
