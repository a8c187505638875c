package vn.noivu.bpm.promotion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.exam.Outcome;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.platform.web.KeyedStatusException;
import vn.noivu.bpm.promotion.PromotionVocabulary.NominationStatus;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;

/** Promotion by exam: the council's results, then the ranking with the shared exam rules and the pass mark. */
@Service
public class PromotionExams {

    private final PromotionService promotion;
    private final PromotionRepository rounds;
    private final RuntimeService runtimeService;
    private final SystemAction system;
    private final JdbcTemplate jdbc;

    public PromotionExams(PromotionService promotion, PromotionRepository rounds, RuntimeService runtimeService,
                          SystemAction system, JdbcTemplate jdbc) {
        this.promotion = promotion;
        this.rounds = rounds;
        this.runtimeService = runtimeService;
        this.system = system;
        this.jdbc = jdbc;
    }

    /** One nominee's exam result (promotion by exam). */
    public record ExamScore(String citizenId, java.math.BigDecimal score, Boolean absent) {
    }

    public record ScoresImported(int stored, int awaiting, boolean complete) {
    }

    /**
     * The council's exam results, checked whole before anything is stored: eligible nominees only, 0-100 unless
     * absent. When every eligible nominee has a result the round is ranked.
     */
    @Transactional
    public ScoresImported importScores(String code, List<ExamScore> scores) {
        // Two sheets at once would both complete the scores and move the round twice: one at a time.
        PromotionRepository.RoundRow round = rounds.findForUpdate(code).orElseThrow(() -> new KeyedStatusException(
                HttpStatus.NOT_FOUND, "round_not_found", "Không có kỳ xét " + code + "."));
        if (!RoundStatus.THI.name().equals(round.status())) {
            throw new KeyedStatusException(HttpStatus.CONFLICT, "round_not_examining",
                    "Kỳ xét " + code + " đang ở bước " + round.status() + ": không nhận điểm thi.");
        }
        Map<String, Long> eligible = rounds.nominations(round.id()).stream()
                .filter(n -> NominationStatus.DU_DIEU_KIEN.name().equals(n.status()))
                .collect(Collectors.toMap(PromotionRepository.NominationRow::citizenId, PromotionRepository.NominationRow::id));
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ExamScore score = scores.get(i);
            String field = "scores[" + i + "]";
            if (score.citizenId() == null || !eligible.containsKey(score.citizenId())) {
                throw new InvalidInputException(field + ".citizenId", "candidate", "Người có số định danh " + score.citizenId()
                        + " không thuộc danh sách đủ điều kiện dự thi của kỳ xét.");
            }
            if (!seen.add(score.citizenId())) {
                throw new InvalidInputException(field + ".citizenId", "unique", "Số định danh " + score.citizenId()
                        + " có hai dòng trong bảng điểm.");
            }
            boolean absent = Boolean.TRUE.equals(score.absent());
            if (!absent && (score.score() == null || score.score().signum() < 0
                    || score.score().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
                throw new InvalidInputException(field + ".score", "range", "Điểm thi là bắt buộc và phải từ 0 đến 100.");
            }
            rows.add(new Object[] {absent ? null : vn.noivu.bpm.exam.Scoring.round(score.score()), absent,
                    eligible.get(score.citizenId())});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET exam_score = ?, exam_absent = ? WHERE id = ?", rows);
        int awaiting = jdbc.queryForObject("""
                SELECT COUNT(*) FROM promotion_nomination WHERE round_id = ? AND status = 'DU_DIEU_KIEN'
                  AND exam_score IS NULL AND (exam_absent IS NULL OR NOT exam_absent)""", Integer.class, round.id());
        if (awaiting == 0) {
            // The council's right is its role, checked by the endpoint: the round moves on as the system.
            system.run(() -> runtimeService.createMessageCorrelation(PromotionProcess.SCORES_IMPORTED)
                    .processInstanceBusinessKey(code).correlateWithResult());
        }
        return new ScoresImported(rows.size(), awaiting, awaiting == 0);
    }

    /** rankPromotionExam: the shared exam ranking with the round's pass rules; a tie across the last place waits. */
    @Transactional
    public PromotionService.Selected rankExam(String code) {
        PromotionRepository.RoundRow round = promotion.round(code);
        vn.noivu.bpm.exam.PassRules rules = vn.noivu.bpm.exam.PassRules.fromRuleResult(promotion.evaluate(round, PromotionService.EXAM_RULES_KEY));
        Map<String, Long> ids = new HashMap<>();
        List<vn.noivu.bpm.exam.Candidate> candidates = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("""
                SELECT n.id, p.citizen_id, n.status, n.exam_score, n.exam_absent FROM promotion_nomination n
                JOIN personnel_person p ON p.id = n.person_id WHERE n.round_id = ?""", row -> {
            if (!NominationStatus.DU_DIEU_KIEN.name().equals(row.getString("status"))) {
                updates.add(new Object[] {null, "KHONG_DU_DIEU_KIEN", row.getLong("id")});
                return;
            }
            ids.put(row.getString("citizen_id"), row.getLong("id"));
            boolean absent = Boolean.TRUE.equals(row.getObject("exam_absent"));
            candidates.add(new vn.noivu.bpm.exam.Candidate(row.getString("citizen_id"), row.getBigDecimal("exam_score"),
                    null, null, null, java.math.BigDecimal.ZERO, absent));
        }, round.id());
        List<String> tied = new ArrayList<>();
        long winners = 0;
        for (vn.noivu.bpm.exam.Ranking.Ranked r : vn.noivu.bpm.exam.Ranking.rank(candidates, round.quota(), rules)) {
            String outcome = switch (r.outcome()) {
                case WINNER -> "TRUNG_TUYEN";
                case AWAITING_DECISION -> "CHO_QUYET_DINH";
                default -> "KHONG_TRUNG_TUYEN";
            };
            winners += r.outcome() == Outcome.WINNER ? 1 : 0;
            if (r.outcome() == Outcome.AWAITING_DECISION) {
                tied.add(r.candidate().id() + ": " + r.total());
            }
            updates.add(new Object[] {r.rank(), outcome, ids.get(r.candidate().id())});
        }
        jdbc.batchUpdate("UPDATE promotion_nomination SET rank_position = ?, outcome = ? WHERE id = ?", updates);
        rounds.setStatus(code, RoundStatus.CHO_DUYET_KET_QUA);
        return new PromotionService.Selected(!tied.isEmpty(), PromotionService.summary("Còn " + (round.quota() - winners) + " chỉ tiêu cho " + tied.size()
                + " người bằng điểm sau mọi tiêu chí (" + rules.citation() + ")", tied),
                "Chỉ tiêu " + round.quota() + ": trúng tuyển " + winners + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size())
                        + ". Điểm đạt " + rules.professionalMinScore() + ". Danh sách: /api/promotion/rounds/" + code + "/results");
    }
}
