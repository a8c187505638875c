package vn.noivu.bpm.promotion.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.exam.Candidate;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Ranking;
import vn.noivu.bpm.exam.Scoring;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.promotion.PromotionVocabulary.Outcome;
import vn.noivu.bpm.promotion.PromotionVocabulary.RoundStatus;
import vn.noivu.bpm.promotion.domain.ExamScore;
import vn.noivu.bpm.promotion.domain.Selections;
import vn.noivu.bpm.promotion.persistence.NominationRepository;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.web.ScoresImported;

/** Promotion by exam (awaitExamScores, rankExamCandidates): the council's results, then the shared exam ranking. */
@Service
public class PromotionExams {

    private final PromotionRepository rounds;
    private final NominationRepository nominations;
    private final PromotionRules rules;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public PromotionExams(PromotionRepository rounds, NominationRepository nominations, PromotionRules rules,
                          RuntimeService runtimeService, SystemAction system) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.rules = rules;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    /**
     * The council's exam results, checked whole before anything is stored: eligible nominees only, 0-100 unless
     * absent. When every eligible nominee has a result the round goes on to its ranking.
     */
    @Transactional
    public ScoresImported importScores(String code, List<ExamScore> scores) {
        // Two sheets at once would both complete the scores and move the round twice: one at a time.
        PromotionRepository.RoundRow round = rounds.roundForUpdate(code);
        if (round.status() != RoundStatus.THI) {
            throw Refused.conflict("round_not_examining",
                    "Kỳ xét " + code + " đang ở bước " + round.status() + ": không nhận điểm thi.");
        }
        // The exam council organises the exam once the decision forming it is issued (Decree 115/2020 Art. 38).
        if (system.run(() -> runtimeService.createExecutionQuery().processInstanceBusinessKey(code)
                .activityId(PromotionProcess.AWAIT_EXAM_SCORES).count()) == 0) {
            throw Refused.conflict("council_not_formed", "Kỳ xét " + code + ": quyết định thành lập Hội đồng thi"
                    + " chưa được ký ban hành, chưa nhận điểm thi.");
        }
        Map<String, Long> eligible = nominations.ofRound(round.id()).stream().filter(NominationRow::eligible)
                .collect(Collectors.toMap(NominationRow::citizenId, NominationRow::id));
        List<NominationRepository.Score> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
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
            if (!score.scoreInRange()) {
                throw new InvalidInputException(field + ".score", "range", "Điểm thi là bắt buộc và phải từ 0 đến 100.");
            }
            rows.add(new NominationRepository.Score(eligible.get(score.citizenId()),
                    score.wasAbsent() ? null : Scoring.round(score.score()), score.wasAbsent()));
        }
        nominations.setScores(rows);
        int awaiting = nominations.scoresAwaited(round.id());
        if (awaiting == 0) {
            // The council's right is its role, checked by the endpoint: the round moves on as the system.
            system.run(() -> runtimeService.createMessageCorrelation(PromotionProcess.SCORES_IMPORTED)
                    .processInstanceBusinessKey(code).correlateWithResult());
        }
        return new ScoresImported(rows.size(), awaiting, awaiting == 0);
    }

    /** rankExamCandidates: the shared exam ranking with the round's pass rules; a tie across the last place waits. */
    @Transactional
    public PromotionSelection.Selected rank(String code) {
        PromotionRepository.RoundRow round = rounds.round(code);
        PassRules passRules = rules.passRules(round);
        List<NominationRepository.Placement> placements = new ArrayList<>();
        Map<String, Long> ids = new java.util.HashMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (NominationRow n : nominations.ofRound(round.id())) {
            if (!n.eligible()) {
                placements.add(new NominationRepository.Placement(n.id(), null, Outcome.KHONG_DU_DIEU_KIEN));
                continue;
            }
            ids.put(n.citizenId(), n.id());
            names.put(n.citizenId(), n.fullName());
            candidates.add(new Candidate(n.citizenId(), n.examScore(), null, null, null, BigDecimal.ZERO, n.examAbsent()));
        }
        List<String> tied = new ArrayList<>();
        for (Ranking.Ranked r : Ranking.rank(candidates, round.quota(), passRules)) {
            Outcome outcome = Selections.published(r.outcome());
            if (outcome == Outcome.CHO_QUYET_DINH) {
                tied.add("- " + names.get(r.candidate().id()) + " (CCCD " + vn.noivu.bpm.platform.web.PersonalData
                        .maskCitizenId(r.candidate().id()) + "): " + r.total() + " điểm");
            }
            placements.add(new NominationRepository.Placement(ids.get(r.candidate().id()), r.rank(), outcome));
        }
        nominations.setPlacements(placements);
        rounds.setStatus(code, RoundStatus.CHO_DUYET_KET_QUA);
        long winners = placements.stream().filter(p -> p.outcome() == Outcome.TRUNG_TUYEN).count();
        return new PromotionSelection.Selected(!tied.isEmpty(), Selections.summary("Còn " + (round.quota() - winners)
                + " chỉ tiêu cho " + tied.size() + " người bằng điểm sau mọi tiêu chí (" + passRules.citation() + ")", tied),
                "Chỉ tiêu " + round.quota() + ": trúng tuyển " + winners + (tied.isEmpty() ? "" : ", chờ quyết định " + tied.size())
                        + ". Điểm đạt " + passRules.professionalMinScore() + ".");
    }
}
