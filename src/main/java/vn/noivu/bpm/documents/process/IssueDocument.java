package vn.noivu.bpm.documents.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentCatalog;
import vn.noivu.bpm.documents.DocumentService;

/**
 * {@code issueDocument}: the signer approved, so the document takes its number and date and is stored. It runs in
 * the transaction that completes the signer's task (no asynchronous step before it): the number exists only if the
 * approval does, and an approval never stands without its number.
 */
@Component("documentsIssueDocument")
public class IssueDocument implements JavaDelegate {

    private final DocumentCatalog catalog;
    private final DocumentService documents;

    IssueDocument(DocumentCatalog catalog, DocumentService documents) {
        this.catalog = catalog;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String subject = (String) execution.getVariable(DocumentIssueProcess.SUBJECT);
        DocumentService.Request request = catalog.request((String) execution.getVariable(DocumentIssueProcess.DOCUMENT_TYPE),
                subject, (String) execution.getVariable(DocumentIssueProcess.ISSUER));
        Authentication signer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        DocumentService.Issued issued = documents.issue(request, subject, signer == null ? "system" : signer.getUserId());
        execution.setVariable(DocumentIssueProcess.DOCUMENT_ID, issued.id());
        execution.setVariable(DocumentIssueProcess.DOCUMENT_NUMBER, issued.numberLine());
        execution.setVariable(DocumentIssueProcess.DOCUMENT_SHA256, issued.sha256());
    }
}
