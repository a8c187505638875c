package vn.noivu.bpm.recruitment.process;

/** The process key, message and variables of {@code hiring-dossier}: the only place they are spelled. */
public final class HiringProcess {

    public static final String KEY = "hiring-dossier";

    public static final String ROUND_CODE = RecruitmentProcess.ROUND_CODE;
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String CANDIDATE_NAME = "candidateName";
    public static final String POSITION_CODE = "positionCode";
    /** The position as the forms show it: its title, its code and the agency of a shared position. */
    public static final String POSITION_TITLE = "positionTitle";

    /** Public employees: the dossier period runs from the day the winner received the notice. */
    public static final String NOTICE_RECEIPT_NEEDED = "noticeReceiptNeeded";
    public static final String NOTICE_RECEIVED_ON = "noticeReceivedOn";
    public static final String DOSSIER_DEADLINE_END = "dossierDeadlineEnd";
    public static final String DOSSIER_DEADLINE_TEXT = "dossierDeadlineText";
    public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
    public static final String DOC_DIPLOMAS = "docDiplomas";
    public static final String DOC_PRIORITY_PROOF = "docPriorityProof";
    public static final String DOC_JUDICIAL_RECORD = "docJudicialRecord";
    public static final String DOSSIER_COMPLETE = "dossierComplete";
    public static final String FRAUD_FOUND = "fraudFound";
    public static final String DOSSIER_NOTE = "dossierNote";
    public static final String DOSSIER_SUMMARY = "dossierSummary";

    public static final String DECISION_DUE = "decisionDue";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    /** The recruitment decision issued through document-issue: its register id and "Số: 05/QĐ-SNV". */
    public static final String DECISION_DOCUMENT_ID = "decisionDocumentId";
    public static final String DECISION_DOCUMENT_NUMBER = "decisionDocumentNumber";
    /** Civil servants: the authority asks for the criminal-record certificate itself after the decision. */
    public static final String CRIMINAL_RECORD_REQUEST = "criminalRecordRequest";
    /** recordCriminalRecord: KHONG_LOAI_TRU (the recruitment stands) or PHAI_HUY (the decision is cancelled). */
    public static final String CRIMINAL_RECORD_RESULT = "criminalRecordResult";
    public static final String CRIMINAL_RECORD_DISQUALIFIES = "PHAI_HUY";
    public static final String CRIMINAL_RECORD_NOTE = "criminalRecordNote";

    public static final String START_DEADLINE_END = "startDeadlineEnd";
    public static final String START_DEADLINE_TEXT = "startDeadlineText";
    /** recordStartOfWork: DA_NHAN_VIEC (started) or XIN_GIA_HAN (an extension is asked for). */
    public static final String START_RESULT = "startResult";
    public static final String EXTENSION_UNTIL = "extensionUntil";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String STARTED_ON = "startedOn";
    public static final String PHYSICIAN_TITLE = "physicianTitle";
    public static final String PRIOR_INSURED_MONTHS = "priorInsuredMonths";

    public static final String CANCELLATION_NUMBER = "cancellationNumber";
    public static final String CANCELLATION_NOTE = "cancellationNote";
    /** The cancellation decision issued through document-issue (models before it had the head type its number). */
    public static final String CANCELLATION_DOCUMENT_ID = "cancellationDocumentId";
    public static final String CANCELLATION_DOCUMENT_NUMBER = "cancellationDocumentNumber";

    /** Next-ranked candidates tied for the vacated place: the head decides (decideTie, selectedApplications). */
    public static final String REPLACEMENT_TIE = "replacementTie";
    public static final String TIE_SUMMARY = RecruitmentProcess.TIE_SUMMARY;
    public static final String SELECTED_APPLICATIONS = RecruitmentProcess.SELECTED_APPLICATIONS;

    /** The round waits for every winner's hiring to end (recruited or cancelled with no one left to offer). */
    public static final String HIRING_COMPLETED = "hiringCompleted";

    private HiringProcess() {
    }

    public static String applicationNumber(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return (String) execution.getVariable(APPLICATION_NUMBER);
    }
}
