package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardRepository;
import vn.noivu.bpm.personnel.AwardVocabulary;

/**
 * recordAwards: each title the decision lists enters the award register (source QUY_TRINH, kind CONG_TRANG) with
 * the number and date of the decision as issued; the nominations that did not make it are closed; the postponed
 * ones wait for the outcome of their proceedings (followPostponed).
 */
@Component("commendationYearRecordAwards")
public class YearRecordAwards implements JavaDelegate {

    private final YearRepository years;
    private final AwardRegister register;
    private final DocumentService documents;
    private final AwardRepository awards;

    public YearRecordAwards(YearRepository years, AwardRegister register, DocumentService documents,
                            AwardRepository awards) {
        this.years = years;
        this.register = register;
        this.documents = documents;
        this.awards = awards;
    }

    @Override
    @Transactional
    public void execute(DelegateExecution execution) {
        long yearId = CommendationYearProcess.yearId(execution);
        YearRow year = years.find(yearId).orElseThrow();
        Map<Long, StaffRow> staff = YearSheets.staffById(years, yearId);
        List<NominationRow> awardable = YearDecision.awardable(years, yearId);
        if (!awardable.isEmpty()) {
            Number documentId = (Number) execution.getVariable(CommendationYearProcess.DECISION_DOCUMENT_ID);
            OutgoingDocument issued = documents.issued(documentId.longValue()).orElseThrow(() -> new IllegalStateException(
                    "Decision " + documentId + " of emulation year " + yearId + " is not in the register"));
            String number = Decree30.numberText(issued.number(), issued.symbol());
            String decider = (String) execution.getVariable(CommendationYearProcess.DECIDER_LABEL);
            List<Award.Given> given = new ArrayList<>();
            for (NominationRow n : awardable) {
                Award.Holder holder = "TAP_THE".equals(n.subject())
                        ? Award.Holder.collective(year.unitCode(), year.unitName())
                        : Award.Holder.person(staff.get(n.staffId()).citizenId());
                given.add(new Award.Given(holder, AwardVocabulary.Title.valueOf(n.title()), year.year(),
                        AwardVocabulary.Kind.CONG_TRANG));
            }
            // An award entered by hand while the year was under way is already in the register: the decision stands,
            // the register keeps the earlier entry, and the nomination says so instead of failing the job.
            Set<String> held = awards.existing(given);
            List<Award.Given> fresh = given.stream()
                    .filter(g -> !held.contains(AwardRepository.key(g.holder(), g.title(), g.year()))).toList();
            if (!fresh.isEmpty()) {
                register.record(new Award.Decision(number, issued.issuedOn(), decider == null ? year.unitName() : decider),
                        fresh, AwardVocabulary.Source.QUY_TRINH, YearRules.owner(yearId), "system");
            }
            for (int i = 0; i < awardable.size(); i++) {
                NominationRow n = awardable.get(i);
                years.decide(n.id(), Status.DA_CONG_NHAN.name(), number, issued.issuedOn());
                if (!fresh.contains(given.get(i))) {
                    years.setStatus(n.id(), Status.DA_CONG_NHAN.name(), "Sổ khen thưởng đã có danh hiệu này của năm "
                            + year.year() + " (ghi trước quyết định " + number + "); không ghi lại lần thứ hai.");
                }
            }
            years.setDecision(yearId, number, issued.issuedOn());
        }
        for (NominationRow n : years.openNominations(yearId)) {
            Status status = Status.valueOf(n.status());
            if (status == Status.KHONG_DAT || status == Status.VUOT_CHI_TIEU || status == Status.DE_NGHI_CAP_TREN) {
                years.close(n.id(), status.name(), n.statusNote());
            }
        }
        List<NominationRow> postponed = years.openNominations(yearId).stream()
                .filter(n -> Status.valueOf(n.status()) == Status.HOAN_XET).toList();
        execution.setVariable(CommendationYearProcess.POSTPONED_REMAIN, !postponed.isEmpty());
        execution.setVariable(CommendationYearProcess.POSTPONED_SHEET, postponedSheet(postponed, staff, year));
        years.setStatus(yearId, postponed.isEmpty() ? "KET_THUC" : "THEO_DOI_HOAN_XET");
    }

    /** The follow-up rows: who, which title, which proceedings; the result prefilled from the staff row. */
    static org.camunda.bpm.engine.variable.value.TypedValue postponedSheet(List<NominationRow> postponed,
                                                                           Map<Long, StaffRow> staff, YearRow year) {
        ArrayNode rows = YearSheets.JSON.createArrayNode();
        for (NominationRow n : postponed) {
            StaffRow s = staff.get(n.staffId());
            ObjectNode row = rows.addObject();
            row.put("nominationId", n.id());
            row.put("nominee", YearSheets.holder(n, staff, year) + " · " + Title.valueOf(n.title()).label());
            row.put("proceedings", s == null || s.proceedings() == null ? "" : YearProceedings.label(s.proceedings())
                    + (s.proceedingsNote() == null ? "" : ": " + s.proceedingsNote()));
            row.put("result", s != null && s.proceedings() == null && s.proceedingsOutcome() != null
                    ? s.proceedingsOutcome() : "CON_XU_LY");
            row.put("note", "");
        }
        return YearSheets.json(rows);
    }
}
