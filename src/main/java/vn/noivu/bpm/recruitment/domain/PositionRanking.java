package vn.noivu.bpm.recruitment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.noivu.bpm.exam.Candidate;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Ranking;
import vn.noivu.bpm.exam.Scoring;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;

/**
 * Ranks one position of a round from its recorded scores with the shared exam rules and the head's recorded tie
 * decisions, then assigns the agencies of a shared position. Reads and writes nothing.
 */
public final class PositionRanking {

    /** The round's adopted review scores, tie decisions and pass rules, for every position. */
    public record RoundData(Map<Long, BigDecimal> afterReview, TieDecisions decisions, PassRules rules) {
    }

    /** The position's result rows, its open ties and its line of the results summary. */
    public record Result(List<RankedRow> rows, List<OpenTie> ties, String summaryLine) {
    }

    private static final Map<Outcome, ResultOutcome> OUTCOME_CODES = Map.of(
            Outcome.WINNER, ResultOutcome.TRUNG_TUYEN, Outcome.NOT_SELECTED, ResultOutcome.KHONG_TRUNG_TUYEN,
            Outcome.FAILED, ResultOutcome.KHONG_TRUNG_TUYEN, Outcome.ABSENT, ResultOutcome.VANG_THI,
            Outcome.AWAITING_DECISION, ResultOutcome.CHO_QUYET_DINH);

    private PositionRanking() {
    }

    public static Result rank(PositionRow position, boolean hasRound1, List<Applicant> applications,
                              Map<String, Integer> agencyPlaces, RoundData data) {
        List<RankedRow> rows = new ArrayList<>();
        List<OpenTie> ties = new ArrayList<>();
        List<Candidate> candidates = candidates(hasRound1, applications, data, rows);
        List<Ranking.Ranked> ranked = Ranking.rank(candidates, position.quota(), data.rules());
        List<Ranking.Ranked> awaiting = ranked.stream().filter(r -> r.outcome() == Outcome.AWAITING_DECISION).toList();
        if (!awaiting.isEmpty()) {
            int places = position.quota() - (int) ranked.stream().filter(r -> r.outcome() == Outcome.WINNER).count();
            List<Long> tiedIds = AgencyAssignment.ids(awaiting);
            Set<Long> chosen = data.decisions().chosen(TieDecisions.scope(position.id(), ""), tiedIds, places);
            if (chosen != null) {
                ranked = Ranking.decide(ranked, Set.copyOf(chosen.stream().map(String::valueOf).toList()),
                        position.quota());
            } else {
                ties.add(new OpenTie(position.id(), "", places, awaiting.get(0).total(), tiedIds));
            }
        }
        AgencyAssignment.Assignment assignment = AgencyAssignment.assign(position, ranked, applications, agencyPlaces,
                data.decisions());
        if (assignment.tie() != null) {
            ties.add(assignment.tie());
        }
        return new Result(rows, ties, outcomes(position, ranked, assignment, rows));
    }

    /** The eligible who sit the ranking; the others get their row (ineligible, absent, failed round 1) now. */
    private static List<Candidate> candidates(boolean hasRound1, List<Applicant> applications, RoundData data,
                                              List<RankedRow> rows) {
        List<Candidate> candidates = new ArrayList<>();
        for (Applicant a : applications) {
            if (!ApplicationStatus.DU_DIEU_KIEN.name().equals(a.status())) {
                rows.add(unranked(ResultOutcome.KHONG_DU_DIEU_KIEN, a));
                continue;
            }
            ExamScores round1 = a.round1();
            if (hasRound1 && (round1 == null || round1.absent())) {
                rows.add(unranked(ResultOutcome.VANG_THI, a));
            } else if (hasRound1 && !Scoring.round1Passed(round1.correct(), round1.total(), round1.part2Correct(),
                    round1.part2Questions(), data.rules())) {
                rows.add(unranked(ResultOutcome.KHONG_TRUNG_TUYEN, a));
            } else {
                candidates.add(ExamScores.candidate(a, ExamScores.reviewed(a.round2(),
                        data.afterReview().get(a.id())), round1, data.rules()));
            }
        }
        return candidates;
    }

    private static RankedRow unranked(ResultOutcome outcome, Applicant a) {
        return new RankedRow(null, null, outcome.name(), null, a.id());
    }

    /** The ranked rows; answers the position's line of the summary (winners and those awaiting a decision). */
    private static String outcomes(PositionRow position, List<Ranking.Ranked> ranked,
                                   AgencyAssignment.Assignment assignment, List<RankedRow> rows) {
        Set<Long> awaitingAgency = assignment.tie() == null ? Set.of() : Set.copyOf(assignment.tie().applicationIds());
        long winners = 0;
        long pending = 0;
        for (Ranking.Ranked r : ranked) {
            long id = Long.parseLong(r.candidate().id());
            boolean agencyPending = awaitingAgency.contains(id);
            rows.add(new RankedRow(r.total(), r.rank(),
                    (agencyPending ? ResultOutcome.CHO_QUYET_DINH : OUTCOME_CODES.get(r.outcome())).name(),
                    agencyPending ? assignment.tie().agency() : assignment.agencies().get(id), id));
            winners += r.outcome() == Outcome.WINNER && !agencyPending ? 1 : 0;
            pending += r.outcome() == Outcome.AWAITING_DECISION || agencyPending ? 1 : 0;
        }
        return "- Vị trí " + position.title() + " (mã " + position.code() + ", chỉ tiêu " + position.quota() + "): trúng tuyển " + winners
                + (pending == 0 ? "" : ", chờ quyết định " + pending);
    }
}
