package vn.noivu.bpm.promotion.process;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.approval.FormNumbers;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;
import vn.noivu.bpm.promotion.domain.CouncilVotes;

/**
 * {@code applyAssessment}: the meeting's quorum, and the eligible nominees the council did not approve (listed, or
 * whose vote did not carry: a row per nominee, or the older text a line each). Synchronous: a bad form refuses the completion of recordAssessment.
 */
@Component("promotionApplyAssessment")
@LegacyBeanNames({"applyPromotionAssessment"})
public class ApplyAssessment implements JavaDelegate {

    private final PromotionAssessment assessment;

    public ApplyAssessment(PromotionAssessment assessment) {
        this.assessment = assessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer present = FormNumbers.wholeNumber(execution.getVariable(PromotionProcess.MEMBERS_PRESENT),
                PromotionProcess.MEMBERS_PRESENT, 0, 99);
        Object minutes = execution.getVariable(PromotionProcess.ASSESSMENT_MINUTES);
        if (present == null || !(minutes instanceof String text) || text.isBlank()) {
            throw new BadUserRequestException(PromotionProcess.MEMBERS_PRESENT + " (số) và "
                    + PromotionProcess.ASSESSMENT_MINUTES + " (biên bản) là bắt buộc / are required");
        }
        execution.setVariable(PromotionProcess.MEMBERS_PRESENT, present);
        Set<String> rejected = new HashSet<>(CouncilBallot.citizenIds(execution.getVariable(PromotionProcess.REJECTED_NOMINEES)));
        Object votes = execution.getVariable(PromotionProcess.ASSESSMENT_VOTES);
        Object voteRows = null;
        if (votes instanceof String lines && !lines.isBlank() && !lines.trim().startsWith("[")) {
            try {
                rejected.addAll(CouncilVotes.notCarried(lines, present));
            } catch (CouncilVotes.MalformedLine e) {
                throw new BadUserRequestException(PromotionProcess.ASSESSMENT_VOTES + ": dòng " + e.line()
                        + " phải là \"số định danh; số phiếu tán thành; số phiếu không tán thành; x nếu Chủ tịch tán thành\", "
                        + "tổng số phiếu không quá số thành viên dự họp / line " + e.line() + " is malformed");
            }
        } else if (votes != null && !(votes instanceof String lines && lines.isBlank())) {
            voteRows = votes;
        }
        execution.setVariable(PromotionProcess.QUORATE, assessment.record(PromotionProcess.roundCode(execution),
                present, rejected, voteRows, text.trim()));
    }
}
