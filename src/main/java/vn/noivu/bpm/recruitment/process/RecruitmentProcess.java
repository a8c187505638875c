package vn.noivu.bpm.recruitment.process;

/** The process key, message names and variables of {@code recruitment-round}: the only place they are spelled. */
public final class RecruitmentProcess {

    public static final String KEY = "recruitment-round";

    public static final String ROUND_1_SCORES_IMPORTED = "round1ScoresImported";
    public static final String ROUND_2_SCORES_IMPORTED = "round2ScoresImported";
    public static final String REVIEW_SCORES_IMPORTED = "reviewScoresImported";

    public static final String ROUND_CODE = "roundCode";
    public static final String ROUND_TITLE = "roundTitle";
    public static final String PLAN_SUMMARY = "planSummary";
    /** The end of the application deadline day, Asia/Ho_Chi_Minh: the timer of the application window. */
    public static final String APPLICATION_DEADLINE_END = "applicationDeadlineEnd";
    public static final String HAS_ROUND_1 = "hasRound1";
    public static final String ELIGIBLE_SUMMARY = "eligibleSummary";
    /** Some position's professional exam is written on paper: the review window (phúc khảo) opens. */
    public static final String REVIEW_WINDOW = "reviewWindow";
    public static final String REVIEW_WINDOW_END = "reviewWindowEnd";
    /** Some applicant asked for a review within the window: the process waits for the re-marking. */
    public static final String REVIEW_REQUESTED = "reviewRequested";
    /** Some re-marked score moved by the threshold or more: the council decides (confirmReviewScores). */
    public static final String REVIEW_SCORES_TO_CONFIRM = "reviewScoresToConfirm";
    public static final String REVIEW_SUMMARY = "reviewSummary";
    /** confirmReviewScores: CONG_NHAN_DIEM_PHUC_KHAO or GIU_DIEM_DA_CONG_BO, and the minutes. */
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String ADOPT_REVIEW_SCORES = "CONG_NHAN_DIEM_PHUC_KHAO";
    public static final String KEEP_PUBLISHED_SCORES = "GIU_DIEM_DA_CONG_BO";
    public static final String REVIEW_MINUTES = "reviewMinutes";
    public static final String TIE_TO_DECIDE = "tieToDecide";
    public static final String TIE_SUMMARY = "tieSummary";
    public static final String RESULTS_SUMMARY = "resultsSummary";
    /** Some winner was asked for the hiring dossier: the round waits for hiring-dossier (message hiringCompleted). */
    public static final String WINNERS_OFFERED = "winnersOffered";
    /** decideTie: the picked application numbers, a checklist's list (Json) or typed, separated by commas. */
    public static final String SELECTED_APPLICATIONS = "selectedApplications";
    /** decideTie on a task without checklist options (created before them): the numbers typed, as before. */
    public static final String SELECTED_APPLICATIONS_TEXT = "selectedApplicationsText";
    /** Display-only (Json): decideTie's checklist options, approveResults' and approveEligibleList's first rows. */
    public static final String TIE_OPTIONS = "tieOptions";
    public static final String RESULT_ROWS = "resultRows";
    public static final String ELIGIBLE_ROWS = "eligibleRows";
    /** Display-only: the plan's positions in words (approvePlan), and what a revision changed. */
    public static final String PLAN_ROWS = "planRows";
    public static final String PLAN_CHANGES = "planChanges";

    /** Camunda keeps String variables up to 4000 characters; summaries point to the full lists instead. */
    public static String summary(java.util.List<String> lines, String fullListHint) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() + line.length() + fullListHint.length() + 2 > 3900) {
                text.append("…\n");
                break;
            }
            text.append(line).append('\n');
        }
        return text.append(fullListHint).toString();
    }

    private RecruitmentProcess() {
    }

    public static String roundCode(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return (String) execution.getVariable(ROUND_CODE);
    }
}
