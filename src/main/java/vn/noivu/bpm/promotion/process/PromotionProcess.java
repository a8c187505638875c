package vn.noivu.bpm.promotion.process;

/** The process key and variables of {@code promotion-round}: the only place they are spelled. */
public final class PromotionProcess {

    public static final String KEY = "promotion-round";

    public static final String SCORES_IMPORTED = "promotionScoresImported";

    public static final String ROUND_CODE = "roundCode";
    /** XET or THI: the gateway after the eligibility check routes on it. */
    public static final String METHOD = "method";
    public static final String ROUND_TITLE = "roundTitle";
    public static final String PLAN_SUMMARY = "planSummary";
    /** After PUT /api/promotion/rounds/{code} on a returned plan: what changed, in words, for the head. */
    public static final String PLAN_CHANGES = "planChanges";
    public static final String FILING_DEADLINE_END = "filingDeadlineEnd";
    public static final String ELIGIBLE_SUMMARY = "eligibleSummary";
    /**
     * recordAssessment: members present, nominees the council did not approve (citizen IDs separated by commas, or
     * ticked: a JSON array), the minutes.
     */
    public static final String MEMBERS_PRESENT = "membersPresent";
    public static final String REJECTED_NOMINEES = "rejectedNominees";
    public static final String ASSESSMENT_MINUTES = "assessmentMinutes";
    /**
     * recordAssessment (optional): the vote on each nominee, a line each: "citizenId; votes for; votes against; x"
     * (x when the chair voted for); or, from the form, a JSON row per nominee {citizenId, nominee, votesFor,
     * votesAgainst, chairFor}, prefilled by checkEligibility. A nominee the vote does not carry is not approved.
     */
    public static final String ASSESSMENT_VOTES = "assessmentVotes";
    /** recordAssessment: the eligible nominees to tick as not approved, {label, value: citizen ID} (JSON). */
    public static final String NOMINEE_OPTIONS = "nomineeOptions";
    /** decideTie: the nominees awaiting the head's decision to tick, {label, value: citizen ID} (JSON). */
    public static final String TIE_OPTIONS = "tieOptions";
    /** The meeting had its quorum: otherwise the council meets again. */
    public static final String QUORATE = "quorate";
    public static final String TIE_TO_DECIDE = "tieToDecide";
    public static final String TIE_SUMMARY = "tieSummary";
    /** decideTie: citizen IDs separated by commas, or ticked (a JSON array). */
    public static final String SELECTED_NOMINEES = "selectedNominees";
    public static final String RESULTS_SUMMARY = "resultsSummary";
    /**
     * issueAppointments (rounds started before the decision was issued through document-issue): the decision's
     * number as typed by the head; winners under discipline wait (appointmentsDeferred).
     */
    public static final String APPOINTMENT_DECISION = "appointmentDecision";
    public static final String APPOINTMENT_SUMMARY = "appointmentSummary";
    public static final String APPOINTMENTS_DEFERRED = "appointmentsDeferred";
    /** prepareAppointments: the round's staff type (CONG_CHUC, VIEN_CHUC), which picks the decision's type. */
    public static final String STAFF_TYPE = "staffType";
    /** prepareAppointments: someone is appointable today, so a decision is issued. */
    public static final String APPOINTEES_NOW = "appointeesNow";
    /** issueAppointmentDecision's outputs (document-issue): the register's id and "Số: 05/QĐ-SNV". */
    public static final String APPOINTMENT_DOCUMENT_ID = "appointmentDocumentId";
    public static final String APPOINTMENT_DOCUMENT_NUMBER = "appointmentDocumentNumber";
    /** issueCouncilDecision's outputs (document-issue). */
    public static final String COUNCIL_DECISION_ID = "councilDecisionId";
    public static final String COUNCIL_DECISION_NUMBER = "councilDecisionNumber";
    /** The receive task an exam round waits at for its scores; its council must be formed first. */
    public static final String AWAIT_EXAM_SCORES = "awaitExamScores";

    private PromotionProcess() {
    }

    public static String roundCode(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return (String) execution.getVariable(ROUND_CODE);
    }

    /** After a ranking: whether the head must decide a tie, and the summaries the next tasks show. */
    static void expose(org.camunda.bpm.engine.delegate.VariableScope execution, PromotionSelection.Selected selected) {
        execution.setVariable(TIE_TO_DECIDE, selected.tieToDecide());
        execution.setVariable(TIE_SUMMARY, selected.tieSummary());
        execution.setVariable(RESULTS_SUMMARY, selected.resultsSummary());
    }
}
