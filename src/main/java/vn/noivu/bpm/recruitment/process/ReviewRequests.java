package vn.noivu.bpm.recruitment.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.exam.Remarking;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.ReviewRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * Review requests (phúc khảo) of paper written exams: filed by applicants within the window the rule table gives,
 * re-marked by the council, and the adopted score used when the round is ranked.
 */
@Service
public class ReviewRequests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public record Rules(int windowWorkingDays, BigDecimal adoptionThreshold, String citation) {
    }

    public record Filed(String applicationNumber, String status, Instant filedAt, Instant windowEnd) {
    }

    /** A re-marked paper: the two (or three) markers' scores. */
    public record Remark(String applicationNumber, BigDecimal marker1, BigDecimal marker2, BigDecimal marker3) {
    }

    public record Remarked(int stored, int awaiting, int toCouncil) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ReviewRepository reviews;
    private final ApplicantNotifications notifications;
    private final RuleTables ruleTables;
    private final RoundRules roundRules;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public ReviewRequests(RoundRepository rounds, ApplicationRepository applications, ReviewRepository reviews,
                          ApplicantNotifications notifications, RuleTables ruleTables, RoundRules roundRules,
                          RuntimeService runtimeService, SystemAction system) {
        this.rounds = rounds;
        this.applications = applications;
        this.reviews = reviews;
        this.notifications = notifications;
        this.ruleTables = ruleTables;
        this.roundRules = roundRules;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    /** The review rules of the round's legal basis, in force on its notice date, from its own version of the table. */
    public Rules rules(RoundRow round) {
        Map<String, Object> result = ruleTables.dmnEngine().evaluateDecisionTable(
                roundRules.table(round.id(), RoundRules.REVIEW_MARKING_KEY).decision(), RoundRules.inputs(round)).getSingleResult().getEntryMap();
        return new Rules(((Number) result.get("windowWorkingDays")).intValue(),
                new BigDecimal(result.get("adoptionThreshold").toString()), (String) result.get("citation"));
    }

    @Transactional
    public Filed file(String applicationNumber, String citizenId, String reason) {
        ReviewRepository.Paper paper = reviews.papers(applicationNumber, ExamStage.VONG_2.name()).stream()
                .filter(p -> p.citizenId().equals(citizenId)).findFirst()
                .orElseThrow(() -> Refused.notFound("application_not_found",
                        "Không tìm thấy Phiếu đăng ký với số và số định danh cá nhân đã nhập."));
        boolean writtenAndInterview = Round2Format.VIET_PHONG_VAN.name().equals(paper.round2Format());
        BigDecimal published = writtenAndInterview ? paper.written() : paper.score();
        if (!Round2Format.VIET.name().equals(paper.round2Format()) && !writtenAndInterview) {
            throw Refused.conflict("review_not_available",
                    "Chỉ phúc khảo bài thi viết trên giấy; vị trí này thi " + paper.round2Format() + ".");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (!RoundStatus.PHUC_KHAO.name().equals(paper.roundStatus()) || paper.windowEnd() == null
                || now.isAfter(paper.windowEnd())) {
            throw Refused.conflict("review_window_closed",
                    "Kỳ tuyển dụng " + paper.roundCode() + " không trong thời hạn nhận đơn phúc khảo"
                            + (paper.windowEnd() == null ? "." : " (hết ngày " + DATE.format(
                            paper.windowEnd().atZone(Deadlines.ZONE)) + ")."));
        }
        if (published == null || Boolean.TRUE.equals(paper.absent())) {
            throw Refused.conflict("review_not_available",
                    "Phiếu " + applicationNumber + " không có bài thi viết để phúc khảo.");
        }
        if (!reviews.insert(paper.applicationId(), now, reason, published)) {
            throw Refused.conflict("review_already_requested", "Phiếu " + applicationNumber + " đã có đơn phúc khảo.");
        }
        List<Object[]> event = new ArrayList<>();
        event.add(new Object[] {paper.applicationId(), ApplicationEvent.DA_NOP_DON_PHUC_KHAO.name(),
                "Điểm thi viết đã công bố: " + published});
        applications.addEvents(event);
        return new Filed(applicationNumber, ApplicationEvent.DA_NOP_DON_PHUC_KHAO.name(), now, paper.windowEnd());
    }

    /** How many requests the round has: the process waits for their re-marking only when there are some. */
    public int count(String roundCode) {
        return reviews.count(roundCode);
    }

    /**
     * The council's re-marking, checked whole before anything is stored. A re-marked score within the threshold
     * is adopted; from the threshold on, the council decides (confirmReviewScores). When every request is
     * re-marked the round moves on.
     */
    @Transactional
    public Remarked importRemarks(RoundRow round, List<Remark> remarks) {
        if (!RoundStatus.PHUC_KHAO.name().equals(round.status()) || round.reviewWindowEnd() == null
                || ClockUtil.getCurrentTime().toInstant().isBefore(round.reviewWindowEnd())) {
            throw new InvalidInputException("stage", "order", "Điểm phúc khảo chỉ nhận sau khi hết thời hạn nhận đơn "
                    + "phúc khảo; kỳ tuyển dụng đang ở bước " + round.status() + ".");
        }
        List<ReviewRepository.Remarking> rows = remarkings(round, remarks);
        reviews.storeRemarking(rows);
        applications.addEvents(rows.stream().filter(r -> !r.toCouncil()).map(r -> new Object[] {r.applicationId(),
                ApplicationEvent.CO_KET_QUA_PHUC_KHAO.name(), "Điểm sau phúc khảo: " + r.review()}).toList());
        int awaiting = reviews.awaitingRemarking(round.id());
        int toCouncil = reviews.toCouncil(round.id());
        if (awaiting == 0) {
            notifyAdopted(round);
            system.run(() -> runtimeService.createMessageCorrelation(RecruitmentProcess.REVIEW_SCORES_IMPORTED)
                    .processInstanceBusinessKey(round.code())
                    .setVariable(RecruitmentProcess.REVIEW_SCORES_TO_CONFIRM, toCouncil > 0)
                    .setVariable(RecruitmentProcess.REVIEW_SUMMARY, councilSummary(round))
                    .correlateWithResult());
        }
        return new Remarked(rows.size(), awaiting, toCouncil);
    }

    /** Every line checked: a request of the round, once, scores in range, a third marker when the two differ. */
    private List<ReviewRepository.Remarking> remarkings(RoundRow round, List<Remark> remarks) {
        Map<String, ReviewRepository.Request> requests = reviews.requests(round.id());
        Rules rules = rules(round);
        List<ReviewRepository.Remarking> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < remarks.size(); i++) {
            Remark remark = remarks.get(i);
            String field = "scores[" + i + "]";
            ReviewRepository.Request request = requests.get(remark.applicationNumber());
            if (request == null) {
                throw new InvalidInputException(field + ".applicationNumber", "candidate", "Phiếu "
                        + remark.applicationNumber() + " không có đơn phúc khảo trong kỳ tuyển dụng.");
            }
            if (!seen.add(request.applicationId())) {
                throw new InvalidInputException(field + ".applicationNumber", "unique",
                        "Phiếu " + remark.applicationNumber() + " có hai dòng trong bảng điểm.");
            }
            score(remark.marker1(), field + ".marker1", true);
            score(remark.marker2(), field + ".marker2", true);
            score(remark.marker3(), field + ".marker3", false);
            BigDecimal review;
            try {
                review = Remarking.reviewScore(remark.marker1(), remark.marker2(), remark.marker3());
            } catch (Remarking.ThirdMarkerRequired e) {
                throw new InvalidInputException(field + ".marker3", "required", "Hai người chấm phúc khảo cho điểm "
                        + "khác nhau: cần điểm của người chấm thứ ba (Thông tư 22/2025/TT-BNV Điều 17).");
            }
            boolean toCouncil = Remarking.needsCouncil(request.published(), review, rules.adoptionThreshold());
            rows.add(new ReviewRepository.Remarking(remark.marker1(), remark.marker2(), remark.marker3(), review,
                    toCouncil, toCouncil ? null : review, request.applicationId()));
        }
        return rows;
    }

    /** confirmReviewScores: after meeting (minuted), the council adopts the re-marked scores or keeps the published ones. */
    @Transactional
    public void decide(String roundCode, boolean adoptReviewScores, String minutes) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        List<Object[]> events = reviews.councilCases(round.id(), true).stream().map(c -> new Object[] {
                c.applicationId(), ApplicationEvent.CO_KET_QUA_PHUC_KHAO.name(), "Điểm sau phúc khảo: "
                + (adoptReviewScores ? c.review() : c.published()) + " (Hội đồng quyết định sau đối thoại: " + minutes
                + ")"}).toList();
        reviews.adoptCouncilDecision(round.id(), adoptReviewScores);
        applications.addEvents(events);
        notifyAdopted(round);
    }

    private String councilSummary(RoundRow round) {
        List<String> lines = reviews.councilCases(round.id(), false).stream().map(c -> "- " + c.fullName() + " ("
                + c.applicationNumber() + "): điểm đã công bố " + c.published() + ", điểm phúc khảo " + c.review()).toList();
        return RecruitmentProcess.summary(lines, rules(round).citation());
    }

    private void notifyAdopted(RoundRow round) {
        notifications.record(reviews.adopted(round.id()).stream().map(s -> new ApplicantNotifications.Message(
                RecruitmentMilestone.REVIEW_RESULT, s.applicationNumber(), s.email(), s.fullName(), round.title(),
                "Điểm đã công bố: " + s.published() + "; điểm sau phúc khảo: " + s.adopted() + ".", null)).toList());
    }

    private static void score(BigDecimal value, String field, boolean required) {
        if (value == null ? required : value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "range", "Điểm chấm phúc khảo là bắt buộc và phải từ 0 đến 100.");
        }
    }
}
