package vn.noivu.bpm.commendation.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The process key and variables of {@code commendation-proposal}: the only place they are spelled. */
public final class CommendationProposalProcess {

    /** Display-only: the case's code and title under each of its tasks in the Tasklist ("Mã kỳ", "Tên kỳ"). */
    public static final String CASE_CODE = "roundCode";
    public static final String CASE_TITLE = "roundTitle";
    public static final String KEY = "commendation-proposal";
    /** The owner of the case's pinned rule tables. */
    public static final String OWNER_PREFIX = "commendation-proposal:";

    public static final String PROPOSAL_ID = "proposalId";
    /** The proposing unit: the on-time report groups tasks by it. */
    public static final String ORG_UNIT_CODE = "orgUnitCode";
    /** CONG_TRANG (posting, annual cycle) or DOT_XUAT (simplified procedure). */
    public static final String KIND = "kind";
    public static final String PROPOSAL_TITLE = "proposalTitle";
    /** The nominees in words, for every task's form. */
    public static final String ITEMS_SUMMARY = "itemsSummary";
    /** The issuer of the unit's tờ trình (a configured issuer for the unit, or the generic proposing unit). */
    public static final String SUBMISSION_ISSUER = "submissionIssuer";
    /** The end of the public posting (a Date, end of the last day), and its basis. */
    public static final String POSTING_ENDS = "postingEnds";
    public static final String POSTING_BASIS = "postingBasis";
    public static final String OBJECTIONS_FILED = "objectionsFiled";
    public static final String OBJECTIONS_SUMMARY = "objectionsSummary";
    /** considerObjections: nominees the council withdraws (ticked item ids), and its reasons. */
    public static final String WITHDRAWN_ITEMS = "withdrawnItems";
    public static final String OBJECTION_DECISION = "objectionDecision";
    /** Options {label, value: item id} of the nominees still proposed (JSON). */
    public static final String ITEM_OPTIONS = "itemOptions";
    public static final String DOSSIER_SUMMARY = "dossierSummary";
    public static final String SUPPLEMENT_NOTE = "supplementNote";
    /** appraisal: a row per nominee {itemId, nominee, verdict, decision CHAP_NHAN | KHONG_CHAP_NHAN, reason} (JSON). */
    public static final String APPRAISAL_ROWS = "appraisalRows";
    public static final String VOTE_NEEDED = "voteNeeded";
    /** Something is left for the Chairman to decide. */
    public static final String TO_DECIDE = "toDecide";
    /** provincialCouncilVote: all members of the council, and a row per nominee {itemId, nominee, rule, agree}. */
    public static final String COUNCIL_MEMBERS = "councilMembers";
    public static final String VOTE_ROWS = "voteRows";
    public static final String VOTE_MINUTES = "voteMinutes";
    /** chairmanDecision: the nominees to award (ticked item ids), from {@link #DECISION_OPTIONS}. */
    public static final String APPROVED_ITEMS = "approvedItems";
    public static final String DECISION_OPTIONS = "decisionOptions";
    public static final String DECISION_SUMMARY = "decisionSummary";
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";
    /** The outputs of the document-issue calls. */
    public static final String SUBMISSION_DOCUMENT_ID = "submissionDocumentId";
    public static final String SUBMISSION_DOCUMENT_NUMBER = "submissionDocumentNumber";
    public static final String DECISION_DOCUMENT_ID = "decisionDocumentId";
    public static final String DECISION_DOCUMENT_NUMBER = "decisionDocumentNumber";
    public static final String NOTICE_DOCUMENT_ID = "noticeDocumentId";
    public static final String NOTICE_DOCUMENT_NUMBER = "noticeDocumentNumber";
    public static final String FORWARD_NOTE = "forwardNote";
    /** Awards recorded in the register. */
    public static final String AWARDED = "awarded";
    /** "DN-<id>": the subject of the proposal's documents in the register. */
    public static final String PROPOSAL_CODE = "proposalCode";
    /** The Chairman approved and chose at least one nominee: a decision is issued. */
    public static final String DECIDED = "decided";

    private CommendationProposalProcess() {
    }

    public static long proposalId(VariableScope scope) {
        return ((Number) scope.getVariable(PROPOSAL_ID)).longValue();
    }

    public static String owner(long proposalId) {
        return CommendationCaseRules.proposalOwner(proposalId);
    }
}
