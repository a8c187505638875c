package vn.noivu.bpm.recruitment.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.platform.rules.RuleTables;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.Applicant;
import vn.noivu.bpm.recruitment.domain.ExamStructure;
import vn.noivu.bpm.recruitment.domain.OpenTie;
import vn.noivu.bpm.recruitment.domain.PositionRanking;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RankedRow;
import vn.noivu.bpm.recruitment.domain.RoundRequest;
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

    /** The round's positions in plan order with their result rows; open ties; summary lines; the stored ranking. */
    private record Computation(List<PositionResult> positions, List<OpenTie> ties, List<String> resultLines,
                               Map<Long, RankedRow> stored) {

        List<RankedRow> rows() {
            return positions.stream().flatMap(p -> p.rows().stream()).toList();
        }

        String positionName(long positionId) {
            return positions.stream().filter(p -> p.position().id() == positionId).findFirst()
                    .map(PositionResult::name).orElseThrow();
        }
    }

    private record PositionResult(PositionRow position, List<RankedRow> rows) {

        String name() {
            return position.title() + " (mã " + position.code() + ")";
        }
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
        results.replaceResults(computed.stored(), computed.rows());
        rounds.setStatus(roundCode, RoundStatus.CHO_DUYET_KET_QUA);
        List<ShownRow> shown = shownRows(computed);
        Map<Long, ApplicationRepository.Shown> people = applications.shown(Stream.concat(
                shown.stream().map(s -> s.row().applicationId()), tiedIds(computed.ties()).stream()).toList());
        List<String> tieLines = new ArrayList<>();
        List<FormVariables.Option> options = new ArrayList<>();
        for (OpenTie tie : computed.ties()) {
            String positionName = computed.positionName(tie.positionId());
            tieLines.add("Vị trí " + positionName
                    + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency() + " (cùng là nguyện vọng còn chỗ)")
                    + ": còn " + tie.places() + " chỉ tiêu cho " + tie.applicationIds().size()
                    + " thí sinh cùng " + tie.total().stripTrailingZeros().toPlainString() + " điểm: "
                    + String.join(", ", tie.applicationIds().stream().map(id -> person(people, id)).toList()));
            tie.applicationIds().forEach(id -> options.add(new FormVariables.Option(person(people, id) + " — vị trí "
                    + positionName + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency()),
                    people.get(id).applicationNumber())));
        }
        String hint = "Danh sách đầy đủ: tải tệp Excel hoặc CSV bằng liên kết bên dưới.";
        return new Result(!tieLines.isEmpty(), RecruitmentProcess.summary(tieLines, ""),
                RecruitmentProcess.summary(computed.resultLines(), hint), options, rowsInWords(shown, people));
    }

    private static String person(Map<Long, ApplicationRepository.Shown> people, long applicationId) {
        ApplicationRepository.Shown application = people.get(applicationId);
        return application.fullName() + " (" + application.applicationNumber() + ")";
    }

    /** A row of the approval form's table, with its position. */
    private record ShownRow(PositionResult position, RankedRow row) {
    }

    /** The first rows of the results: by position code, then rank (unranked last), winners first within a rank. */
    private static List<ShownRow> shownRows(Computation computed) {
        Comparator<RankedRow> order = Comparator.comparing(RankedRow::rank,
                        Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparing(r -> !ResultOutcome.TRUNG_TUYEN.name().equals(r.outcome()));
        List<ShownRow> shown = new ArrayList<>();
        for (PositionResult position : computed.positions().stream()
                .sorted(Comparator.comparing((PositionResult p) -> p.position().code())).toList()) {
            position.rows().stream().filter(r -> !ResultOutcome.KHONG_DU_DIEU_KIEN.name().equals(r.outcome()))
                    .sorted(order).limit(SHOWN_ROWS - shown.size()).forEach(r -> shown.add(new ShownRow(position, r)));
            if (shown.size() == SHOWN_ROWS) {
                break;
            }
        }
        return shown;
    }

    /** The shown rows in words, for the approval form. */
    private static List<Map<String, Object>> rowsInWords(List<ShownRow> shown,
                                                         Map<Long, ApplicationRepository.Shown> people) {
        return shown.stream().map(s -> {
            RankedRow r = s.row();
            ApplicationRepository.Shown a = people.get(r.applicationId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", s.position().name() + (r.agency() == null ? "" : " (" + r.agency() + ")"));
            row.put("rank", r.rank() == null ? "" : r.rank().toString());
            row.put("fullName", a.fullName() + " (" + a.applicationNumber() + ")");
            row.put("total", r.total() == null ? "" : r.total().stripTrailingZeros().toPlainString());
            row.put("priorityPoints", a.priorityPoints() == null ? "0"
                    : a.priorityPoints().stripTrailingZeros().toPlainString());
            row.put("outcome", RecruitmentVocabulary.label(ResultOutcome.class, r.outcome()));
            return row;
        }).toList();
    }

    /** A shared position's places per agency, in agency order (empty for a position of one agency). */
    private static Map<String, Integer> places(List<RoundRequest.AgencyQuota> quotas) {
        Map<String, Integer> places = new LinkedHashMap<>();
        if (quotas != null) {
            quotas.forEach(q -> places.put(q.code(), q.quota()));
        }
        return places;
    }

    /** Ranks every position of the round with the head's recorded tie decisions; writes nothing. */
    private Computation compute(RoundRow round) {
        PositionRanking.RoundData data = new PositionRanking.RoundData(reviews.adoptedScores(round.id()),
                results.tieDecisions(round.id()), passRules(round));
        ResultRepository.RankingInput input = results.rankingInput(round.id());
        Map<Long, List<Applicant>> byPosition = new HashMap<>();
        input.applicants().forEach(a ->
                byPosition.computeIfAbsent(a.positionId(), p -> new ArrayList<>()).add(a));
        List<PositionResult> positions = new ArrayList<>();
        List<OpenTie> ties = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        Map<Long, List<RoundRequest.AgencyQuota>> agencies = rounds.agencyQuotasOfRound(round.id());
        for (PositionRow position : rounds.positions(round.id())) {
            boolean hasRound1 = examStructure.of(round, RecruitmentVocabulary.Rank.valueOf(position.rank())).hasRound1();
            PositionRanking.Result result = PositionRanking.rank(position, hasRound1,
                    byPosition.getOrDefault(position.id(), List.of()), places(agencies.get(position.id())), data);
            positions.add(new PositionResult(position, result.rows()));
            ties.addAll(result.ties());
            resultLines.add(result.summaryLine());
        }
        return new Computation(positions, ties, resultLines, input.stored());
    }

    /**
     * decideTie: records the head's choice for every open tie of the round (exactly as many as each tie has
     * places); the round is then ranked again with it. Refused as a whole when any tie gets a wrong count.
     */
    public void recordDecision(String roundCode, Set<String> selectedNumbers, String decidedBy) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        Computation computed = compute(round);
        List<OpenTie> ties = computed.ties();
        Map<Long, ApplicationRepository.Shown> people = applications.shown(tiedIds(ties));
        Map<String, Long> idOf = new HashMap<>();
        tiedIds(ties).forEach(id -> idOf.put(people.get(id).applicationNumber(), id));
        List<String> unknown = selectedNumbers.stream().filter(n -> !idOf.containsKey(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException(RecruitmentProcess.SELECTED_APPLICATIONS + ": " + String.join(", ", unknown)
                    + " không thuộc những người đang chờ quyết định (" + String.join(", ", tiedIds(ties).stream()
                    .map(id -> person(people, id)).toList()) + ") / only candidates awaiting a decision");
        }
        List<TieDecisions.Decision> decisions = new ArrayList<>();
        for (OpenTie tie : ties) {
            List<Long> chosen = tie.applicationIds().stream()
                    .filter(id -> selectedNumbers.contains(people.get(id).applicationNumber())).toList();
            if (chosen.size() != tie.places()) {
                throw new BadUserRequestException(RecruitmentProcess.SELECTED_APPLICATIONS + ": vị trí "
                        + computed.positionName(tie.positionId()) + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency())
                        + " còn " + tie.places() + " chỉ tiêu: cần chọn đúng " + tie.places() + " người trong số "
                        + String.join(", ", tie.applicationIds().stream().map(id -> person(people, id)).toList())
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
