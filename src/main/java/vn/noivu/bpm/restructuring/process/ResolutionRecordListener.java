package vn.noivu.bpm.restructuring.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.restructuring.domain.ChangeKind;
import vn.noivu.bpm.restructuring.domain.RestructuringRules;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * On completing the resolution's task: the resolution of the National Assembly (province-level change) or its
 * Standing Committee (commune-level) with number, date and effective date; the effective date's timer and the
 * classification's due date (Decree 307/2025 Art. 15: from the pinned classification table; R16) follow from it.
 */
@Component("restructuringResolutionRecord")
public class ResolutionRecordListener implements TaskListener {

    private final SchemeRepository schemes;
    private final RestructuringCaseRules caseRules;

    public ResolutionRecordListener(SchemeRepository schemes, RestructuringCaseRules caseRules) {
        this.schemes = schemes;
        this.caseRules = caseRules;
    }

    @Override
    public void notify(DelegateTask task) {
        long schemeId = ((Number) task.getVariable(SchemeProcess.SCHEME_ID)).longValue();
        String number = FormValues.text(task.getVariable("resolutionNumber"));
        LocalDate date = FormValues.date(task.getVariable("resolutionDate"), "resolutionDate");
        LocalDate effective = FormValues.date(task.getVariable("effectiveDate"), "effectiveDate");
        if (number == null || number.length() > 60) {
            throw new BadUserRequestException("resolutionNumber: số nghị quyết bắt buộc, tối đa 60 ký tự / required");
        }
        if (date == null || effective == null) {
            throw new BadUserRequestException("resolutionDate, effectiveDate: ngày nghị quyết và ngày có hiệu lực bắt buộc / required");
        }
        if (effective.isBefore(date)) {
            throw new BadUserRequestException("effectiveDate: ngày có hiệu lực không trước ngày nghị quyết / not before the resolution");
        }
        SchemeRepository.SchemeRow scheme = schemes.scheme(schemeId).orElseThrow();
        if (date.isBefore(scheme.schemeDate())) {
            throw new BadUserRequestException("resolutionDate: ngày nghị quyết trước ngày của đề án / before the scheme");
        }
        String body = "TINH".equals(scheme.changeLevel()) ? "QUOC_HOI" : "UY_BAN_THUONG_VU_QUOC_HOI";
        schemes.recordResolution(schemeId, body, number, date, effective);
        task.setVariable(SchemeProcess.EFFECTIVE_FROM, Date.from(effective.atStartOfDay(Deadlines.ZONE).toInstant()));
        RestructuringRules rules = caseRules.rules(RestructuringCaseRules.schemeOwner(schemeId));
        LocalDate due = null;
        String basis = null;
        for (ChangeKind change : schemes.results(schemeId).stream().map(SchemeRepository.ResultRow::change).distinct().toList()) {
            RestructuringRules.Change of = switch (change) {
                case MERGE -> RestructuringRules.Change.NHAP_HOP_NHAT;
                case DIVIDE -> RestructuringRules.Change.CHIA_TACH;
                case WARD_FROM_COMMUNE -> RestructuringRules.Change.THANH_LAP;
                default -> null;
            };
            if (of == null) {
                continue;
            }
            RestructuringRules.Classification c;
            try {
                c = rules.classification(of, effective, List.of());
            } catch (IllegalStateException noRow) {
                continue;
            }
            if (c.dueDate() != null && (due == null || c.dueDate().isBefore(due))) {
                due = c.dueDate();
                basis = c.citation();
            }
        }
        task.setVariable(SchemeProcess.CLASSIFICATION_DUE, due == null ? null
                : Date.from(due.atTime(23, 59, 59).atZone(Deadlines.ZONE).toInstant()));
        task.setVariable("classificationBasis", basis == null ? "Không có đơn vị phải phân loại lại." : basis);
    }
}
