package vn.noivu.bpm.recruitment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.platform.notification.ApplicantNotifications;
import vn.noivu.bpm.platform.security.SystemAction;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationEvent;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.HiringStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.RoundStatus;

/**
 * From the published results to the start of work: one hiring-dossier instance and one recruitment_hiring row per
 * winner, and per next-ranked candidate offered a vacated place. Periods come from the round's hiring rule table.
 */
@Service
public class Hiring {

    static final String CANCELLED_OUTCOME = "HUY_TRUNG_TUYEN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A winner's row with what the steps need. */
    public record Winner(long applicationId, String applicationNumber, String fullName, String email, long positionId,
                         String positionCode, String minDegree, String agency, RoundRepository.RoundRow round,
                         HiringStatus status, LocalDate dossierDeadline, LocalDate startDeadline, String decisionNumber) {
    }

    /** The candidates immediately below in the ranking who are still to be asked; more than one is a tie. */
    public record NextRanked(List<String> applicationNumbers, String summary) {
    }

    private final RoundRepository rounds;
    private final ApplicationRepository applications;
    private final HiringRules rules;
    private final Deadlines deadlines;
    private final ApplicantNotifications notifications;
    private final RuntimeService runtimeService;
    private final SystemAction system;
    private final JdbcTemplate jdbc;

    public Hiring(RoundRepository rounds, ApplicationRepository applications, HiringRules rules, Deadlines deadlines,
                  ApplicantNotifications notifications, RuntimeService runtimeService, SystemAction system,
                  JdbcTemplate jdbc) {
        this.rounds = rounds;
        this.applications = applications;
        this.rules = rules;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.runtimeService = runtimeService;
        this.system = system;
        this.jdbc = jdbc;
    }

    private static LocalDate today() {
        return Deadlines.toLocalDate(ClockUtil.getCurrentTime());
    }

    /** publishResults: every winner of the round is asked for the hiring dossier. Answers how many. */
    public int offerToWinners(RoundRepository.RoundRow round) {
        List<Long> winners = jdbc.queryForList("""
                SELECT a.id FROM recruitment_application a JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.round_id = ? AND r.outcome = 'TRUNG_TUYEN' ORDER BY a.id""", Long.class, round.id());
        winners.forEach(id -> offer(round, id, null));
        return winners.size();
    }

