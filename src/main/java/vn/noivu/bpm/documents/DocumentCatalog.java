package vn.noivu.bpm.documents;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.error.Refused;

/** Every document type the procedures bring, by code; two procedures may not claim the same code. */
@Component
public class DocumentCatalog {

    private final Map<String, DocumentType> types = new LinkedHashMap<>();
    private final Map<String, DocumentTypes> owners = new LinkedHashMap<>();

    public DocumentCatalog(Collection<DocumentTypes> procedures) {
        for (DocumentTypes procedure : procedures) {
            for (DocumentType type : procedure.documentTypes()) {
                if (owners.putIfAbsent(type.code(), procedure) != null) {
                    throw new IllegalStateException("Document type " + type.code() + " is declared twice");
                }
                types.put(type.code(), type);
            }
        }
    }

    public List<DocumentType> types() {
        return types.values().stream().sorted(Comparator.comparing(DocumentType::code)).toList();
    }

    /** A type by its code; 404 when no procedure declares it. */
    public DocumentType type(String typeCode) {
        DocumentType type = types.get(typeCode);
        if (type == null) {
            throw Refused.notFound("document_type_not_found", "Không có loại văn bản " + typeCode + ".");
        }
        return type;
    }

    /** What the owning procedure fills a document of this type with. */
    public DocumentService.Request request(String typeCode, String subject, String issuer) {
        DocumentTypes owner = owners.get(typeCode);
        if (owner == null) {
            throw Refused.notFound("document_type_not_found", "Không có loại văn bản " + typeCode + ".");
        }
        return owner.request(typeCode, subject, issuer).orElseThrow(() -> Refused.notFound("subject_not_found",
                "Không có " + subject + " để lập " + types.get(typeCode).name() + "."));
    }
}
