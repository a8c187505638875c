package vn.noivu.bpm.recruitment.process;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;
import vn.noivu.bpm.recruitment.domain.ExamStructure;
import vn.noivu.bpm.recruitment.domain.RoundRules;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
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
                          boolean absent, Integer part2Correct, Integer part2Questions) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final ExamStructure examStructure;
    private final RuleTables ruleTables;
    private final ReviewRequests reviews;
    private final RoundRules roundRules;
    private final JdbcTemplate jdbc;

    public RoundRanking(RoundRepository rounds, ApplicationRepository applications, ExamStructure examStructure,
                        RuleTables ruleTables, ReviewRequests reviews, RoundRules roundRules, JdbcTemplate jdbc) {
        this.roundRules = roundRules;
        this.reviews = reviews;
        this.rounds = rounds;
        this.applications = applications;
        this.examStructure = examStructure;
        this.ruleTables = ruleTables;
        this.jdbc = jdbc;
    }

    /** The pass rules of the round's legal basis, in force on its notice date, from its own version of the table. */
    public PassRules passRules(RoundRow round) {
        RuleTables.Table table = roundRules.table(round.id(), PASS_RULES_KEY);
        return PassRules.fromRuleResult(ruleTables.dmnEngine().evaluateDecisionTable(table.decision(),
                RoundRules.inputs(round)).getSingleResult().getEntryMap());
    }

    public Result rank(String roundCode) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        Computation computed = compute(round);
        writeBack(round.id(), computed.rows());
        rounds.setStatus(roundCode, RecruitmentVocabulary.RoundStatus.CHO_DUYET_KET_QUA);
        List<String> tieLines = new ArrayList<>();
        if (!computed.ties().isEmpty()) {
            Map<Long, String> numbers = numbers(computed.ties().stream().flatMap(t -> t.applicationIds().stream()).toList());
            for (OpenTie tie : computed.ties()) {
                tieLines.add("Vị trí " + tie.positionCode()
                        + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency() + " (cùng là nguyện vọng còn chỗ)")
                        + ": còn " + tie.places() + " chỉ tiêu cho " + tie.applicationIds().size()
                        + " thí sinh bằng điểm " + tie.total() + ": "
                        + String.join(", ", tie.applicationIds().stream().map(numbers::get).toList()));
            }
        }
        String hint = "Danh sách đầy đủ (CSV, Excel): /api/recruitment/rounds/" + roundCode + "/results.xlsx";
        return new Result(!tieLines.isEmpty(), RecruitmentProcess.summary(tieLines, hint),
                RecruitmentProcess.summary(computed.resultLines(), hint));
    }

    /** A tie across the last places of a position, or of one agency of a shared position ('' for the position). */
    record OpenTie(long positionId, String positionCode, String agency, int places, BigDecimal total,
                   List<Long> applicationIds) {
    }

    private record Computation(List<Object[]> rows, List<OpenTie> ties, List<String> resultLines) {
    }

    private record Assignment(Map<Long, String> agencies, OpenTie tie) {
    }

    /** Ranks every position of the round with the head's recorded tie decisions; writes nothing. */
    private Computation compute(RoundRow round) {
        PassRules rules = passRules(round);
        Map<Long, Map<String, Scores>> scores = scores(round.id());
        Map<Long, BigDecimal> afterReview = reviews.adoptedScores(round.id());
        Decisions decisions = decisions(round.id());
        List<Object[]> rows = new ArrayList<>();
        List<OpenTie> ties = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        Map<Long, List<ApplicationRow>> byPosition = new HashMap<>();
        applications.ofRound(round.id()).forEach(a -> byPosition.computeIfAbsent(a.positionId(), p -> new ArrayList<>()).add(a));
        for (PositionRow position : rounds.positions(round.id())) {
            boolean hasRound1 = examStructure.of(round, RecruitmentVocabulary.Rank.valueOf(position.rank())).hasRound1();
            List<Candidate> candidates = new ArrayList<>();
            for (ApplicationRow a : byPosition.getOrDefault(position.id(), List.of())) {
                if (!"DU_DIEU_KIEN".equals(a.status())) {
                    rows.add(new Object[] {null, null, "KHONG_DU_DIEU_KIEN", null, a.id()});
                    continue;
                }
                Map<String, Scores> own = scores.getOrDefault(a.id(), Map.of());
                Scores round1 = own.get("VONG_1");
                if (hasRound1 && (round1 == null || round1.absent())) {
                    rows.add(new Object[] {null, null, "VANG_THI", null, a.id()});
                    continue;
                }
                if (hasRound1 && !Scoring.round1Passed(round1.correct(), round1.total(), round1.part2Correct(),
                        round1.part2Questions(), rules)) {
                    rows.add(new Object[] {null, null, "KHONG_TRUNG_TUYEN", null, a.id()});
                    continue;
                }
                candidates.add(candidate(a, reviewed(own.get("VONG_2"), afterReview.get(a.id())), round1, rules));
            }
            List<Ranking.Ranked> ranked = Ranking.rank(candidates, position.quota(), rules);
            List<Ranking.Ranked> awaiting = ranked.stream().filter(r -> r.outcome() == Outcome.AWAITING_DECISION).toList();
            if (!awaiting.isEmpty()) {
                int places = position.quota() - (int) ranked.stream().filter(r -> r.outcome() == Outcome.WINNER).count();
                List<Long> tiedIds = ids(awaiting);
                Set<Long> chosen = decisions.chosen(scope(position.id(), ""), tiedIds, places);
                if (chosen != null) {
                    ranked = Ranking.decide(ranked, Set.copyOf(chosen.stream().map(String::valueOf).toList()), position.quota());
                } else {
                    ties.add(new OpenTie(position.id(), position.code(), "", places, awaiting.get(0).total(), tiedIds));
                }
            }
            Assignment assignment = assignAgencies(position, ranked, byPosition.getOrDefault(position.id(), List.of()),
                    decisions);
            Set<Long> awaitingAgency = assignment.tie() == null ? Set.of() : Set.copyOf(assignment.tie().applicationIds());
            if (assignment.tie() != null) {
                ties.add(assignment.tie());
            }
            long winners = 0;
            long pending = 0;
            for (Ranking.Ranked r : ranked) {
                long id = Long.parseLong(r.candidate().id());
                boolean agencyPending = awaitingAgency.contains(id);
                rows.add(new Object[] {r.total(), r.rank(),
                        agencyPending ? "CHO_QUYET_DINH" : OUTCOME_CODES.get(r.outcome()),
                        agencyPending ? assignment.tie().agency() : assignment.agencies().get(id), id});
                winners += r.outcome() == Outcome.WINNER && !agencyPending ? 1 : 0;
                pending += r.outcome() == Outcome.AWAITING_DECISION || agencyPending ? 1 : 0;
            }
            resultLines.add("- Vị trí " + position.code() + " (chỉ tiêu " + position.quota() + "): trúng tuyển " + winners
                    + (pending == 0 ? "" : ", chờ quyết định " + pending));
        }
        return new Computation(rows, ties, resultLines);
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

    /**
     * decideTie: records the head's choice for every open tie of the round (exactly as many as each tie has
     * places); the round is then ranked again with it. Refused as a whole when any tie gets a wrong count.
     */
    public void recordDecision(String roundCode, Set<String> selectedNumbers, String decidedBy) {
        RoundRow round = rounds.find(roundCode).orElseThrow();
        List<OpenTie> ties = compute(round).ties();
        Map<Long, String> numbers = numbers(ties.stream().flatMap(t -> t.applicationIds().stream()).toList());
        Map<String, Long> idOf = new HashMap<>();
        numbers.forEach((id, number) -> idOf.put(number, id));
        List<String> unknown = selectedNumbers.stream().filter(n -> !idOf.containsKey(n)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("selectedApplications: " + unknown + " không thuộc các thí sinh đang chờ "
                    + "quyết định " + new java.util.TreeSet<>(numbers.values()) + " / only candidates awaiting a decision");
        }
        List<Object[]> rows = new ArrayList<>();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        for (OpenTie tie : ties) {
            List<Long> chosen = tie.applicationIds().stream().filter(id -> selectedNumbers.contains(numbers.get(id))).toList();
            if (chosen.size() != tie.places()) {
                throw new BadUserRequestException("selectedApplications: vị trí " + tie.positionCode()
                        + (tie.agency().isEmpty() ? "" : ", cơ quan " + tie.agency()) + " cần chọn đúng " + tie.places()
                        + " trong số " + tie.applicationIds().stream().map(numbers::get).toList()
                        + " / select exactly " + tie.places() + " for this tie");
            }
            jdbc.update("DELETE FROM recruitment_tie_decision WHERE position_id = ? AND agency_code = ?",
                    tie.positionId(), tie.agency());
            tie.applicationIds().forEach(id -> rows.add(
                    new Object[] {tie.positionId(), tie.agency(), id, chosen.contains(id), decidedBy, now}));
        }
        jdbc.batchUpdate("INSERT INTO recruitment_tie_decision (position_id, agency_code, application_id, selected, "
                + "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * A position shared by several agencies (Decree 170/2025 Art. 10(3)): winners, higher result first, go to the
     * first agency of their preference order that still has a place (then any agency with a place). Equal winners
     * who want the same agency beyond its places are a tie for the head: unless the head has decided it, the
     * assignment stops there, since who loses decides the places left for those ranked below.
     */
    private Assignment assignAgencies(PositionRow position, List<Ranking.Ranked> ranked,
                                      List<ApplicationRow> applicationsOfPosition,
                                      Decisions decisions) {
        Map<String, Integer> places = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT agency_code, quota FROM recruitment_position_agency WHERE position_id = ? ORDER BY agency_code",
                row -> { places.put(row.getString("agency_code"), row.getInt("quota")); }, position.id());
        Map<Long, String> assigned = new HashMap<>();
        if (places.isEmpty()) {
            return new Assignment(assigned, null);
        }
        Map<Long, List<String>> preferences = new HashMap<>();
        for (ApplicationRow a : applicationsOfPosition) {
            List<String> order = new ArrayList<>(a.agencyPreferences() == null ? List.of() : List.of(a.agencyPreferences().split(",")));
            places.keySet().stream().filter(agency -> !order.contains(agency)).forEach(order::add);
            preferences.put(a.id(), order);
        }
        List<Ranking.Ranked> winners = ranked.stream().filter(r -> r.outcome() == Outcome.WINNER).toList();
        int start = 0;
        while (start < winners.size()) {
            int end = start + 1;
            while (end < winners.size() && winners.get(end).rank().equals(winners.get(start).rank())) {
                end++;
            }
            List<Long> pending = ids(winners.subList(start, end));
            while (!pending.isEmpty()) {
                Map<String, List<Long>> wanting = new java.util.LinkedHashMap<>();
                for (long id : pending) {
                    preferences.get(id).stream().filter(agency -> places.getOrDefault(agency, 0) > 0).findFirst()
                            .ifPresent(agency -> wanting.computeIfAbsent(agency, k -> new ArrayList<>()).add(id));
                }
                List<Long> stillPending = new ArrayList<>();
                for (Map.Entry<String, List<Long>> entry : wanting.entrySet()) {
                    String agency = entry.getKey();
                    List<Long> wanted = entry.getValue();
                    int free = places.get(agency);
                    List<Long> taking = wanted;
                    if (wanted.size() > free) {
                        Set<Long> chosen = decisions.chosen(scope(position.id(), agency), wanted, free);
                        if (chosen == null) {
                            return new Assignment(assigned, new OpenTie(position.id(), position.code(), agency, free,
                                    winners.get(start).total(), wanted));
                        }
                        taking = List.copyOf(chosen);
                        wanted.stream().filter(id -> !chosen.contains(id)).forEach(stillPending::add);
                    }
                    taking.forEach(id -> assigned.put(id, agency));
                    places.merge(agency, -taking.size(), Integer::sum);
                }
                pending = stillPending;
            }
            start = end;
        }
        return new Assignment(assigned, null);
    }

    private static String scope(long positionId, String agency) {
        return positionId + "/" + agency;
    }

    /** The head's recorded decisions of a round: per tie, who was in it and who was chosen. */
    private record Decisions(Map<String, Set<Long>> tied, Map<String, Set<Long>> selected) {

        /** Who the head chose for exactly this tie (same candidates, same places), or null when undecided. */
        Set<Long> chosen(String scope, List<Long> tiedNow, int places) {
            Set<Long> chosen = selected.getOrDefault(scope, Set.of());
            return tied.getOrDefault(scope, Set.of()).equals(Set.copyOf(tiedNow)) && chosen.size() == places
                    ? chosen : null;
        }
    }

    private Decisions decisions(long roundId) {
        Map<String, Set<Long>> tied = new HashMap<>();
        Map<String, Set<Long>> selected = new HashMap<>();
        jdbc.query("""
                SELECT d.position_id, d.agency_code, d.application_id, d.selected FROM recruitment_tie_decision d
                JOIN recruitment_position p ON p.id = d.position_id WHERE p.round_id = ?""", row -> {
            String scope = scope(row.getLong("position_id"), row.getString("agency_code"));
            tied.computeIfAbsent(scope, k -> new java.util.HashSet<>()).add(row.getLong("application_id"));
            if (row.getBoolean("selected")) {
                selected.computeIfAbsent(scope, k -> new java.util.HashSet<>()).add(row.getLong("application_id"));
            }
        }, roundId);
        return new Decisions(tied, selected);
    }

    private static List<Long> ids(List<Ranking.Ranked> ranked) {
        return ranked.stream().map(r -> Long.parseLong(r.candidate().id())).toList();
    }

    /** The written score adopted after a review request replaces the published one. */
    private static Scores reviewed(Scores round2, BigDecimal adopted) {
        if (round2 == null || adopted == null) {
            return round2;
        }
        return round2.written() != null
                ? new Scores(round2.correct(), round2.total(), round2.score(), adopted, round2.interview(), round2.absent(),
                        null, null)
                : new Scores(round2.correct(), round2.total(), adopted, null, round2.interview(), round2.absent(), null, null);
    }

    private Candidate candidate(ApplicationRow a, Scores round2, Scores round1, PassRules rules) {
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
                            row.getBoolean("absent"), (Integer) row.getObject("part2_correct"),
                            (Integer) row.getObject("part2_questions")));
        }, roundId);
        return all;
    }

    private Map<Long, String> numbers(List<Long> applicationIds) {
        Map<Long, String> byId = new HashMap<>();
        if (!applicationIds.isEmpty()) {
            jdbc.query("SELECT id, application_number FROM recruitment_application WHERE id IN ("
                    + String.join(",", applicationIds.stream().map(String::valueOf).toList()) + ")",
                    row -> { byId.put(row.getLong("id"), row.getString("application_number")); });
        }
        return byId;
    }
}
