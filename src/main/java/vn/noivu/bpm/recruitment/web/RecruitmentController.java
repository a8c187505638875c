package vn.noivu.bpm.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.identity.Role;
import vn.noivu.bpm.platform.security.AllowedRoles;
import vn.noivu.bpm.platform.security.ApiUser;
import vn.noivu.bpm.platform.security.PublicEndpoint;
import vn.noivu.bpm.platform.security.Throttle;
import vn.noivu.bpm.platform.security.Throttled;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.platform.web.TableDownload;
import vn.noivu.bpm.recruitment.RecruitmentRoles;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.ApplicationRequest;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;
import vn.noivu.bpm.recruitment.process.ApplicationService;
import vn.noivu.bpm.recruitment.process.PlanDisplay;
import vn.noivu.bpm.recruitment.process.ReviewRequests;
import vn.noivu.bpm.recruitment.process.RoundService;
import vn.noivu.bpm.recruitment.process.ScoreImport;

/** The recruitment API: rounds for officials, applications and status for citizens, score sheets for the council. */
@Tag(name = RecruitmentApi.TAG, description = RecruitmentApi.DESCRIPTION)
@RestController
@RequestMapping("/api/recruitment")
public class RecruitmentController {

    private final RoundService roundService;
    private final RoundRepository rounds;
    private final ApplicationService applicationService;
    private final ScoreImport scoreImport;
    private final ReviewRequests reviewRequests;
    private final RoundRules roundRules;
    private final Throttle throttle;

    public RecruitmentController(RoundService roundService, RoundRepository rounds,
                                 ApplicationService applicationService, ScoreImport scoreImport,
                                 ReviewRequests reviewRequests, RoundRules roundRules, Throttle throttle) {
        this.throttle = throttle;
        this.reviewRequests = reviewRequests;
        this.roundRules = roundRules;
        this.roundService = roundService;
        this.rounds = rounds;
        this.applicationService = applicationService;
        this.scoreImport = scoreImport;
    }

    public record RoundView(String code, String title, String agency, String method, String staffType,
                            String legalBasis, java.time.LocalDate noticeDate, java.time.LocalDate applicationDeadline,
                            String status, String processInstanceId, List<PositionView> positions,
                            java.util.Map<String, Integer> ruleTableVersions, String methodLabel,
                            String staffTypeLabel, String statusLabel) {
    }

    public record PositionView(String code, String title, String rank, int quota, String minDegree,
                               List<String> majors, String round2Format, List<String> agencies, String rankLabel,
                               String minDegreeLabel, String round2FormatLabel,
                               List<RoundRequest.AgencyQuota> agencyQuotas) {
    }

    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Lập kế hoạch tuyển dụng")
    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    public RoundService.Created createRound(@Valid @RequestBody RoundRequest request,
                                            @RequestAttribute(ApiUser.REQUEST_ATTRIBUTE) ApiUser caller) {
        return roundService.create(request, caller.userId());
    }

    /** A plan the head returned, changed by the official: same body and checks as creation; 409 at any other step. */
    @AllowedRoles(Role.CHUYEN_VIEN)
    @Operation(summary = "Sửa kế hoạch tuyển dụng bị lãnh đạo trả lại")
    @PutMapping("/rounds/{code}")
    public RoundService.Created reviseRound(@PathVariable String code, @Valid @RequestBody RoundRequest request) {
        return roundService.revise(code, request);
    }

