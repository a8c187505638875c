package vn.noivu.bpm.promotion;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.rules.RulePins;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.TableDownload;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** The promotion API: rounds and nominations for staff, results for everybody once published. */
@RestController
@RequestMapping("/api/promotion")
public class PromotionController {

    private final PromotionService promotion;
    private final RulePins pins;

    public PromotionController(PromotionService promotion, RulePins pins) {
        this.promotion = promotion;
        this.pins = pins;
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    public PromotionService.Created createRound(@Valid @RequestBody PromotionRoundRequest request,
                                                @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return promotion.create(request, caller.userId());
    }

    public record RoundView(String code, String title, String authority, String staffType, String legalBasis,
                            String method, String targetTitle, int quota, java.time.LocalDate roundDate,
                            java.time.LocalDate filingDeadline, int councilMembers, String status,
                            String processInstanceId, Map<String, Integer> ruleTableVersions) {
    }

    @AllowedRoles({Role.CHUYEN_VIEN, Role.LANH_DAO, Role.HOI_DONG_XET_THANG_HANG})
    @GetMapping("/rounds/{code}")
    public RoundView round(@PathVariable String code) {
        PromotionRepository.RoundRow r = promotion.round(code);
        return new RoundView(r.code(), r.title(), r.authority(), r.staffType(), r.legalBasis(), r.method(),
                r.targetTitle(), r.quota(), r.roundDate(), r.filingDeadline(), r.councilMembers(), r.status(),
                r.processInstanceId(), pins.versions(PromotionService.owner(r.id()), PromotionService.KEYS));
    }

    @AllowedRoles({Role.CHUYEN_VIEN})
    @PostMapping("/rounds/{code}/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    public PromotionService.Nominated nominate(@PathVariable String code, @Valid @RequestBody NominationRequest request,
                                               @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return promotion.nominate(code, request, caller.userId());
    }

    public record ScoreSheet(@jakarta.validation.constraints.NotEmpty(message = "Bảng điểm cần ít nhất một dòng.")
                             List<PromotionService.ExamScore> scores) {
    }

    /** Promotion by exam: the council's results, {@code {"scores": [{"citizenId", "score", "absent"}]}}. */
    @AllowedRoles(Role.HOI_DONG_XET_THANG_HANG)
    @PostMapping("/rounds/{code}/scores")
    public PromotionService.ScoresImported scores(@PathVariable String code, @Valid @RequestBody ScoreSheet sheet) {
        return promotion.importScores(code, sheet.scores());
    }

    /** Staff see results while they are prepared; everybody once they are published. */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/results")
    public Map<String, Object> results(@PathVariable String code,
                                       @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        PromotionRepository.RoundRow round = promotion.round(code);
        if (caller == null && RoundStatus.valueOf(round.status()).ordinal() < RoundStatus.DA_CONG_BO_KET_QUA.ordinal()) {
            throw new KeyedStatusException(HttpStatus.UNAUTHORIZED, "results_not_published",
                    "Kết quả chưa được công bố: cần đăng nhập để xem.");
        }
        return promotion.results(code);
    }

    /** The same list to post or report upward, as CSV or .xlsx. */
    @PublicEndpoint
    @GetMapping("/rounds/{code}/results.{format:csv|xlsx}")
    public ResponseEntity<byte[]> resultsTable(@PathVariable String code, @PathVariable String format,
                                               @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nominees = (List<Map<String, Object>>) results(code, caller).get("nominees");
        List<List<Object>> rows = nominees.stream().map(n -> java.util.Arrays.<Object>asList(n.get("citizenId"),
                n.get("fullName"), n.get("eligibility"), n.get("reason"), n.get("rank"), n.get("outcome"),
                n.get("appointmentStatus"), n.get("appointmentDecision"))).toList();
        return TableDownload.of(format, "ket-qua-xet_" + code, "Kết quả", "Kết quả kỳ xét " + code, List.of(
                "Số định danh", "Họ và tên", "Điều kiện", "Lý do", "Thứ tự", "Kết quả", "Bổ nhiệm", "Quyết định bổ nhiệm"),
                rows);
    }
}
