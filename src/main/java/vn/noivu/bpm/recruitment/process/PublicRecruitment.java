package vn.noivu.bpm.recruitment.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentDocuments;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.ExamScores;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.PriorityCategories;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;
import vn.noivu.bpm.recruitment.persistence.ResultRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * What the public pages of recruitment show, in words a citizen reads: the rounds accepting applications, a round's
 * plan, the dates that follow an application, one applicant's own dossier, and the published results. It reads
 * the domain tables only; nothing here changes a row.
 */
@Service
public class PublicRecruitment {

    /** The rule table of user-task periods; its approveEligibleList row dates the eligible list. */
    static final String TASK_DEADLINES_KEY = "recruitment-task-deadline";

    /** A position as published; {@code minDegree} is the code an application's degree level is compared with. */
    public record Position(String code, String title, String rankLabel, int quota, String minDegreeLabel,
                           List<String> majors, String round2FormatLabel, List<String> agencies, String minDegree) {
    }

    public record Round(String code, String title, String agency, String methodLabel, String staffTypeLabel,
                        String legalBasis, LocalDate noticeDate, LocalDate applicationDeadline, String statusLabel,
                        boolean accepting, boolean resultsPublished, boolean noticeIssued, List<Position> positions,
                        List<PriorityCategories.Category> priorityCategories) {

        public int totalQuota() {
            return positions.stream().mapToInt(Position::quota).sum();
        }
    }

    /** A date the applicant can expect, with the rule it comes from. */
    public record Milestone(String what, LocalDate by, String basis) {
    }

    /** An applicant's recorded scores, shown once the council has published them. */
    public record Scores(Integer round1Correct, Integer round1Questions, BigDecimal round2, BigDecimal written,
                         BigDecimal interview, boolean absent, BigDecimal priorityPoints, BigDecimal total,
                         Integer rank, String outcomeLabel) {
    }

    /**
     * The review (phúc khảo) of the applicant's paper: whether the position has one, the window's end, whether it
     * is open now and whether the applicant already filed.
     */
    public record Review(boolean available, Instant windowEnd, boolean open, boolean filed) {
    }

    /** A winner's hiring: where it stands and the date the hiring dossier is due. */
    public record Hiring(String statusLabel, LocalDate dossierDeadline, LocalDate startDeadline) {
    }

    public record DossierPage(ApplicationService.Dossier dossier, String roundTitle, String agency, String positionTitle,
                              String roundStatusLabel, String maskedCitizenId, Scores scores, Review review,
                              Hiring hiring) {
    }

    public record Candidate(String applicationNumber, String fullName, BigDecimal round2, BigDecimal priorityPoints,
                            BigDecimal total, Integer rank, String outcomeLabel, String agency) {
    }

    public record PositionResults(String title, int quota, List<Candidate> candidates) {
    }

    public record Results(Round round, List<PositionResults> positions) {
    }

    private final RoundRepository rounds;
    private final ApplicationService applications;
    private final ResultRepository results;
    private final HiringRepository hiring;
    private final vn.noivu.bpm.recruitment.persistence.ReviewRepository reviews;
    private final PriorityCategories priorityCategories;
    private final RoundRules roundRules;
    private final RuleTables ruleTables;
    private final Deadlines deadlines;
    private final DocumentService documents;

    public PublicRecruitment(RoundRepository rounds, ApplicationService applications, ResultRepository results,
                             HiringRepository hiring, vn.noivu.bpm.recruitment.persistence.ReviewRepository reviews,
                             PriorityCategories priorityCategories, RoundRules roundRules, RuleTables ruleTables,
                             Deadlines deadlines, DocumentService documents) {
        this.rounds = rounds;
        this.applications = applications;
        this.results = results;
        this.hiring = hiring;
        this.reviews = reviews;
        this.priorityCategories = priorityCategories;
        this.roundRules = roundRules;
        this.ruleTables = ruleTables;
        this.deadlines = deadlines;
        this.documents = documents;
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(Deadlines.ZONE).toLocalDate();
    }

    private static boolean accepting(RoundRow round) {
        return RoundStatus.DANG_NHAN_HO_SO.name().equals(round.status())
                && !today().isAfter(round.applicationDeadline());
    }

