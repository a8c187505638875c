package vn.noivu.bpm.commendation.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;

/** What the decider is asked: the titles the decision would list now, and the whole list in words. */
final class YearDecision {

    private YearDecision() {
    }

    /** The open nominations the decision would award: eligible, vote passed where one was needed, within the quota. */
    static List<NominationRow> awardable(YearRepository years, long yearId) {
        return years.openNominations(yearId).stream().filter(n -> Status.valueOf(n.status()) == Status.DU_DIEU_KIEN)
                .toList();
    }

    static void expose(VariableScope scope, YearRepository years, YearRow year) {
        scope.setVariable(CommendationYearProcess.AWARD_COUNT, awardable(years, year.id()).size());
        scope.setVariable(CommendationYearProcess.NOMINATION_SUMMARY, YearSheets.summary(years.openNominations(year.id()),
                YearSheets.staffById(years, year.id()), year));
    }
}