    @Operation(summary = "Xem kỳ tuyển dụng: vị trí, chỉ tiêu, hạn nhận Phiếu")
    @GetMapping("/rounds/{code}")
    public RoundView round(@PathVariable String code) {
        RoundRow round = rounds.find(code).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + code + "."));
        Map<Long, List<RoundRequest.AgencyQuota>> agencies = rounds.agencyQuotasOfRound(round.id());
        List<PositionView> positions = rounds.positions(round.id()).stream().map(p -> {
            List<RoundRequest.AgencyQuota> quotas = agencies.getOrDefault(p.id(), List.of());
            return new PositionView(p.code(), p.title(), p.rank(), p.quota(), p.minDegree(), p.majors(),
                    p.round2Format(), quotas.stream().map(RoundRequest.AgencyQuota::code).toList(),
                    label(Rank.class, p.rank()), label(DegreeLevel.class, p.minDegree()),
                    label(Round2Format.class, p.round2Format()), quotas);
        }).toList();
        return new RoundView(round.code(), round.title(), round.agency(), round.method(), round.staffType(),
                round.legalBasis(), round.noticeDate(), round.applicationDeadline(), round.status(),
                round.processInstanceId(), positions, roundRules.versions(round.id()), label(Method.class, round.method()),
                label(StaffType.class, round.staffType()), label(RoundStatus.class, round.status()));
    }

    private static <E extends Enum<E> & RecruitmentVocabulary.Labelled> String label(Class<E> type, String code) {
        return RecruitmentVocabulary.label(type, code);
    }

    @PublicEndpoint
    @Operation(summary = "Nộp Phiếu đăng ký dự tuyển",
            description = "Người dự tuyển (hoặc cổng dịch vụ công thay mặt họ) nộp Phiếu trong hạn nhận Phiếu của kỳ "
                    + "`code`. Trả lời 202 (TIEP_NHAN) không kèm số Phiếu: số Phiếu được gửi đến thư điện tử đã khai; "
                    + "nếu người này đã nộp Phiếu cho kỳ, thư gửi đến địa chỉ của Phiếu đã nộp.")
    @PostMapping("/rounds/{code}/applications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ApplicationService.Receipt apply(@PathVariable String code, @Valid @RequestBody ApplicationRequest request) {
        return applicationService.submit(code, request);
    }

    @PublicEndpoint
    @Throttled
    @Operation(summary = "Tra cứu hồ sơ dự tuyển bằng số Phiếu và số CCCD",
            description = "Cần đúng cả số Phiếu và số định danh cá nhân (CCCD) của người nộp; sai một trong hai trả "
                    + "về 404 như khi không có Phiếu.")
    @GetMapping("/applications/{applicationNumber}")
    public ApplicationService.Dossier dossier(@PathVariable String applicationNumber,
                                              @RequestParam(required = false) String citizenId,
                                              jakarta.servlet.http.HttpServletRequest request) {
        throttle.publicLookup(request.getRemoteAddr(), applicationNumber);
        return applicationService.lookup(applicationNumber, citizenId == null ? "" : citizenId);
    }

    /** An applicant asks for the review (phúc khảo) of a paper written exam within the window. */
    @PublicEndpoint
    @Throttled
    @Operation(summary = "Gửi đơn phúc khảo bài thi viết",
            description = "Trong thời hạn phúc khảo sau khi có điểm thi viết; cần số CCCD của người dự tuyển.")
    @PostMapping("/applications/{applicationNumber}/review-requests")
    @ResponseStatus(HttpStatus.CREATED)
    public ReviewRequests.Filed requestReview(@PathVariable String applicationNumber,
                                              @Valid @RequestBody ReviewRequestBody body,
                                              jakarta.servlet.http.HttpServletRequest request) {
        throttle.publicLookup(request.getRemoteAddr(), applicationNumber);
        return reviewRequests.file(applicationNumber, body.citizenId(), body.reason());
    }

    public record CandidateView(String applicationNumber, String fullName, Integer round1Correct,
                                java.math.BigDecimal round2Score, java.math.BigDecimal priorityPoints,
                                java.math.BigDecimal totalScore, Integer rank, String outcome, String agency,
                                String hiringStatus, String replaces, String cancellationReason, String outcomeLabel,
                                String hiringStatusLabel) {
    }

    public record PositionResults(String code, int quota, List<CandidateView> candidates) {
    }

    public record Results(String code, String status, List<PositionResults> positions, String statusLabel) {
    }

    /** Staff see results while they are prepared; everybody once they are published. */
    @PublicEndpoint
    @Operation(summary = "Kết quả tuyển dụng")
    @ApiResponse(responseCode = "200", description = "Kết quả (người chưa đăng nhập chỉ thấy khi đã công bố)")
    @ApiResponse(responseCode = "401", description = "Kết quả chưa công bố: cần đăng nhập để xem.")
    @GetMapping("/rounds/{code}/results")
    public Results results(@PathVariable String code,
                           @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        RoundRow round = rounds.find(code).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + code + "."));
        if (caller == null && RecruitmentVocabulary.RoundStatus.valueOf(round.status()).ordinal()
                < RecruitmentVocabulary.RoundStatus.DA_CONG_BO_KET_QUA.ordinal()) {
            throw new KeyedStatusException(HttpStatus.UNAUTHORIZED, "results_not_published",
                    "Kết quả chưa được công bố: cần đăng nhập để xem.");
        }
        List<PositionResults> positions = rounds.positions(round.id()).stream().map(p -> new PositionResults(
                p.code(), p.quota(), rounds.candidates(p.id()).stream().map(c -> new CandidateView(
                        c.applicationNumber(), c.fullName(), c.round1Correct(),
                        c.totalScore() == null ? null : c.totalScore().subtract(c.priorityPoints()),
                        c.priorityPoints(), c.totalScore(), c.rank(), c.outcome(), c.agency(), c.hiringStatus(),
                        // Why a result was cancelled (fraud, a criminal record) stays with the staff.
                        c.replaces(), caller == null ? null : c.cancellationReason(),
                        label(ResultOutcome.class, c.outcome()), label(HiringStatus.class, c.hiringStatus())))
                        .toList())).toList();
        return new Results(round.code(), round.status(), positions, label(RoundStatus.class, round.status()));
    }

    // Lists for posting on the agency's portal: the notice, the eligible list and the results, as CSV or .xlsx.

    @Operation(summary = "Tải thông báo tuyển dụng (CSV hoặc XLSX)")
    @GetMapping("/rounds/{code}/notice.{format:csv|xlsx}")
    public ResponseEntity<byte[]> notice(@PathVariable String code, @PathVariable String format) {
        RoundView round = round(code);
        List<List<Object>> rows = round.positions().stream().map(p -> List.<Object>of(p.code(), p.title(),
                p.rankLabel(), p.quota(), p.minDegreeLabel(), String.join("; ", p.majors()), p.round2FormatLabel(),
                String.join("; ", p.agencies()))).toList();
        return TableDownload.of(format, "thong-bao_" + code, "Thông báo", round.title() + " — hạn nhận Phiếu: hết ngày "
                + PlanDisplay.date(round.applicationDeadline()), List.of("Mã vị trí", "Vị trí việc làm", "Ngạch", "Chỉ tiêu",
                "Trình độ tối thiểu", "Chuyên ngành", "Hình thức thi vòng 2", "Cơ quan sử dụng"), rows);
    }

    /** A position as the lists name it: "Văn thư (mã VT)". */
    private static java.util.Map<String, String> positionNames(RoundView round) {
        return round.positions().stream().collect(java.util.stream.Collectors.toMap(PositionView::code,
                p -> p.title() + " (mã " + p.code() + ")"));
    }

    /** Names, dates of birth and reasons: for those who work the round only. */
    @AllowedRoles(value = {Role.CHUYEN_VIEN, Role.LANH_DAO}, groups = RecruitmentRoles.COUNCIL)
    @Operation(summary = "Tải danh sách đủ, không đủ điều kiện dự tuyển (CSV hoặc XLSX)")
    @GetMapping("/rounds/{code}/eligible-list.{format:csv|xlsx}")
    public ResponseEntity<byte[]> eligibleList(@PathVariable String code, @PathVariable String format) {
        RoundView round = round(code);
        java.util.Map<String, String> positionNames = positionNames(round);
        List<List<Object>> rows = rounds.eligibility(code).stream().map(e -> List.<Object>of(e.applicationNumber(),
                e.fullName(), PlanDisplay.date(e.dateOfBirth()), positionNames.get(e.positionCode()),
                ApplicationStatus.DU_DIEU_KIEN.name().equals(e.status()) ? "Đủ điều kiện" : "Không đủ điều kiện",
                e.reason() == null ? "" : e.reason())).toList();
        return TableDownload.of(format, "danh-sach-du-dieu-kien_" + code, "Danh sách", round.title()
                + " — kết quả kiểm tra điều kiện dự tuyển", List.of("Số Phiếu", "Họ và tên", "Ngày sinh", "Vị trí",
                "Kết quả", "Lý do"), rows);
    }

    @PublicEndpoint
    @Operation(summary = "Tải kết quả tuyển dụng (CSV hoặc XLSX)")
    @ApiResponse(responseCode = "200", description = "Kết quả (người chưa đăng nhập chỉ thấy khi đã công bố)")
    @ApiResponse(responseCode = "401", description = "Kết quả chưa công bố: cần đăng nhập để xem.")
    @GetMapping("/rounds/{code}/results.{format:csv|xlsx}")
    public ResponseEntity<byte[]> resultsTable(@PathVariable String code, @PathVariable String format,
                                               @RequestAttribute(name = ApiUser.REQUEST_ATTRIBUTE, required = false) ApiUser caller) {
        Results results = results(code, caller);
        java.util.Map<String, String> positionNames = positionNames(round(code));
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (PositionResults position : results.positions()) {
            for (CandidateView c : position.candidates()) {
                rows.add(java.util.Arrays.asList(positionNames.get(position.code()), c.applicationNumber(), c.fullName(), c.round1Correct(),
                        c.round2Score(), c.priorityPoints(), c.totalScore(), c.rank(), c.outcomeLabel(), c.agency(),
                        c.hiringStatusLabel(), c.replaces(), c.cancellationReason()));
            }
        }
        return TableDownload.of(format, "ket-qua_" + code, "Kết quả", "Kết quả tuyển dụng " + code, List.of("Vị trí", "Số Phiếu",
                "Họ và tên", "Vòng 1 (số câu đúng)", "Điểm vòng 2", "Điểm ưu tiên", "Tổng điểm", "Thứ hạng",
                "Kết quả", "Cơ quan", "Tuyển dụng", "Thay cho Phiếu", "Lý do hủy"), rows);
    }

    @AllowedRoles(groups = RecruitmentRoles.COUNCIL)
    @Operation(summary = "Hội đồng nhập điểm (tệp XLSX hoặc JSON)",
            description = "multipart/form-data: `file` (.xlsx) và `stage` (VONG_1, VONG_2 hoặc PHUC_KHAO); hoặc "
                    + "application/json.",
            operationId = "recruitmentScores")
    @PostMapping(value = "/rounds/{code}/scores", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ScoreImport.Imported scoreSheet(@PathVariable String code, @RequestParam(required = false) String stage,
                                           @RequestParam(required = false) MultipartFile file) throws IOException {
        if (stage == null || java.util.Arrays.stream(ExamStage.values()).noneMatch(s -> s.name().equals(stage))) {
            throw new InvalidInputException("stage", "oneOf", "stage là bắt buộc: VONG_1, VONG_2 hoặc PHUC_KHAO.");
        }
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required", "Cần gửi tệp bảng điểm .xlsx (trường file).");
        }
        try (InputStream in = file.getInputStream()) {
            return scoreImport.importSheet(code, ScoreSheetReader.read(ExamStage.valueOf(stage), in));
        }
    }

    @AllowedRoles(groups = RecruitmentRoles.COUNCIL)
    @Operation(summary = "Hội đồng nhập điểm (tệp XLSX hoặc JSON)",
            description = "multipart/form-data: `file` (.xlsx) và `stage` (VONG_1, VONG_2 hoặc PHUC_KHAO); hoặc "
                    + "application/json.",
            operationId = "recruitmentScores")
    @PostMapping(value = "/rounds/{code}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ScoreImport.Imported scores(@PathVariable String code, @Valid @RequestBody ScoreImport.Sheet sheet) {
        return scoreImport.importSheet(code, sheet);
    }
}
