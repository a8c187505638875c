package vn.noivu.bpm.recruitment.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
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

    public record Result(boolean tieToDecide, String tieSummary, String resultsSummary) {
    }

    private record Computation(List<RankedRow> rows, List<OpenTie> ties, List<String> resultLines) {
    }

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
        Map<Long, String> numbers = results.numbers(tiedIds(computed.ties()));
        for (OpenTie tie : computed.ties()) {
            tieLines.add("Vị trí " + tie.positionCode()
                    + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency() + " (cùng là nguyện vọng còn chỗ)")
                    + ": còn " + tie.places() + " chỉ tiêu cho " + tie.applicationIds().size()
                    + " thí sinh bằng điểm " + tie.total() + ": "
                    + String.join(", ", tie.applicationIds().stream().map(numbers::get).toList()));
        }
        String hint = "Danh sách đầy đủ (CSV, Excel): /api/recruitment/rounds/" + roundCode + "/results.xlsx";
        return new Result(!tieLines.isEmpty(), RecruitmentProcess.summary(tieLines, hint),
                RecruitmentProcess.summary(computed.resultLines(), hint));
    }

    /** Ranks every position of the round with the head's recorded tie decisions; writes nothing. */
    private Computation compute(RoundRow round) {
        PositionRanking.RoundData data = new PositionRanking.RoundData(results.scores(round.id()),
                reviews.adoptedScores(round.id()), results.tieDecisions(round.id()), passRules(round));
        Map<Long, List<ApplicationRow>> byPosition = new HashMap<>();
        applications.ofRound(round.id()).forEach(a -> byPosition.computeIfAbsent(a.positionId(),
                p -> new ArrayList<>()).add(a));
        List<RankedRow> rows = new ArrayList<>();
        List<OpenTie> ties = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        for (PositionRow position : rounds.positions(round.id())) {
            boolean hasRound1 = examStructure.of(round, RecruitmentVocabulary.Rank.valueOf(position.rank())).hasRound1();
            PositionRanking.Result result = PositionRanking.rank(position, hasRound1,
                    byPosition.getOrDefault(position.id(), List.of()), results.agencyPlaces(position.id()), data);
            rows.addAll(result.rows());
            ties.addAll(result.ties());
            resultLines.add(result.summaryLine());
        }
        return new Computation(rows, ties, resultLines);
    }

    /**
     * decideTie: records the head's choice for every open tie of the round (exactly as many as each tie has
     * places); the round is then ranked again with it. Refused as a whole when any tie gets a wrong count.
     */
    public void recordDecision(String roundCode, Set<String> selectedNumbers, String decidedBy) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        List<OpenTie> ties = compute(round).ties();
        Map<Long, String> numbers = results.numbers(tiedIds(ties));
        Map<String, Long> idOf = new HashMap<>();
        numbers.forEach((id, number) -> idOf.put(number, id));
        List<String> unknown = selectedNumbers.stream().filter(n -> !idOf.containsKey(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("selectedApplications: " + unknown + " không thuộc các thí sinh đang chờ "
                    + "quyết định " + new TreeSet<>(numbers.values()) + " / only candidates awaiting a decision");
        }
        List<TieDecisions.Decision> decisions = new ArrayList<>();
        for (OpenTie tie : ties) {
            List<Long> chosen = tie.applicationIds().stream().filter(id -> selectedNumbers.contains(numbers.get(id)))
                    .toList();
            if (chosen.size() != tie.places()) {
                throw new BadUserRequestException("selectedApplications: vị trí " + tie.positionCode()
                        + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency()) + " cần chọn đúng " + tie.places()
                        + " trong số " + tie.applicationIds().stream().map(numbers::get).toList()
                        + " / select exactly " + tie.places() + " for this tie");
            }
            decisions.add(new TieDecisions.Decision(tie.positionId(), tie.agency(), tie.applicationIds(), chosen));
        }
        results.replaceTieDecisions(decisions, decidedBy);
    }

    private static List<Long> tiedIds(List<OpenTie> ties) {
        return ties.stream().flatMap(t -> t.applicationIds().stream()).toList();
    }
}
