package vn.noivu.bpm.documents;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by a Spring bean of each procedure that issues documents; the documents module collects them all
 * ({@link DocumentCatalog}). The procedure names its types (each with its template {@code <code>.template.html}
 * under {@code bpmn/<procedure>/documents/}) and fills a document from its own data.
 */
public interface DocumentTypes {

    List<DocumentType> documentTypes();

    /**
     * The content of a document of one of these types about {@code subject} (e.g. a round's code), issued by
     * {@code issuer}; empty when the procedure has no such subject.
     */
    Optional<DocumentService.Request> request(String typeCode, String subject, String issuer);
}
