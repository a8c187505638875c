package vn.noivu.bpm.restructuring;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.web.DocumentDraftController;
import vn.noivu.bpm.platform.identity.ProcedureGroup;
import vn.noivu.bpm.platform.identity.ProcedureGroups;

/**
 * Restructuring's own group: the commune People's Committee that runs the household consultation and reports it.
 * It reads the drafts of the documents its task links to (the Đề án and the Kế hoạch lấy ý kiến), no other drafts.
 */
@Component
public class RestructuringRoles implements ProcedureGroups {

    public static final String COMMUNE = "ubnd-xa";

    @Override
    public List<ProcedureGroup> groups() {
        return List.of(new ProcedureGroup(COMMUNE, "Ủy ban nhân dân cấp xã (lấy ý kiến hộ gia đình)",
                new ProcedureGroup.DemoAccount("ubndxa", "Lý Văn", "Xã"), Set.of(DocumentDraftController.DRAFT_ACCESS,
                DocumentDraftController.draftAccess(SchemeDocuments.SCHEME.code()),
                DocumentDraftController.draftAccess(SchemeDocuments.CONSULTATION_PLAN.code()))));
    }
}
