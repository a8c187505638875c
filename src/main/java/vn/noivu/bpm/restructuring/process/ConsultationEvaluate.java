package vn.noivu.bpm.restructuring.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.restructuring.domain.SchemeStatus;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * After every commune reported: DAT when each commune reached the threshold; otherwise what the case's consultation
 * row says follows a failure (DUNG, SUA_DE_AN, LAY_Y_KIEN_LAN_HAI), not a guess. A second round consults the failed
 * communes again; a revised scheme consults every commune again. A second round that fails again stops the scheme
 * (the law's next step after a second failure is not confirmed: the consultation row's citation says so).
 */
@Component("restructuringConsultationEvaluate")
public class ConsultationEvaluate implements JavaDelegate {

    public static final String STOP = "DUNG";
    public static final String REVISE = "SUA_DE_AN";
    public static final String SECOND_ROUND = "LAY_Y_KIEN_LAN_HAI";

    private final SchemeRepository schemes;

    public ConsultationEvaluate(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long schemeId = ((Number) execution.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        int round = ((Number) execution.getVariable(SchemeProcess.CONSULTATION_ROUND)).intValue();
        List<SchemeRepository.ConsultationRow> rows = schemes.consultations(schemeId, round);
        List<SchemeRepository.ConsultationRow> failed = rows.stream().filter(r -> !Boolean.TRUE.equals(r.passed())).toList();
        String outcome;
        if (failed.isEmpty()) {
            outcome = SchemeProcess.PASSED;
            schemes.setStatus(schemeId, SchemeStatus.HDND_XEM_XET);
        } else {
            String next = failed.get(0).nextStep() == null ? STOP : failed.get(0).nextStep();
            boolean secondRoundDone = SECOND_ROUND.equals(next) && round > 1 && isSecondRound(schemeId, round);
            outcome = secondRoundDone ? STOP : next;
            switch (outcome) {
                case SECOND_ROUND -> schemes.insertConsultations(schemeId, round + 1,
                        failed.stream().map(r -> new String[] {r.communeCode(), r.communeName()}).toList());
                case REVISE -> {
                    schemes.insertConsultations(schemeId, round + 1,
                            rows.stream().map(r -> new String[] {r.communeCode(), r.communeName()}).toList());
                    schemes.setStatus(schemeId, SchemeStatus.DANG_SUA_DE_AN);
                }
                default -> schemes.setStatus(schemeId, SchemeStatus.DUNG_KHONG_DAT_Y_KIEN);
            }
            if (!STOP.equals(outcome)) {
                execution.setVariable(SchemeProcess.CONSULTATION_ROUND, round + 1);
            }
        }
        execution.setVariable(SchemeProcess.CONSULTATION_OUTCOME, outcome);
        execution.setVariable("consultationSummary", summary(rows));
    }

    /** The round's results in words, for the forms that follow (first 50 communes and the count). */
    static String summary(List<SchemeRepository.ConsultationRow> rows) {
        StringBuilder text = new StringBuilder();
        rows.stream().limit(50).forEach(r -> text.append("- ").append(r.communeName()).append(": ").append(r.agree())
                .append('/').append(r.totalHouseholds()).append(" hộ đồng ý (").append(r.agreePercent()).append("% tổng số hộ) → ")
                .append(Boolean.TRUE.equals(r.passed()) ? "Đạt" : "Không đạt").append('\n'));
        if (rows.size() > 50) {
            text.append("… và ").append(rows.size() - 50).append(" xã khác (xem trang công khai)\n");
        }
        return text.toString();
    }

    /** Whether this round was itself a second round (its communes failed the round before). */
    private boolean isSecondRound(long schemeId, int round) {
        List<SchemeRepository.ConsultationRow> before = schemes.consultations(schemeId, round - 1);
        return before.stream().anyMatch(r -> Boolean.FALSE.equals(r.passed()) && SECOND_ROUND.equals(r.nextStep()));
    }
}
