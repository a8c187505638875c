package vn.noivu.bpm.recruitment.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;
import vn.noivu.bpm.recruitment.domain.ExamStructure;
import vn.noivu.bpm.recruitment.domain.OpenTie;
import vn.noivu.bpm.recruitment.domain.PositionRanking;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RankedRow;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.domain.TieDecisions;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.ResultRepository;
import vn.noivu.bpm.recruitment.persistence.ReviewRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * Ranks every position of a round from the recorded scores with the shared exam rules (pass rules of the round's
 * legal basis), and writes rank, total and outcome of all applications in one batch (recruitment_result).
 */
@Service
public class RoundRanking {

    /** tieOptions: the tied people for the head's checklist; resultRows: the first rows for the approval form. */
    public record Result(boolean tieToDecide, String tieSummary, String resultsSummary,
                         List<FormVariables.Option> tieOptions, List<Map<String, Object>> resultRows) {
    }

    private record Computation(List<RankedRow> rows, List<OpenTie> ties, List<String> resultLines,
                               Map<Long, ApplicationRow> applications, Map<Long, String> positionCodes,
                               Map<Long, String> positionNames) {
    }

    /** The approval form shows this many rows; the full results are a download. */
    static final int SHOWN_ROWS = 50;

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ResultRepository results;
    private final ReviewRepository reviews;
    private final ExamStructure examStructure;
    private final RuleTables ruleTables;
    private final RoundRules roundRules;

    public RoundRanking(RoundRepository rounds, ApplicationRepository applications, ResultRepository results,
                        ReviewRepository reviews, ExamStructure examStructure, RuleTables ruleTables,
                        RoundRules roundRules) {
        this.rounds = rounds;
        this.applications = applications;
        this.results = results;
        this.reviews = reviews;
        this.examStructure = examStructure;
        this.ruleTables = ruleTables;
        this.roundRules = roundRules;
    }

    /** The pass rules of the round's legal basis, in force on its notice date, from its own version of the table. */
    public PassRules passRules(RoundRow round) {
        RuleTables.Table table = roundRules.table(round.id(), RoundRules.PASS_RULES_KEY);
        return PassRules.fromRuleResult(ruleTables.dmnEngine().evaluateDecisionTable(table.decision(),
                RoundRules.inputs(round)).getSingleResult().getEntryMap());
    }

