package vn.noivu.bpm.documents.process;

import vn.noivu.bpm.platform.deadline.TaskDeadlineListener;

/**
 * The process key and variables of {@code document-issue} (bpmn/documents/document-issue.bpmn), a process a
 * procedure calls to have one document reviewed, signed and issued: the only place they are spelled.
 */
public final class DocumentIssueProcess {

    public static final String KEY = "document-issue";

    /** Inputs: the type's code (e.g. "recruitment-results-decision"), what it is about, the issuer's code. */
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String SUBJECT = "subject";
    public static final String ISSUER = "issuer";
    /** Inputs: the groups of the official who reviews the draft and of the signer. */
    public static final String DRAFTER_GROUP = "drafterGroup";
    public static final String SIGNER_GROUP = "signerGroup";
    /**
     * Optional input: the document's legal deadline (a Date), the due date of the review and of the signature
     * (given to the tasks by the platform's {@link TaskDeadlineListener}); without it, the task-deadlines table's.
     */
    public static final String DUE_DATE = TaskDeadlineListener.DUE_DATE_INPUT;
    /** Display-only, set at the start: the type's Vietnamese name and the document's summary (trích yếu). */
    public static final String DOCUMENT_NAME = "documentName";
    public static final String DOCUMENT_TITLE = "documentTitle";
    /**
     * Display-only, set at the start: the type and the summary in one line, under the task in the Tasklist's lists
     * (the platform's "Trích yếu hồ sơ" column), so an official tells apart a round's documents, whose tasks share
     * their names.
     */
    public static final String DOSSIER_TITLE = "dossierTitle";
    /** Outputs: the register's id, "Số: 05/QĐ-SNV" and the PDF's SHA-256. */
    public static final String DOCUMENT_ID = "documentId";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String DOCUMENT_SHA256 = "documentSha256";

    private DocumentIssueProcess() {
    }
}
