package vn.noivu.bpm.recruitment.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.recruitment.HiringDocuments.CancellationGround;
import vn.noivu.bpm.recruitment.RecruitmentMilestone;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.domain.HiringRules;
import vn.noivu.bpm.recruitment.domain.Winner;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;

/**
 * From the offer to the start of work: the steps of one winner's hiring-dossier. Periods come from the round's
 * hiring rule table; who is offered a place is {@link HiringOffers}.
 */
@Service
public class Hiring {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HiringRepository hirings;
    private final ApplicationRepository applications;
    private final HiringOffers offers;
    private final HiringRules rules;
    private final Deadlines deadlines;
    private final ApplicantNotifications notifications;

    public Hiring(HiringRepository hirings, ApplicationRepository applications, HiringOffers offers, HiringRules rules,
                  Deadlines deadlines, ApplicantNotifications notifications) {
        this.hirings = hirings;
        this.applications = applications;
        this.offers = offers;
        this.rules = rules;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    private static LocalDate today() {
        return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
    }

    public Winner winner(String applicationNumber) {
        return offers.winner(applicationNumber);
    }

    public HiringRules.Periods periods(Winner winner) {
        return rules.periods(winner.round());
    }

    /**
     * openHiringDossier: civil servants have the period from the publication, set now; public employees from the
     * day they receive the notice (recorded by the official). Answers whether that day must be recorded first.
     */
    public boolean openDossier(String applicationNumber) {
        Winner winner = winner(applicationNumber);
        HiringRules.Periods periods = periods(winner);
        if (periods.dossierFrom() == HiringRules.From.NOTICE_RECEIPT) {
            return true;
        }
        setDossierDeadline(winner, periods.dossierDeadline(deadlines, today()));
        return false;
    }

    public void noticeReceived(String applicationNumber, LocalDate receivedOn) {
        Winner winner = winner(applicationNumber);
        if (receivedOn.isAfter(today())) {
            throw new BadUserRequestException(HiringProcess.NOTICE_RECEIVED_ON
                    + ": ngày nhận thông báo không thể sau hôm nay / cannot be in the future");
        }
        hirings.setNoticeReceived(winner.applicationId(), receivedOn);
        setDossierDeadline(winner, periods(winner).dossierDeadline(deadlines, receivedOn));
    }

    private void setDossierDeadline(Winner winner, LocalDate deadline) {
        hirings.setDossierDeadline(winner.applicationId(), deadline);
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.DOSSIER_DEADLINE,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(),
                "Hồ sơ gồm: " + requiredDocuments(winner), deadline)));
    }

    public String requiredDocuments(Winner winner) {
        HiringRules.Periods periods = periods(winner);
        return "bản sao văn bằng, chứng chỉ, kết quả học tập theo yêu cầu của vị trí; giấy tờ chứng nhận đối tượng ưu tiên "
                + "(nếu có)" + (periods.judicialRecordInDossier() ? "; Phiếu lý lịch tư pháp số 1" : "") + ". "
                + periods.citation();
    }

    public String dossierDeadlineText(String applicationNumber) {
        return "hết ngày " + DATE.format(winner(applicationNumber).dossierDeadline());
    }

    /** scheduleRecruitmentDecision: the dossier is complete; answers the decision's due date. */
    public LocalDate dossierCompleted(String applicationNumber, String documents) {
        Winner winner = winner(applicationNumber);
        LocalDate completed = today();
        hirings.dossierCompleted(winner.applicationId(), documents, completed);
        applications.addEvent(winner.applicationId(), ApplicationEvent.DA_NHAN_DU_HO_SO, documents);
        offers.progress(winner.round(), null);
        return periods(winner).decisionDeadline(deadlines, winner.dossierDeadline(), completed);
    }

    /** recordRecruitmentDecision: answers whether the authority still has to ask for the criminal record. */
    public boolean decisionIssued(String applicationNumber, String decisionNumber, LocalDate decisionDate) {
        Winner winner = winner(applicationNumber);
        HiringRules.Periods periods = periods(winner);
        LocalDate startDeadline = periods.startDeadline(deadlines, decisionDate);
        hirings.decisionIssued(winner.applicationId(), decisionNumber, decisionDate, startDeadline);
        applications.addEvent(winner.applicationId(), ApplicationEvent.CO_QUYET_DINH_TUYEN_DUNG, "Quyết định số " + decisionNumber
                + " ngày " + DATE.format(decisionDate));
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.DECISION,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(),
                "Quyết định số " + decisionNumber + " ngày " + DATE.format(decisionDate)
                        + (periods.workContract() ? ". Đề nghị ký hợp đồng làm việc và nhận việc." : "."), startDeadline)));
        offers.progress(winner.round(), null);
        return !periods.judicialRecordInDossier();
    }

    public LocalDate startDeadline(String applicationNumber) {
        return winner(applicationNumber).startDeadline();
    }

    public void extendStart(String applicationNumber, LocalDate until) {
        Winner winner = winner(applicationNumber);
        hirings.setStartDeadline(winner.applicationId(), until);
        applications.addEvent(winner.applicationId(), ApplicationEvent.GIA_HAN_NHAN_VIEC, "Đến hết ngày " + DATE.format(until));
    }

    /** completeHiring: started work; public employees' probation from the table, less prior work in the same job. */
    public void started(String applicationNumber, LocalDate startedOn, boolean physician, int priorInsuredMonths,
                        String endingInstanceId) {
        Winner winner = winner(applicationNumber);
        HiringRules.Periods periods = periods(winner);
        Integer months = null;
        LocalDate probationEnd = null;
        String note = "Ngày nhận việc " + DATE.format(startedOn);
        if (periods.probation()) {
            HiringRules.Probation probation = rules.probation(winner.round(), winner.minDegree(), physician,
                    priorInsuredMonths);
            months = probation.months();
            probationEnd = months == 0 ? null : startedOn.plusMonths(months).minusDays(1);
            note += months == 0 ? "; miễn tập sự (" + probation.citation() + ")"
                    : "; tập sự " + months + " tháng, đến hết ngày " + DATE.format(probationEnd) + " (" + probation.citation() + ")";
        }
        hirings.started(winner.applicationId(), startedOn, months, probationEnd);
        applications.addEvent(winner.applicationId(), ApplicationEvent.DA_NHAN_VIEC, note);
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.RECRUITED,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(), note, null)));
        offers.progress(winner.round(), endingInstanceId);
    }

    /** A cancellation to be decided: its ground and note, which the draft decision states. */
    public void prepareCancellation(String applicationNumber, CancellationGround ground, String detail) {
        hirings.setCancellationGround(winner(applicationNumber).applicationId(), ground.name(),
                detail == null || detail.isBlank() ? null : detail.trim());
    }

    /** The head cancels the result (dossier missing or fraud) or the decision (no-show, criminal record). */
    public void cancel(String applicationNumber, boolean decision, boolean fraud, String reason) {
        Winner winner = winner(applicationNumber);
        hirings.cancel(winner.applicationId(), decision ? HiringStatus.HUY_QUYET_DINH : HiringStatus.HUY_KET_QUA, reason);
        applications.addEvent(winner.applicationId(), decision ? ApplicationEvent.HUY_QUYET_DINH_TUYEN_DUNG
                : ApplicationEvent.HUY_KET_QUA_TRUNG_TUYEN, reason);
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.CANCELLED,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(), reason, null)));
        if (fraud) {
            hirings.barForFraud(winner.applicationId(), winner.round().agency(), winner.round().id(),
                    ClockUtil.getCurrentTime().toInstant(), reason);
        }
    }
}