    private static boolean published(RoundRow round) {
        return RoundStatus.valueOf(round.status()).ordinal() >= RoundStatus.DA_CONG_BO_KET_QUA.ordinal();
    }

    /** The rounds whose application window is open today. */
    public List<Round> openRounds() {
        return rounds.withStatus(RoundStatus.DANG_NHAN_HO_SO).stream().filter(PublicRecruitment::accepting)
                .map(r -> round(r, false)).toList();
    }

    /** A round whose plan is approved (a plan still in preparation is not public). */
    public Round round(String code) {
        return round(publicRound(code), true);
    }

    private RoundRow publicRound(String code) {
        return rounds.find(code).filter(r -> !RoundStatus.CHO_DUYET_KE_HOACH.name().equals(r.status()))
                .orElseThrow(() -> Refused.notFound("round_not_found",
                        "Không có kỳ tuyển dụng này hoặc kế hoạch chưa được công bố."));
    }

    private Round round(RoundRow round, boolean details) {
        Map<Long, List<RoundRequest.AgencyQuota>> agencies = rounds.agencyQuotasOfRound(round.id());
        List<Position> positions = rounds.positions(round.id()).stream().map(p -> new Position(p.code(), p.title(),
                label(Rank.class, p.rank()), p.quota(), label(DegreeLevel.class, p.minDegree()), p.majors(),
                label(Round2Format.class, p.round2Format()), agencies.getOrDefault(p.id(), List.of()).stream()
                        .map(RoundRequest.AgencyQuota::code).toList(), p.minDegree())).toList();
        return new Round(round.code(), round.title(), round.agency(), label(Method.class, round.method()),
                label(StaffType.class, round.staffType()), RecruitmentVocabulary.legalBasisLabel(round.legalBasis()),
                round.noticeDate(),
                round.applicationDeadline(), label(RoundStatus.class, round.status()), accepting(round),
                published(round), details && documents.latestIssued(RecruitmentDocuments.NOTICE.code(), round.code())
                .isPresent(), positions,
                details ? priorityCategories.list(roundRules.table(round.id(), PriorityCategories.DECISION_KEY)) : List.of());
    }

    /**
     * What follows an application, dated by the legal calendar: the end of the window (from the round's notice)
     * and the latest day the eligible list is due (the approveEligibleList row of recruitment-task-deadline).
     */
    public List<Milestone> nextSteps(String code) {
        RoundRow round = publicRound(code);
        java.util.ArrayList<Milestone> steps = new java.util.ArrayList<>();
        steps.add(new Milestone("Hết hạn nhận Phiếu đăng ký dự tuyển", round.applicationDeadline(),
                "Thông báo tuyển dụng của kỳ; "
                + RecruitmentVocabulary.legalBasisLabel(round.legalBasis())));
        Map<String, Object> row = ruleTables.firstRow(ruleTables.latest(TASK_DEADLINES_KEY).decision(),
                Map.of("processDefinitionKey", RecruitmentProcess.KEY, "taskDefinitionKey", "approveEligibleList"));
        if (row != null) {
            steps.add(new Milestone("Công bố danh sách người đủ điều kiện dự tuyển, chậm nhất",
                    deadlines.deadline(round.applicationDeadline(), ((Number) row.get("days")).intValue(),
                            PeriodUnit.valueOf((String) row.get("unit"))), (String) row.get("citation")));
        }
        return steps;
    }

