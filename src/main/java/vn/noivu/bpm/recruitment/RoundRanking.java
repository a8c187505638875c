package vn.noivu.bpm.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.exam.Candidate;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Ranking;
import vn.noivu.bpm.exam.Scoring;
import vn.noivu.bpm.platform.rules.RuleTables;

/**
 * Ranks every position of a round from the recorded scores with the shared exam rules (pass rules of the round's
 * legal basis), and writes rank, total and outcome of all applications in one batch (recruitment_result).
 */
@Service
public class RoundRanking {

    public static final String PASS_RULES_KEY = "recruitment-pass-rules";

    /** Public outcome codes of GET /api/recruitment/rounds/{code}/results. */
    static final Map<Outcome, String> OUTCOME_CODES = Map.of(
            Outcome.WINNER, "TRUNG_TUYEN", Outcome.NOT_SELECTED, "KHONG_TRUNG_TUYEN",
            Outcome.FAILED, "KHONG_TRUNG_TUYEN", Outcome.ABSENT, "VANG_THI",
            Outcome.AWAITING_DECISION, "CHO_QUYET_DINH");

    public record Result(boolean tieToDecide, String tieSummary, String resultsSummary) {
    }

    private record Scores(Integer correct, Integer total, BigDecimal score, BigDecimal written, BigDecimal interview,
                          boolean absent) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ExamStructure examStructure;
    private final RuleTables ruleTables;
    private final JdbcTemplate jdbc;

    public RoundRanking(RoundRepository rounds, ApplicationRepository applications, ExamStructure examStructure,
                        RuleTables ruleTables, JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.applications = applications;
        this.examStructure = examStructure;
        this.ruleTables = ruleTables;
        this.jdbc = jdbc;
    }

    public PassRules passRules(String legalBasis) {
        RuleTables.Table table = ruleTables.latest(PASS_RULES_KEY);
        return PassRules.fromRuleResult(ruleTables.dmnEngine()
                .evaluateDecisionTable(table.decision(), Map.of("legalBasis", legalBasis)).getSingleResult().getEntryMap());
    }