    public Result rank(String roundCode) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        Computation computed = compute(round);
        results.replaceResults(round.id(), computed.rows());
        rounds.setStatus(roundCode, RoundStatus.CHO_DUYET_KET_QUA);
        List<String> tieLines = new ArrayList<>();
        List<FormVariables.Option> options = new ArrayList<>();
        for (OpenTie tie : computed.ties()) {
            tieLines.add("Vị trí " + computed.positionNames().get(tie.positionId())
                    + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency() + " (cùng là nguyện vọng còn chỗ)")
                    + ": còn " + tie.places() + " chỉ tiêu cho " + tie.applicationIds().size()
                    + " thí sinh cùng " + tie.total().stripTrailingZeros().toPlainString() + " điểm: "
                    + String.join(", ", tie.applicationIds().stream().map(id -> person(computed, id)).toList()));
            tie.applicationIds().forEach(id -> options.add(new FormVariables.Option(person(computed, id) + " — vị trí "
                    + computed.positionNames().get(tie.positionId()) + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency()),
                    computed.applications().get(id).applicationNumber())));
        }
        String hint = "Danh sách đầy đủ: tải tệp Excel hoặc CSV bằng liên kết bên dưới.";
        return new Result(!tieLines.isEmpty(), RecruitmentProcess.summary(tieLines, ""),
                RecruitmentProcess.summary(computed.resultLines(), hint), options, shownRows(computed));
    }

    private static String person(Computation computed, long applicationId) {
        ApplicationRow application = computed.applications().get(applicationId);
        return application.fullName() + " (" + application.applicationNumber() + ")";
    }

    /** The first rows of the results, by position and rank, in words. */
    private static List<Map<String, Object>> shownRows(Computation computed) {
        return computed.rows().stream()
                .filter(r -> !ResultOutcome.KHONG_DU_DIEU_KIEN.name().equals(r.outcome()))
                .sorted(java.util.Comparator.comparing((RankedRow r) -> computed.positionCodes().get(
                        computed.applications().get(r.applicationId()).positionId()))
                        .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                        .thenComparing(r -> !ResultOutcome.TRUNG_TUYEN.name().equals(r.outcome())))
                .limit(SHOWN_ROWS).map(r -> {
                    ApplicationRow a = computed.applications().get(r.applicationId());
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("position", computed.positionNames().get(a.positionId())
                            + (r.agency() == null ? "" : " (" + r.agency() + ")"));
                    row.put("rank", r.rank() == null ? "" : r.rank().toString());
                    row.put("fullName", a.fullName() + " (" + a.applicationNumber() + ")");
                    row.put("total", r.total() == null ? "" : r.total().stripTrailingZeros().toPlainString());
                    row.put("priorityPoints", a.priorityPoints() == null ? "0"
                            : a.priorityPoints().stripTrailingZeros().toPlainString());
                    row.put("outcome", RecruitmentVocabulary.label(ResultOutcome.class, r.outcome()));
                    return row;
                }).toList();
    }

    /** Ranks every position of the round with the head's recorded tie decisions; writes nothing. */
    private Computation compute(RoundRow round) {
        PositionRanking.RoundData data = new PositionRanking.RoundData(results.scores(round.id()),
                reviews.adoptedScores(round.id()), results.tieDecisions(round.id()), passRules(round));
        Map<Long, List<ApplicationRow>> byPosition = new HashMap<>();
        Map<Long, ApplicationRow> byId = new HashMap<>();
        Map<Long, String> positionCodes = new HashMap<>();
        Map<Long, String> positionNames = new HashMap<>();
        applications.ofRound(round.id()).forEach(a -> {
            byPosition.computeIfAbsent(a.positionId(), p -> new ArrayList<>()).add(a);
            byId.put(a.id(), a);
        });
        List<RankedRow> rows = new ArrayList<>();
        List<OpenTie> ties = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        for (PositionRow position : rounds.positions(round.id())) {
            positionCodes.put(position.id(), position.code());
            positionNames.put(position.id(), position.title() + " (mã " + position.code() + ")");
            boolean hasRound1 = examStructure.of(round, RecruitmentVocabulary.Rank.valueOf(position.rank())).hasRound1();
            PositionRanking.Result result = PositionRanking.rank(position, hasRound1,
                    byPosition.getOrDefault(position.id(), List.of()), results.agencyPlaces(position.id()), data);
            rows.addAll(result.rows());
            ties.addAll(result.ties());
            resultLines.add(result.summaryLine());
        }
        return new Computation(rows, ties, resultLines, byId, positionCodes, positionNames);
    }

    /**
     * decideTie: records the head's choice for every open tie of the round (exactly as many as each tie has
     * places); the round is then ranked again with it. Refused as a whole when any tie gets a wrong count.
     */
    public void recordDecision(String roundCode, Set<String> selectedNumbers, String decidedBy) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        Computation computed = compute(round);
        List<OpenTie> ties = computed.ties();
        Map<String, Long> idOf = new HashMap<>();
        tiedIds(ties).forEach(id -> idOf.put(computed.applications().get(id).applicationNumber(), id));
        List<String> unknown = selectedNumbers.stream().filter(n -> !idOf.containsKey(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException(RecruitmentProcess.SELECTED_APPLICATIONS + ": " + String.join(", ", unknown)
                    + " không thuộc những người đang chờ quyết định (" + String.join(", ", tiedIds(ties).stream()
                    .map(id -> person(computed, id)).toList()) + ") / only candidates awaiting a decision");
        }
        List<TieDecisions.Decision> decisions = new ArrayList<>();
        for (OpenTie tie : ties) {
            List<Long> chosen = tie.applicationIds().stream()
                    .filter(id -> selectedNumbers.contains(computed.applications().get(id).applicationNumber())).toList();
            if (chosen.size() != tie.places()) {
                throw new BadUserRequestException(RecruitmentProcess.SELECTED_APPLICATIONS + ": vị trí "
                        + computed.positionNames().get(tie.positionId()) + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency())
                        + " còn " + tie.places() + " chỉ tiêu: cần chọn đúng " + tie.places() + " người trong số "
                        + String.join(", ", tie.applicationIds().stream().map(id -> person(computed, id)).toList())
                        + " (đã chọn " + chosen.size() + ") / select exactly " + tie.places() + " for this tie");
            }
            decisions.add(new TieDecisions.Decision(tie.positionId(), tie.agency(), tie.applicationIds(), chosen));
        }
        results.replaceTieDecisions(decisions, decidedBy);
    }

    private static List<Long> tiedIds(List<OpenTie> ties) {
        return ties.stream().flatMap(t -> t.applicationIds().stream()).toList();
    }
}
