package vn.noivu.bpm.recruitment.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.exam.PassRules;
import vn.noivu.bpm.exam.Scoring;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.platform.web.InvalidInputException;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ExamStage;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;
import vn.noivu.bpm.recruitment.domain.ExamStructure;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;
import vn.noivu.bpm.recruitment.persistence.ScoreRepository;

/**
 * The council's score sheets. A sheet is checked whole before anything is stored; when every candidate of the
 * stage has a result, the round moves on (the process's message for the stage).
 */
@Service
public class ScoreImport {

    public record Sheet(@NotNull(message = "stage là bắt buộc (VONG_1, VONG_2 hoặc PHUC_KHAO).") ExamStage stage,
                       @NotEmpty(message = "Bảng điểm cần ít nhất một dòng.") List<@NotNull(message = "Dòng điểm không được để trống.") @Valid Line> scores) {
    }

    /**
     * One candidate's result: VONG_1 correctAnswers/totalQuestions (and part2Correct/part2Questions where round 1
     * has a second part); VONG_2 score, or written and interview;
     * PHUC_KHAO the re-marking markers (marker3 when the first two differ).
     */
    public record Line(@NotNull(message = "applicationNumber là bắt buộc.")
                       @jakarta.validation.constraints.Size(max = 60, message = "Số Phiếu tối đa 60 ký tự.") String applicationNumber,
                       Integer correctAnswers, Integer totalQuestions, BigDecimal score, BigDecimal written,
                       BigDecimal interview, Boolean absent, BigDecimal marker1, BigDecimal marker2,
                       BigDecimal marker3, Integer part2Correct, Integer part2Questions) {

        public Line(String applicationNumber, Integer correctAnswers, Integer totalQuestions, BigDecimal score,
                    BigDecimal written, BigDecimal interview, Boolean absent) {
            this(applicationNumber, correctAnswers, totalQuestions, score, written, interview, absent, null, null, null,
                    null, null);
        }

        boolean isAbsent() {
            return Boolean.TRUE.equals(absent);
        }
    }

    public record Imported(ExamStage stage, int stored, int awaiting, boolean stageComplete, RoundStatus status) {
    }

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    private final RoundRepository rounds;
    private final ScoreRepository scores;
    private final ExamStructure examStructure;
    private final RoundRanking ranking;
    private final ReviewRequests reviews;
    private final RuntimeService runtimeService;
    private final SystemAction system;

    public ScoreImport(RoundRepository rounds, ScoreRepository scores, ExamStructure examStructure,
                       RoundRanking ranking, ReviewRequests reviews, RuntimeService runtimeService,
                       SystemAction system) {
        this.rounds = rounds;
        this.scores = scores;
        this.examStructure = examStructure;
        this.ranking = ranking;
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.system = system;
    }

    @Transactional
    public Imported importSheet(String roundCode, Sheet sheet) {
        // Two sheets of one round at once would both write the same scores: the second waits for the first.
        RoundRow round = rounds.findForUpdate(roundCode).orElseThrow(() -> Refused.notFound("round_not_found",
                "Không có kỳ tuyển dụng " + roundCode + "."));
        if (sheet.stage() == ExamStage.PHUC_KHAO) {
            ReviewRequests.Remarked remarked = reviews.importRemarks(round, sheet.scores().stream().map(line ->
                    new ReviewRequests.Remark(line.applicationNumber(), line.marker1(), line.marker2(), line.marker3()))
                    .toList());
            return new Imported(sheet.stage(), remarked.stored(), remarked.awaiting(), remarked.awaiting() == 0,
                    RoundStatus.valueOf(rounds.find(roundCode).orElseThrow().status()));
        }
        RoundStatus expected = sheet.stage() == ExamStage.VONG_1 ? RoundStatus.THI_VONG_1 : RoundStatus.THI_VONG_2;
        if (RoundStatus.valueOf(round.status()).ordinal() > expected.ordinal()) {
            throw Refused.conflict("stage_complete", "Điểm " + sheet.stage() + " của kỳ tuyển dụng "
                    + roundCode + " đã nhận đủ; kỳ đang ở bước " + round.status() + ".");
        }
        if (!expected.name().equals(round.status())) {
            throw new InvalidInputException("stage", "order", "Kỳ tuyển dụng đang ở bước " + round.status()
                    + ": chưa nhận được điểm " + sheet.stage() + ".");
        }
        Map<String, Candidate> candidates = candidates(round, sheet.stage());
        Map<Long, Line> lines = checkedLines(sheet, candidates);
        scores.replace(sheet.stage(), lines.entrySet().stream().map(e -> new ScoreRepository.ScoreRow(e.getKey(),
                e.getValue().correctAnswers(), e.getValue().totalQuestions(), round2(e.getValue().score()),
                round2(e.getValue().written()), round2(e.getValue().interview()), e.getValue().isAbsent(),
                e.getValue().part2Correct(), e.getValue().part2Questions())).toList());
        Set<Long> scored = scores.scored(round.id(), sheet.stage());
        int awaiting = (int) candidates.values().stream().filter(c -> !scored.contains(c.applicationId())).count();
        boolean complete = awaiting == 0;
        RoundStatus status = RoundStatus.valueOf(round.status());
        if (complete) {
            if (sheet.stage() == ExamStage.VONG_1) {
                rounds.setStatus(roundCode, RoundStatus.THI_VONG_2);
            }
            system.run(() -> runtimeService.createMessageCorrelation(sheet.stage() == ExamStage.VONG_1
                    ? RecruitmentProcess.ROUND_1_SCORES_IMPORTED : RecruitmentProcess.ROUND_2_SCORES_IMPORTED)
                    .processInstanceBusinessKey(roundCode).correlateWithResult());
            status = RoundStatus.valueOf(rounds.find(roundCode).orElseThrow().status());
        }
        return new Imported(sheet.stage(), lines.size(), awaiting, complete, status);
    }