    public Result rank(String roundCode) {
        RoundRepository.RoundRow round = rounds.find(roundCode).orElseThrow();
        PassRules rules = passRules(round.legalBasis());
        Map<Long, Map<String, Scores>> scores = scores(round.id());
        List<Object[]> updates = new ArrayList<>();
        List<String> tieLines = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        Map<Long, List<ApplicationRepository.ApplicationRow>> byPosition = new HashMap<>();
        applications.ofRound(round.id()).forEach(a -> byPosition.computeIfAbsent(a.positionId(), p -> new ArrayList<>()).add(a));
        for (RoundRepository.PositionRow position : rounds.positions(round.id())) {
            boolean hasRound1 = examStructure.of(RecruitmentVocabulary.Method.valueOf(round.method()),
                    RecruitmentVocabulary.Rank.valueOf(position.rank())).hasRound1();
            List<Candidate> candidates = new ArrayList<>();
            for (ApplicationRepository.ApplicationRow a : byPosition.getOrDefault(position.id(), List.of())) {
                if (!"DU_DIEU_KIEN".equals(a.status())) {
                    updates.add(new Object[] {null, null, "KHONG_DU_DIEU_KIEN", null, a.id()});
                    continue;
                }
                Map<String, Scores> own = scores.getOrDefault(a.id(), Map.of());
                Scores round1 = own.get("VONG_1");
                if (hasRound1 && (round1 == null || round1.absent())) {
                    updates.add(new Object[] {null, null, "VANG_THI", null, a.id()});
                    continue;
                }
                if (hasRound1 && !Scoring.round1Passed(round1.correct(), round1.total(), rules)) {
                    updates.add(new Object[] {null, null, "KHONG_TRUNG_TUYEN", null, a.id()});
                    continue;
                }
                candidates.add(candidate(a, own.get("VONG_2"), round1, rules));
            }
            List<Ranking.Ranked> ranked = Ranking.rank(candidates, position.quota(), rules);
            Map<Long, String> agencyOf = assignAgencies(position, ranked, byPosition.getOrDefault(position.id(), List.of()));
            long winners = 0;
            for (Ranking.Ranked r : ranked) {
                long id = Long.parseLong(r.candidate().id());
                updates.add(new Object[] {r.total(), r.rank(), OUTCOME_CODES.get(r.outcome()), agencyOf.get(id), id});
                winners += r.outcome() == Outcome.WINNER ? 1 : 0;
            }
            List<Ranking.Ranked> tied = ranked.stream().filter(r -> r.outcome() == Outcome.AWAITING_DECISION).toList();
            if (!tied.isEmpty()) {
                tieLines.add("Vị trí " + position.code() + ": còn " + (position.quota() - winners)
                        + " chỉ tiêu cho " + tied.size() + " thí sinh bằng điểm " + tied.get(0).total() + ": "
                        + String.join(", ", numbers(tied)));
            }
            resultLines.add("- Vị trí " + position.code() + " (chỉ tiêu " + position.quota() + "): trúng tuyển " + winners
                    + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size()));
        }
        writeBack(round.id(), updates);
        rounds.setStatus(roundCode, RecruitmentVocabulary.RoundStatus.CHO_DUYET_KET_QUA);
        String hint = "Danh sách đầy đủ (CSV, Excel): /api/recruitment/rounds/" + roundCode + "/results.xlsx";
        return new Result(!tieLines.isEmpty(), RecruitmentProcess.summary(tieLines, hint),
                RecruitmentProcess.summary(resultLines, hint));
    }

    /**
     * Rank, total, outcome and agency of every application of the round, as new rows of recruitment_result
     * (the previous ranking of the round is replaced): one batch, rewritten into multi-row inserts on PostgreSQL.
     */
    private void writeBack(long roundId, List<Object[]> results) {
        jdbc.update("DELETE FROM recruitment_result WHERE application_id IN "
                + "(SELECT id FROM recruitment_application WHERE round_id = ?)", roundId);
        jdbc.batchUpdate("INSERT INTO recruitment_result (total_score, rank_position, outcome, assigned_agency, "
                + "application_id) VALUES (?, ?, ?, ?, ?)", results);
    }

    /** decideTie: the head's choice among the candidates awaiting a decision, per position. */
    public void applyDecision(String roundCode, Set<String> selectedNumbers) {
        RoundRepository.RoundRow round = rounds.find(roundCode).orElseThrow();
        List<Map<String, Object>> awaiting = jdbc.queryForList("""
                SELECT a.id, a.application_number FROM recruitment_application a
                JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.round_id = ? AND r.outcome = 'CHO_QUYET_DINH'""", round.id());
        Set<String> awaitingNumbers = Set.copyOf(awaiting.stream().map(r -> (String) r.get("application_number")).toList());
        if (!awaitingNumbers.containsAll(selectedNumbers)) {
            throw new org.camunda.bpm.engine.BadUserRequestException("selectedApplications: chỉ chọn trong các thí sinh "
                    + "đang chờ quyết định " + awaitingNumbers + " / only candidates awaiting a decision");
        }
        jdbc.batchUpdate("UPDATE recruitment_result SET outcome = ? WHERE application_id = ?", awaiting.stream()
                .map(r -> new Object[] {selectedNumbers.contains((String) r.get("application_number"))
                        ? "TRUNG_TUYEN" : "KHONG_TRUNG_TUYEN", r.get("id")}).toList());
    }

    /**
     * A position shared by several agencies (Decree 170/2025 Art. 10(3)): winners, higher result first, go to the
     * first agency of their preference order that still has a place; one whose preferred agencies are full goes to
     * an agency with a place left.
     */
    private Map<Long, String> assignAgencies(RoundRepository.PositionRow position, List<Ranking.Ranked> ranked,
                                             List<ApplicationRepository.ApplicationRow> applicationsOfPosition) {
        Map<String, Integer> places = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT agency_code, quota FROM recruitment_position_agency WHERE position_id = ? ORDER BY agency_code",
                row -> { places.put(row.getString("agency_code"), row.getInt("quota")); }, position.id());
        Map<Long, String> assigned = new HashMap<>();
        if (places.isEmpty()) {
            return assigned;
        }
        Map<Long, String> preferences = new HashMap<>();
        applicationsOfPosition.forEach(a -> preferences.put(a.id(), a.agencyPreferences()));
        for (Ranking.Ranked r : ranked) {
            if (r.outcome() != Outcome.WINNER) {
                continue;
            }
            long id = Long.parseLong(r.candidate().id());
            String wanted = preferences.get(id);
            List<String> order = new ArrayList<>(wanted == null ? List.of() : List.of(wanted.split(",")));
            places.keySet().stream().filter(a -> !order.contains(a)).forEach(order::add);
            for (String agency : order) {
                if (places.getOrDefault(agency, 0) > 0) {
                    places.merge(agency, -1, Integer::sum);
                    assigned.put(id, agency);
                    break;
                }
            }
        }
        return assigned;
    }

    private Candidate candidate(ApplicationRepository.ApplicationRow a, Scores round2, Scores round1, PassRules rules) {
        BigDecimal part1 = round1 == null || round1.correct() == null ? null : BigDecimal.valueOf(round1.correct());
        if (round2 == null || round2.absent()) {
            return new Candidate(String.valueOf(a.id()), null, null, null, part1, a.priorityPoints(), true);
        }
        BigDecimal professional = round2.written() != null && round2.interview() != null
                ? Scoring.combined(round2.written(), round2.interview(), rules) : round2.score();
        return new Candidate(String.valueOf(a.id()), professional, round2.written(), round2.interview(), part1,
                a.priorityPoints(), false);
    }

    private Map<Long, Map<String, Scores>> scores(long roundId) {
        Map<Long, Map<String, Scores>> all = new HashMap<>();
        jdbc.query("""
                SELECT s.* FROM recruitment_score s JOIN recruitment_application a ON a.id = s.application_id
                WHERE a.round_id = ?""", row -> {
            all.computeIfAbsent(row.getLong("application_id"), id -> new HashMap<>()).put(row.getString("stage"),
                    new Scores((Integer) row.getObject("correct_answers"), (Integer) row.getObject("total_questions"),
                            row.getBigDecimal("score"), row.getBigDecimal("written"), row.getBigDecimal("interview"),
                            row.getBoolean("absent")));
        }, roundId);
        return all;
    }

    private List<String> numbers(List<Ranking.Ranked> ranked) {
        Map<Long, String> byId = new HashMap<>();
        jdbc.query("SELECT id, application_number FROM recruitment_application WHERE id IN ("
                + String.join(",", ranked.stream().map(r -> r.candidate().id()).toList()) + ")",
                row -> { byId.put(row.getLong("id"), row.getString("application_number")); });
        return ranked.stream().map(r -> byId.get(Long.parseLong(r.candidate().id()))).toList();
    }
}
