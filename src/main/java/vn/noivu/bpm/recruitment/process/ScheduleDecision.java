package vn.noivu.bpm.recruitment.process;

import static vn.noivu.bpm.recruitment.process.HiringVariables.flag;
import static vn.noivu.bpm.recruitment.process.HiringVariables.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.engine.LegacyBeanNames;

/** {@code scheduleDecision}: the dossier is complete; the decision is due within the legal period. */
@Component("recruitmentScheduleDecision")
@LegacyBeanNames("scheduleRecruitmentDecision")
public class ScheduleDecision implements JavaDelegate {

    private final Hiring hiring;

    ScheduleDecision(Hiring hiring) {
        this.hiring = hiring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> documents = new ArrayList<>();
        if (flag(execution, HiringProcess.DOC_DIPLOMAS)) {
            documents.add("văn bằng, chứng chỉ");
        }
        if (flag(execution, HiringProcess.DOC_PRIORITY_PROOF)) {
            documents.add("giấy tờ ưu tiên");
        }
        if (flag(execution, HiringProcess.DOC_JUDICIAL_RECORD)) {
            documents.add("Phiếu lý lịch tư pháp số 1");
        }
        String note = text(execution, HiringProcess.DOSSIER_NOTE);
        String summary = "Đã nhận: " + (documents.isEmpty() ? "(không ghi)" : String.join("; ", documents))
                + (note == null ? "" : ". " + note);
        LocalDate due = hiring.dossierCompleted(HiringProcess.applicationNumber(execution), summary);
        execution.setVariable(HiringProcess.DOSSIER_SUMMARY, summary);
        execution.setVariable(HiringProcess.DECISION_DUE, Deadlines.endOfDay(due));
    }
}
