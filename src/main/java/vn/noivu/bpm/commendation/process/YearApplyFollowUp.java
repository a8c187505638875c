package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.platform.approval.FormLists;

/**
 * applyFollowUp: the outcome of each postponed nominee's proceedings. Cleared (KHONG_VI_PHAM): the proceedings are
 * closed and the nominee goes back through evaluation, vote and decision; disciplined (BI_KY_LUAT): not awarded
 * (Decree 152/2025 Art. 4(4): achievements count again only after the discipline period); still open: waits.
 */
@Component("commendationYearApplyFollowUp")
public class YearApplyFollowUp implements JavaDelegate {

    private final YearRepository years;

    public YearApplyFollowUp(YearRepository years) {
        this.years = years;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long yearId = CommendationYearProcess.yearId(execution);
        YearRow year = years.find(yearId).orElseThrow();
        Map<Long, StaffRow> staff = YearSheets.staffById(years, yearId);
        List<NominationRow> postponed = years.openNominations(yearId).stream()
                .filter(n -> Status.valueOf(n.status()) == Status.HOAN_XET).toList();
        JsonNode rows = FormLists.array(execution.getVariable(CommendationYearProcess.POSTPONED_SHEET),
                CommendationYearProcess.POSTPONED_SHEET);
        boolean reReview = false;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            long id = row.hasNonNull("nominationId") ? row.get("nominationId").asLong()
                    : i < postponed.size() ? postponed.get(i).id() : -1;
            NominationRow n = postponed.stream().filter(p -> p.id() == id).findFirst().orElseThrow(() ->
                    new BadUserRequestException(CommendationYearProcess.POSTPONED_SHEET + ": dòng " + (id < 0 ? "?" : id)
                            + " không phải trường hợp tạm hoãn / not a postponed nominee"));
            YearProceedings.Result result;
            try {
                result = YearProceedings.Result.valueOf(row.path("result").asText("CON_XU_LY"));
            } catch (IllegalArgumentException e) {
                throw new BadUserRequestException(CommendationYearProcess.POSTPONED_SHEET + ": kết quả phải là CON_XU_LY,"
                        + " KHONG_VI_PHAM hoặc BI_KY_LUAT / result must be one of them");
            }
            String note = row.path("note").asText("").strip();
            StaffRow s = staff.get(n.staffId());
            if (result == YearProceedings.Result.CON_XU_LY && s != null && s.proceedings() == null
                    && s.proceedingsOutcome() != null) {
                // Recorded through the API since the form was filled: the staff row is the record.
                result = YearProceedings.Result.valueOf(s.proceedingsOutcome());
            }
            if (result == YearProceedings.Result.KHONG_VI_PHAM) {
                if (s != null && s.proceedings() != null) {
                    years.closeProceedings(s.id(), result.name(), note.isEmpty() ? null : note);
                }
                years.setStatus(n.id(), Status.CHO_XET.name(), "Hết tạm hoãn: " + result.label());
                reReview = true;
            } else if (result == YearProceedings.Result.BI_KY_LUAT) {
                if (s != null && s.proceedings() != null) {
                    years.closeProceedings(s.id(), result.name(), note.isEmpty() ? null : note);
                }
                years.close(n.id(), Status.KHONG_CONG_NHAN.name(), "Kết quả xử lý: " + result.label()
                        + (note.isEmpty() ? "" : " (" + note + ")"));
            }
        }
        List<NominationRow> remaining = years.openNominations(yearId).stream()
                .filter(n -> Status.valueOf(n.status()) == Status.HOAN_XET).toList();
        execution.setVariable(CommendationYearProcess.RE_REVIEW, reReview);
        execution.setVariable(CommendationYearProcess.POSTPONED_REMAIN, !remaining.isEmpty());
        execution.setVariable(CommendationYearProcess.POSTPONED_SHEET,
                YearRecordAwards.postponedSheet(remaining, YearSheets.staffById(years, yearId), year));
        years.setStatus(yearId, reReview ? "LAP_DANH_SACH" : remaining.isEmpty() ? "KET_THUC" : "THEO_DOI_HOAN_XET");
    }
}