    /** Every line of the sheet checked before anything is stored: a candidate of the stage, once, values in range. */
    private static Map<Long, Line> checkedLines(Sheet sheet, Map<String, Candidate> candidates) {
        Map<Long, Line> lines = new HashMap<>();
        for (int i = 0; i < sheet.scores().size(); i++) {
            Line line = sheet.scores().get(i);
            String field = "scores[" + i + "]";
            Candidate candidate = candidates.get(line.applicationNumber());
            if (candidate == null) {
                throw new InvalidInputException(field + ".applicationNumber", "candidate", "Phiếu " + line.applicationNumber()
                        + " không thuộc danh sách dự thi " + sheet.stage() + " của kỳ tuyển dụng.");
            }
            if (lines.put(candidate.applicationId(), line) != null) {
                throw new InvalidInputException(field + ".applicationNumber", "unique",
                        "Phiếu " + line.applicationNumber() + " có hai dòng trong bảng điểm.");
            }
            if (!line.isAbsent()) {
                check(sheet.stage(), candidate.round2Format(), line, field);
            }
        }
        return lines;
    }

    private record Candidate(long applicationId, String round2Format) {
    }

    /** Who sits the stage: round 1, the eligible of positions with one; round 2, those eligible who passed round 1. */
    private Map<String, Candidate> candidates(RoundRow round, ExamStage stage) {
        Map<Long, PositionRow> positions = new HashMap<>();
        Map<Long, Boolean> hasRound1 = new HashMap<>();
        rounds.positions(round.id()).forEach(p -> {
            positions.put(p.id(), p);
            hasRound1.put(p.id(), examStructure.of(round, RecruitmentVocabulary.Rank.valueOf(p.rank())).hasRound1());
        });
        PassRules rules = ranking.passRules(round);
        Map<String, Candidate> result = new HashMap<>();
        for (ScoreRepository.EligibleRow row : scores.eligibleWithRound1(round.id())) {
            PositionRow position = positions.get(row.positionId());
            boolean withRound1 = hasRound1.get(position.id());
            boolean sits = switch (stage) {
                case VONG_1 -> withRound1;
                case VONG_2 -> !withRound1 || (row.correctAnswers() != null && !Boolean.TRUE.equals(row.absent())
                        && Scoring.round1Passed(row.correctAnswers(), row.totalQuestions(), row.part2Correct(),
                        row.part2Questions(), rules));
                case PHUC_KHAO -> throw new IllegalStateException("Re-marking is read by ReviewRequests");
            };
            if (sits) {
                result.put(row.applicationNumber(), new Candidate(row.applicationId(), position.round2Format()));
            }
        }
        return result;
    }

    private static void check(ExamStage stage, String round2Format, Line line, String field) {
        if (stage == ExamStage.VONG_1) {
            if (line.totalQuestions() == null || line.totalQuestions() <= 0) {
                throw new InvalidInputException(field + ".totalQuestions", "positive", "Số câu hỏi phải lớn hơn 0.");
            }
            if (line.correctAnswers() == null || line.correctAnswers() < 0 || line.correctAnswers() > line.totalQuestions()) {
                throw new InvalidInputException(field + ".correctAnswers", "range",
                        "Số câu trả lời đúng phải từ 0 đến " + line.totalQuestions() + ".");
            }
            if (line.part2Questions() != null && line.part2Questions() <= 0) {
                throw new InvalidInputException(field + ".part2Questions", "positive", "Số câu hỏi phần II phải lớn hơn 0.");
            }
            if ((line.part2Questions() == null) != (line.part2Correct() == null)
                    || line.part2Correct() != null && (line.part2Correct() < 0 || line.part2Correct() > line.part2Questions())) {
                throw new InvalidInputException(field + ".part2Correct", "range", "Phần II: nhập cả số câu đúng và số câu "
                        + "hỏi, số câu đúng từ 0 đến số câu hỏi (bỏ trống cả hai khi không thi phần II).");
            }
        } else if (Round2Format.VIET_PHONG_VAN.name().equals(round2Format)) {
            score(line.written(), field + ".written", "Điểm thi viết");
            score(line.interview(), field + ".interview", "Điểm phỏng vấn");
        } else {
            score(line.score(), field + ".score", "Điểm thi");
        }
    }

    private static void score(BigDecimal value, String field, String label) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "range", label + " là bắt buộc và phải từ 0 đến 100.");
        }
    }

    private static BigDecimal round2(BigDecimal value) {
        return value == null ? null : Scoring.round(value);
    }
}
