package vn.noivu.bpm.documents.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentCatalog;
import vn.noivu.bpm.documents.DocumentService;

/**
 * On the start of {@code document-issue}: the type's name and the document's summary for the task forms, so nobody
 * reads a code. An unknown type, issuer or subject fails here, in the caller's step, not at the signature.
 */
@Component("documentsDescribeDocument")
public class DescribeDocument implements ExecutionListener {

    private final DocumentCatalog catalog;
    private final DocumentService documents;

    DescribeDocument(DocumentCatalog catalog, DocumentService documents) {
        this.catalog = catalog;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String type = (String) execution.getVariable(DocumentIssueProcess.DOCUMENT_TYPE);
        String issuer = (String) execution.getVariable(DocumentIssueProcess.ISSUER);
        documents.issuer(issuer);
        String subject = (String) execution.getVariable(DocumentIssueProcess.SUBJECT);
        String name = catalog.type(type).name();
        String title = catalog.request(type, subject, issuer).title();
        execution.setVariable(DocumentIssueProcess.DOCUMENT_NAME, name);
        execution.setVariable(DocumentIssueProcess.DOCUMENT_TITLE, title);
        execution.setVariable(DocumentIssueProcess.DOSSIER_TITLE, name + " — " + title);
    }
}