    /** One winner, or the next-ranked candidate for a vacated place: the row, its history and its process. */
    void offer(RoundRepository.RoundRow round, long applicationId, Long replaces) {
        jdbc.update("""
                INSERT INTO recruitment_hiring (application_id, round_id, status, offered_at, replaces_application_id)
                VALUES (?, ?, ?, ?, ?)""", applicationId, round.id(), HiringStatus.HOAN_THIEN_HO_SO.name(),
                Timestamp.from(ClockUtil.getCurrentTime().toInstant()), replaces);
        String note = replaces == null ? null : "Thay cho Phiếu " + number(replaces) + ": " + jdbc.queryForObject(
                "SELECT cancellation_reason FROM recruitment_hiring WHERE application_id = ?", String.class, replaces);
        if (replaces != null) {
            jdbc.update("UPDATE recruitment_result SET outcome = 'TRUNG_TUYEN' WHERE application_id = ?", applicationId);
        }
        event(applicationId, ApplicationEvent.MOI_HOAN_THIEN_HO_SO, note);
        Winner winner = winner(number(applicationId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(HiringProcess.ROUND_CODE, round.code());
        variables.put(HiringProcess.APPLICATION_NUMBER, winner.applicationNumber());
        variables.put(HiringProcess.CANDIDATE_NAME, winner.fullName());
        variables.put(HiringProcess.POSITION_CODE, winner.positionCode()
                + (winner.agency() == null ? "" : " (" + winner.agency() + ")"));
        String instance = system.run(() -> runtimeService.startProcessInstanceByKey(HiringProcess.KEY,
                winner.applicationNumber(), variables).getId());
        jdbc.update("UPDATE recruitment_hiring SET process_instance_id = ? WHERE application_id = ?", instance, applicationId);
    }

    public Winner winner(String applicationNumber) {
        return jdbc.query("""
                SELECT a.id, a.application_number, a.full_name, a.email, p.id AS position_id, p.code AS position_code,
                       p.min_degree, r.assigned_agency, a.round_id, h.status, h.dossier_deadline, h.start_deadline,
                       h.decision_number
                FROM recruitment_application a JOIN recruitment_position p ON p.id = a.position_id
                JOIN recruitment_result r ON r.application_id = a.id
                JOIN recruitment_hiring h ON h.application_id = a.id
                WHERE a.application_number = ?""", (row, i) -> new Winner(row.getLong("id"),
                row.getString("application_number"), row.getString("full_name"), row.getString("email"),
                row.getLong("position_id"), row.getString("position_code"), row.getString("min_degree"),
                row.getString("assigned_agency"), rounds.byId(row.getLong("round_id")),
                HiringStatus.valueOf(row.getString("status")), localDate(row.getDate("dossier_deadline")),
                localDate(row.getDate("start_deadline")), row.getString("decision_number")), applicationNumber)
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("No hiring row for " + applicationNumber));
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
        jdbc.update("UPDATE recruitment_hiring SET notice_received_on = ? WHERE application_id = ?",
                Date.valueOf(receivedOn), winner.applicationId());
        setDossierDeadline(winner, periods(winner).dossierDeadline(deadlines, receivedOn));
    }

    private void setDossierDeadline(Winner winner, LocalDate deadline) {
        jdbc.update("UPDATE recruitment_hiring SET dossier_deadline = ? WHERE application_id = ?",
                Date.valueOf(deadline), winner.applicationId());
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
        jdbc.update("UPDATE recruitment_hiring SET documents = ?, dossier_completed_on = ? WHERE application_id = ?",
                documents, Date.valueOf(completed), winner.applicationId());
        event(winner.applicationId(), ApplicationEvent.DA_NHAN_DU_HO_SO, documents);
        progress(winner.round(), null);
        return periods(winner).decisionDeadline(deadlines, winner.dossierDeadline(), completed);
    }

    /** recordRecruitmentDecision: answers whether the authority still has to ask for the criminal record. */
    public boolean decisionIssued(String applicationNumber, String decisionNumber, LocalDate decisionDate) {
        Winner winner = winner(applicationNumber);
        HiringRules.Periods periods = periods(winner);
        LocalDate startDeadline = periods.startDeadline(deadlines, decisionDate);
        jdbc.update("""
                UPDATE recruitment_hiring SET status = ?, decision_number = ?, decision_date = ?, start_deadline = ?
                WHERE application_id = ?""", HiringStatus.DA_QUYET_DINH.name(), decisionNumber, Date.valueOf(decisionDate),
                Date.valueOf(startDeadline), winner.applicationId());
        event(winner.applicationId(), ApplicationEvent.CO_QUYET_DINH_TUYEN_DUNG, "Quyết định số " + decisionNumber
                + " ngày " + DATE.format(decisionDate));
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.DECISION,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(),
                "Quyết định số " + decisionNumber + " ngày " + DATE.format(decisionDate)
                        + (periods.workContract() ? ". Đề nghị ký hợp đồng làm việc và nhận việc." : "."), startDeadline)));
        progress(winner.round(), null);
        return !periods.judicialRecordInDossier();
    }

    public LocalDate startDeadline(String applicationNumber) {
        return winner(applicationNumber).startDeadline();
    }

    public void extendStart(String applicationNumber, LocalDate until) {
        Winner winner = winner(applicationNumber);
        jdbc.update("UPDATE recruitment_hiring SET start_deadline = ? WHERE application_id = ?", Date.valueOf(until),
                winner.applicationId());
        event(winner.applicationId(), ApplicationEvent.GIA_HAN_NHAN_VIEC, "Đến hết ngày " + DATE.format(until));
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
        jdbc.update("""
                UPDATE recruitment_hiring SET status = ?, started_on = ?, probation_months = ?, probation_end = ?
                WHERE application_id = ?""", HiringStatus.DA_NHAN_VIEC.name(), Date.valueOf(startedOn), months,
                probationEnd == null ? null : Date.valueOf(probationEnd), winner.applicationId());
        event(winner.applicationId(), ApplicationEvent.DA_NHAN_VIEC, note);
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.RECRUITED,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(), note, null)));
        progress(winner.round(), endingInstanceId);
    }

    /** The head cancels the result (dossier missing or fraud) or the decision (no-show, criminal record). */
    public void cancel(String applicationNumber, boolean decision, boolean fraud, String reason) {
        Winner winner = winner(applicationNumber);
        jdbc.update("UPDATE recruitment_hiring SET status = ?, cancellation_reason = ? WHERE application_id = ?",
                (decision ? HiringStatus.HUY_QUYET_DINH : HiringStatus.HUY_KET_QUA).name(), reason, winner.applicationId());
        jdbc.update("UPDATE recruitment_result SET outcome = ? WHERE application_id = ?", CANCELLED_OUTCOME,
                winner.applicationId());
        event(winner.applicationId(), decision ? ApplicationEvent.HUY_QUYET_DINH_TUYEN_DUNG
                : ApplicationEvent.HUY_KET_QUA_TRUNG_TUYEN, reason);
        notifications.record(List.of(new ApplicantNotifications.Message(RecruitmentMilestone.CANCELLED,
                winner.applicationNumber(), winner.email(), winner.fullName(), winner.round().title(), reason, null)));
        if (fraud) {
            String citizenId = jdbc.queryForObject("SELECT citizen_id FROM recruitment_application WHERE id = ?",
                    String.class, winner.applicationId());
            jdbc.update("""
                    INSERT INTO recruitment_fraud_bar (citizen_id, agency, found_in_round, found_at, reason)
                    VALUES (?, ?, ?, ?, ?)""", citizenId, winner.round().agency(), winner.round().id(),
                    Timestamp.from(ClockUtil.getCurrentTime().toInstant()), reason);
        }
    }

    /**
     * findNextRanked: the candidates immediately below in the ranking of the vacated place's position (and agency
     * of a shared position) who passed, were not selected and have not been asked yet. Candidates the ranking left
     * on the same rank after every legal tie-break are a tie for the head.
     */
    public NextRanked nextRanked(String vacatedNumber) {
        Winner vacated = winner(vacatedNumber);
        List<Map<String, Object>> below = jdbc.queryForList("""
                SELECT a.application_number, r.rank_position, r.total_score FROM recruitment_application a
                JOIN recruitment_result r ON r.application_id = a.id
                WHERE a.position_id = ? AND r.outcome = 'KHONG_TRUNG_TUYEN' AND r.rank_position IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM recruitment_hiring h WHERE h.application_id = a.id)
                ORDER BY r.rank_position""", vacated.positionId());
        if (below.isEmpty()) {
            return new NextRanked(List.of(), "Không còn người dự tuyển có kết quả đạt ở vị trí " + vacated.positionCode());
        }
        Object best = below.get(0).get("rank_position");
        List<String> tied = below.stream().filter(r -> best.equals(r.get("rank_position")))
                .map(r -> (String) r.get("application_number")).toList();
        return new NextRanked(tied, "Vị trí " + vacated.positionCode() + ": 1 chỉ tiêu của Phiếu " + vacatedNumber
                + " cho " + tied.size() + " người cùng kết quả " + below.get(0).get("total_score") + ": "
                + String.join(", ", tied));
    }

    /** offerPlaceToSelected and findNextRanked without a tie: the chosen candidate is asked for the dossier. */
    public void offerVacatedPlace(String vacatedNumber, String chosenNumber, String endingInstanceId) {
        Winner vacated = winner(vacatedNumber);
        Long chosen = jdbc.queryForObject("SELECT id FROM recruitment_application WHERE application_number = ?",
                Long.class, chosenNumber);
        offer(vacated.round(), chosen, vacated.applicationId());
        if (vacated.agency() != null) {
            jdbc.update("UPDATE recruitment_result SET assigned_agency = ? WHERE application_id = ?", vacated.agency(), chosen);
        }
        progress(vacated.round(), endingInstanceId);
    }

    /** The head's choice among tied next-ranked candidates: exactly one of them. */
    public String selected(String vacatedNumber, String selectedApplications) {
        List<String> tied = nextRanked(vacatedNumber).applicationNumbers();
        Set<String> chosen = selectedApplications == null ? Set.of() : Set.of(java.util.Arrays.stream(
                selectedApplications.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new));
        if (chosen.size() != 1 || !tied.containsAll(chosen)) {
            throw new BadUserRequestException(HiringProcess.SELECTED_APPLICATIONS + ": chọn đúng 1 trong số " + tied
                    + " / select exactly one of the tied candidates");
        }
        return chosen.iterator().next();
    }

    /**
     * The round's status from its winners' hiring: dossiers being completed, all decided, or all done (then the
     * round's process ends). {@code endingInstanceId}: a hiring instance that ends right after this step.
     */
    public void progress(RoundRepository.RoundRow round, String endingInstanceId) {
        Map<String, Integer> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM recruitment_hiring WHERE round_id = ? GROUP BY status",
                row -> { byStatus.put(row.getString(1), row.getInt(2)); }, round.id());
        int open = byStatus.getOrDefault(HiringStatus.HOAN_THIEN_HO_SO.name(), 0);
        int decided = byStatus.getOrDefault(HiringStatus.DA_QUYET_DINH.name(), 0);
        long running = system.run(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.KEY)
                .variableValueEquals(HiringProcess.ROUND_CODE, round.code()).list().stream()
                .filter(p -> !p.getId().equals(endingInstanceId)).count());
        RoundStatus status;
        if (open + decided == 0 && running == 0) {
            status = RoundStatus.HOAN_THANH;
        } else if (open == 0) {
            status = RoundStatus.DA_QUYET_DINH;
        } else {
            status = RoundStatus.HOAN_THIEN_HO_SO;
        }
        rounds.setStatus(round.code(), status);
        if (status == RoundStatus.HOAN_THANH) {
            system.run(() -> runtimeService.createMessageCorrelation(HiringProcess.HIRING_COMPLETED)
                    .processInstanceBusinessKey(round.code()).correlateWithResult());
        }
    }

    private void event(long applicationId, ApplicationEvent event, String note) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {applicationId, event.name(), note});
        applications.addEvents(rows);
    }

    private String number(long applicationId) {
        return jdbc.queryForObject("SELECT application_number FROM recruitment_application WHERE id = ?", String.class,
                applicationId);
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
