package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.Decider;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;

/**
 * evaluateNominations: every open nomination through the rule tables; the council's vote sheet for the titles it
 * votes on (P6, P6a), the decider's words for the decision task (C12c), the summary the next tasks show.
 */
@Component("commendationYearEvaluate")
public class YearEvaluate implements JavaDelegate {

    private final YearEvaluation evaluation;
    private final YearRepository years;
    private final YearRules rules;

    public YearEvaluate(YearEvaluation evaluation, YearRepository years, YearRules rules) {
        this.evaluation = evaluation;
        this.years = years;
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long yearId = CommendationYearProcess.yearId(execution);
        evaluation.evaluate(yearId);
        YearRow year = evaluation.year(yearId);
        Map<Long, StaffRow> staff = YearSheets.staffById(years, yearId);
        List<NominationRow> open = years.openNominations(yearId);
        ArrayNode sheet = YearSheets.JSON.createArrayNode();
        for (NominationRow n : open) {
            if (Status.valueOf(n.status()) == Status.CHO_BO_PHIEU) {
                ObjectNode row = sheet.addObject();
                row.put("nominationId", n.id());
                row.put("nominee", YearSheets.holder(n, staff, year) + " · " + Title.valueOf(n.title()).label());
                row.put("reason", n.reason());
                row.put("rule", "Cần từ " + n.voteThreshold() + "% trên tổng số " + year.councilMembers()
                        + " thành viên Hội đồng đồng ý");
                row.put("agree", "");
                row.put("against", "");
            }
        }
        boolean voteNeeded = !sheet.isEmpty();
        execution.setVariable(CommendationYearProcess.VOTE_NEEDED, voteNeeded);
        execution.setVariable(CommendationYearProcess.VOTE_SHEET, YearSheets.json(sheet));
        execution.setVariable(CommendationYearProcess.COUNCIL_MEMBERS, year.councilMembers());
        execution.setVariable(CommendationYearProcess.NOMINATION_SUMMARY, YearSheets.summary(open, staff, year));
        decider(execution, year);
        YearDecision.expose(execution, years, year);
        years.setStatus(yearId, voteNeeded ? "BO_PHIEU" : "CHO_QUYET_DINH");
    }

    /** Who decides the unit's base-level titles, in the words of the table commendation-deciders. */
    private void decider(DelegateExecution execution, YearRow year) {
        CommendationRules table = rules.rules(year.id());
        CommendationRules.DeciderRow row = table.decider(Title.LAO_DONG_TIEN_TIEN, Decider.UnitKind.valueOf(year.unitKind()),
                year.startedOn());
        execution.setVariable(CommendationYearProcess.DECIDER_LABEL, row.decider().label());
        execution.setVariable(CommendationYearProcess.DECIDER_BASIS, row.citation());
    }
}