    /** The applicant's own dossier; a wrong citizen ID answers like an unknown number (404). */
    public DossierPage dossier(String applicationNumber, String citizenId) {
        ApplicationService.Dossier dossier = applications.lookup(applicationNumber, citizenId);
        RoundRow round = rounds.find(dossier.roundCode()).orElseThrow();
        PositionRow position = rounds.positions(round.id()).stream()
                .filter(p -> p.code().equals(dossier.positionCode())).findFirst().orElseThrow();
        RoundStatus status = RoundStatus.valueOf(round.status());
        long applicationId = reviews.papers(applicationNumber, RecruitmentVocabulary.ExamStage.VONG_2.name()).stream()
                .findFirst().map(vn.noivu.bpm.recruitment.persistence.ReviewRepository.Paper::applicationId)
                .orElseThrow();
        Scores scores = scores(round, status, position, applicationId, applicationNumber);
        boolean filed = dossier.history().stream()
                .anyMatch(h -> ApplicationEvent.DA_NOP_DON_PHUC_KHAO.name().equals(h.status()));
        boolean paper = Round2Format.VIET.name().equals(position.round2Format())
                || Round2Format.VIET_PHONG_VAN.name().equals(position.round2Format());
        boolean hasPaper = scores != null && !scores.absent() && (scores.round2() != null || scores.written() != null);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        boolean windowOpen = status == RoundStatus.PHUC_KHAO && round.reviewWindowEnd() != null
                && !now.isAfter(round.reviewWindowEnd());
        Review review = new Review(paper && hasPaper, round.reviewWindowEnd(), windowOpen && paper && hasPaper && !filed,
                filed);
        Hiring hired = hiring.winner(applicationNumber).map(w -> new Hiring(label(HiringStatus.class, w.status().name()),
                w.dossierDeadline(), w.startDeadline())).orElse(null);
        return new DossierPage(dossier, round.title(), round.agency(), position.title(),
                label(RoundStatus.class, round.status()), mask(citizenId), scores, review, hired);
    }

    /**
     * Scores as the council published them: round 1 once round 2 is under way, round 2 from the review window on
     * (or from the results, for positions without review), the total, rank and outcome once the results are out.
     */
    private Scores scores(RoundRow round, RoundStatus status, PositionRow position, long applicationId,
                          String applicationNumber) {
        if (status.ordinal() < RoundStatus.THI_VONG_2.ordinal()) {
            return null;
        }
        Map<String, ExamScores> mine = results.scores(round.id()).getOrDefault(applicationId, Map.of());
        ExamScores round1 = mine.get(RecruitmentVocabulary.ExamStage.VONG_1.name());
        ExamScores round2 = status.ordinal() >= RoundStatus.PHUC_KHAO.ordinal()
                ? mine.get(RecruitmentVocabulary.ExamStage.VONG_2.name()) : null;
        RoundRepository.CandidateRow result = published(round) ? rounds.candidates(position.id()).stream()
                .filter(c -> c.applicationNumber().equals(applicationNumber)).findFirst().orElse(null) : null;
        if (round1 == null && round2 == null && result == null) {
            return null;
        }
        return new Scores(round1 == null ? null : round1.correct(), round1 == null ? null : round1.total(),
                round2 == null ? null : round2.score(), round2 == null ? null : round2.written(),
                round2 == null ? null : round2.interview(), round2 != null && round2.absent(),
                result == null ? null : result.priorityPoints(), result == null ? null : result.totalScore(),
                result == null ? null : result.rank(),
                result == null ? null : label(ResultOutcome.class, result.outcome()));
    }

    /** The published results of a round; empty before publication (the page says so, it asks for no login). */
    public Optional<Results> results(String code) {
        RoundRow row = publicRound(code);
        if (!published(row)) {
            return Optional.empty();
        }
        Round round = round(row, false);
        List<PositionResults> positions = rounds.positions(row.id()).stream().map(p -> new PositionResults(p.title(),
                p.quota(), rounds.candidates(p.id()).stream().map(c -> new Candidate(c.applicationNumber(), c.fullName(),
                        c.totalScore() == null ? null : c.totalScore().subtract(c.priorityPoints()), c.priorityPoints(),
                        c.totalScore(), c.rank(), label(ResultOutcome.class, c.outcome()), c.agency())).toList()))
                .toList();
        return Optional.of(new Results(round, positions));
    }

    /** The round's name and status for the page that says its results are not out yet. */
    public Round roundSummary(String code) {
        return round(publicRound(code), false);
    }

    /** "*********123": enough for the applicant to recognise, nothing for a shoulder-reader. */
    static String mask(String citizenId) {
        return citizenId.length() <= 3 ? "***" : "*".repeat(citizenId.length() - 3)
                + citizenId.substring(citizenId.length() - 3);
    }

    private static <E extends Enum<E> & RecruitmentVocabulary.Labelled> String label(Class<E> type, String code) {
        return code == null ? null : RecruitmentVocabulary.label(type, code);
    }
}
