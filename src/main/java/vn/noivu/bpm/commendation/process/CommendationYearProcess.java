package vn.noivu.bpm.commendation.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process key and variables of {@code commendation-year}: the only place they are spelled. */
public final class CommendationYearProcess {

    /** Display-only: the case's code and title under each of its tasks in the Tasklist ("Mã kỳ", "Tên kỳ"). */
    public static final String CASE_CODE = "roundCode";
    public static final String CASE_TITLE = "roundTitle";
    public static final String KEY = "commendation-year";

    /** The year's id (Long), and as text for document-issue's subject. */
    public static final String YEAR_ID = "yearId";
    public static final String YEAR_KEY = "yearKey";
    /** "Năm thi đua 2025 - Sở Nội vụ (SNV)", shown with every task. */
    public static final String YEAR_TITLE = "yearTitle";
    /** The unit, for the on-time report. */
    public static final String ORG_UNIT_CODE = "orgUnitCode";
    /** The issuer of the year's documents (noivu.documents.issuers). */
    public static final String ISSUER = "issuer";
    /** The issuer of the council's minutes: the council in its own name and number series (HDTDKT when configured). */
    public static final String COUNCIL_ISSUER = "councilIssuer";
    /** Link to the year's page and lists, for the forms. */
    public static final String YEAR_LINKS = "yearLinks";
    /** prepareNominations: the staff in words (first page), the nominations so far. */
    public static final String STAFF_SUMMARY = "staffSummary";
    /** After evaluateNominations: each open nomination with its verdict, in words. */
    public static final String NOMINATION_SUMMARY = "nominationSummary";
    public static final String VOTE_NEEDED = "voteNeeded";
    /**
     * councilVote: one row per nominee to vote on, {nominationId, nominee, reason, rule, agree, against} (JSON); the
     * council fills agree and against (written opinions of absent members included).
     */
    public static final String VOTE_SHEET = "voteSheet";
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String VOTE_SUMMARY = "voteSummary";
    /** The decider's words from the table commendation-deciders (Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã). */
    public static final String DECIDER_LABEL = "deciderLabel";
    public static final String DECIDER_BASIS = "deciderBasis";
    /** The titles the decision will list: eligible, vote passed, within the quota. */
    public static final String AWARD_COUNT = "awardCount";
    public static final String DECISION_DOCUMENT_ID = "decisionDocumentId";
    public static final String DECISION_DOCUMENT_NUMBER = "decisionDocumentNumber";
    public static final String POSTPONED_REMAIN = "postponedRemain";
    /**
     * followPostponed: one row per postponed nominee, {nominationId, nominee, proceedings, result, note} (JSON);
     * result CON_XU_LY (still open), KHONG_VI_PHAM (cleared: reviewed again), BI_KY_LUAT (not awarded).
     */
    public static final String POSTPONED_SHEET = "postponedSheet";
    /** After applyFollowUp: someone was cleared and goes back through evaluation. */
    public static final String RE_REVIEW = "reReview";

    private CommendationYearProcess() {
    }

    public static long yearId(VariableScope scope) {
        return ((Number) scope.getVariable(YEAR_ID)).longValue();
    }
}
