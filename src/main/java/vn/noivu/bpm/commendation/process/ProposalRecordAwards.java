package vn.noivu.bpm.commendation.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.commendation.domain.ProposalItemStatus;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.register.OutgoingDocument;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;

/**
 * recordAwards: in the transaction that signs the decision, each nominee it names enters the award register with the
 * decision's number and date (kind CONG_TRANG or DOT_XUAT, source QUY_TRINH).
 */
@Component("commendationProposalRecordAwards")
public class ProposalRecordAwards implements JavaDelegate {

    /** Who decides the provincial titles (commendation-deciders), as the register records it. */
    static final String DECIDER = vn.noivu.bpm.commendation.domain.Decider.CHU_TICH_UBND_TINH.label();

    private final ProposalCases cases;
    private final AwardRegister register;
    private final DocumentService documents;

    public ProposalRecordAwards(ProposalCases cases, AwardRegister register, DocumentService documents) {
        this.cases = cases;
        this.register = register;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = CommendationProposalProcess.proposalId(execution);
        ProposalRow proposal = cases.repository().find(id).orElseThrow();
        long documentId = ((Number) execution.getVariable(CommendationProposalProcess.DECISION_DOCUMENT_ID)).longValue();
        OutgoingDocument decision = documents.issued(documentId).orElseThrow(() -> new IllegalStateException(
                "Quyết định " + documentId + " không có trong sổ văn bản đi"));
        String number = Decree30.numberText(decision.number(), decision.symbol());
        List<ItemRow> awarded = cases.active(execution);
        List<Award.Given> given = new ArrayList<>();
        AwardVocabulary.Kind kind = AwardVocabulary.Kind.valueOf(proposal.kind());
        for (ItemRow item : awarded) {
            Award.Holder holder = "CA_NHAN".equals(item.holderType()) ? Award.Holder.person(item.citizenId())
                    : Award.Holder.collective(item.unitCode(), item.unitName());
            given.add(new Award.Given(holder, AwardVocabulary.Title.valueOf(item.title()), proposal.year(), kind));
        }
        register.record(new Award.Decision(number, decision.issuedOn(), DECIDER), given, AwardVocabulary.Source.QUY_TRINH,
                CommendationProposalProcess.owner(id), "system");
        for (ItemRow item : awarded) {
            cases.repository().setItemStatus(item.id(), ProposalItemStatus.KHEN_THUONG, "Quyết định số " + number);
        }
        cases.repository().setDecision(id, number, decision.issuedOn());
        execution.setVariable(CommendationProposalProcess.AWARDED, awarded.size());
        cases.status(execution, ProposalStatus.THONG_BAO_KET_QUA, "Quyết định số " + number);
    }
}
