package vn.noivu.bpm.commendation.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.bpm.calendar.Deadlines;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.CouncilVote;
import vn.noivu.bpm.commendation.domain.ProposalCutoff;
import vn.noivu.bpm.commendation.domain.ProposalStatus;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.NewItem;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ProposalRow;
import vn.noivu.bpm.commendation.web.ProposalRequest;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.personnel.Award;
import vn.noivu.bpm.personnel.AwardRegister;
import vn.noivu.bpm.personnel.AwardVocabulary;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.platform.web.InvalidInputException;

/**
 * Submits a unit's proposal: checks it (cut-off, the register, duplicates, titles of the kind), writes the proposal
 * with each nominee's verdict under the tables it pins, and starts {@code commendation-proposal} in the same
 * transaction. Also the dossier's files and the public's objections.
 */
@Service
public class ProposalSubmissions {

    /** The generic issuer of a unit's tờ trình when the unit has none of its own in noivu.documents.issuers. */
    public static final String GENERIC_SUBMISSION_ISSUER = "DVDN";

    private final ProposalRepository proposals;
    private final PersonnelRepository personnel;
    private final AwardRegister awards;
    private final ProposalRules rules;
    private final ProposalEligibility eligibility;
    private final RuntimeService runtime;
    private final DocumentService documents;

    public ProposalSubmissions(ProposalRepository proposals, PersonnelRepository personnel, AwardRegister awards,
                               ProposalRules rules, ProposalEligibility eligibility, RuntimeService runtime,
                               DocumentService documents) {
        this.proposals = proposals;
        this.personnel = personnel;
        this.awards = awards;
        this.rules = rules;
        this.eligibility = eligibility;
        this.runtime = runtime;
        this.documents = documents;
    }

    public record Submitted(long id, String status, String statusLabel, String processInstanceId) {
    }

    @Transactional
    public Submitted submit(ProposalRequest request, String caller) {
        LocalDate today = LocalDate.now(Deadlines.ZONE);
        AwardVocabulary.Kind kind = AwardVocabulary.Kind.valueOf(request.kind());
        if (request.year() > today.getYear()) {
            throw new InvalidInputException("year", "notFuture", "Năm thi đua (year) " + request.year()
                    + " chưa bắt đầu: chỉ đề nghị khen thưởng thành tích đã đạt.");
        }
        if (kind == AwardVocabulary.Kind.CONG_TRANG) {
            ProposalCutoff cutoff = proposals.cutoff(kind.name(), today).orElse(null);
            if (cutoff != null && today.isAfter(cutoff.lastDay(request.year()))) {
                throw Refused.conflict("proposal_after_cutoff", "Đã hết hạn đề nghị khen thưởng theo công trạng năm "
                        + request.year() + ": hạn cuối " + cutoff.lastDay(request.year()).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (" + cutoff.citation() + ").");
            }
        }
        Map<String, Person> people = checkItems(request, kind);
        List<ProposalRequest.Item> items = request.items();
        long id = proposals.insert(request.unitCode(), request.unitName(), request.year(), kind.name(),
                kind == AwardVocabulary.Kind.CONG_TRANG ? ProposalStatus.NIEM_YET : ProposalStatus.TRINH_KY, today, caller);
        rules.pin(id);
        CommendationRules caseRules = rules.rules(id);
        List<NewItem> rows = new ArrayList<>();
        for (ProposalRequest.Item item : items) {
            rows.add(row(caseRules, kind, item, people.get(item.citizenId()), request.year(), today));
        }
        proposals.insertItems(id, rows);

        String instance = start(id, request, kind);
        ProposalRow saved = proposals.find(id).orElseThrow();
        return new Submitted(id, saved.status().name(), saved.status().label(), instance);
    }

    /** Each nominee: a title of the kind and the holder, in the register, not twice, not already proposed or awarded. */
    private Map<String, Person> checkItems(ProposalRequest request, AwardVocabulary.Kind kind) {
        Set<String> seen = new HashSet<>();
        List<ProposalRequest.Item> items = request.items();
        Map<String, Person> people = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ProposalRequest.Item item = items.get(i);
            Title title = Title.valueOf(item.title());
            String field = "items[" + i + "]";
            if (kind == AwardVocabulary.Kind.DOT_XUAT && title != Title.BANG_KHEN_TINH) {
                throw new InvalidInputException(field + ".title", "simplifiedTitle", title.label()
                        + " là danh hiệu thi đua xét theo năm, không khen đột xuất: thủ tục đơn giản chỉ đề nghị Bằng khen (BANG_KHEN_TINH).");
            }
            boolean individual = item.citizenId() != null;
            if (individual == (item.unitCode() != null)) {
                throw new InvalidInputException(field + ".citizenId", "holder", "Mỗi dòng đề nghị là một cá nhân"
                        + " (citizenId) hoặc một tập thể (unitCode và unitName), không cả hai, không thiếu cả hai.");
            }
            if (!individual && (item.unitName() == null || item.unitName().isBlank())) {
                throw new InvalidInputException(field + ".unitName", "required", "Tập thể cần tên (unitName).");
            }
            AwardVocabulary.HolderType holder = individual ? AwardVocabulary.HolderType.CA_NHAN
                    : AwardVocabulary.HolderType.TAP_THE;
            if (!AwardVocabulary.Title.valueOf(title.name()).heldBy(holder)) {
                throw new InvalidInputException(field + ".title", "holder", title.label() + " không tặng cho "
                        + holder.label() + ".");
            }
            if (individual) {
                Person person = personnel.find(item.citizenId()).orElseThrow(() -> new InvalidInputException(
                        field + ".citizenId", "registered", "Không có người với số định danh này trong danh sách cán bộ"
                        + " (trường " + field + ".citizenId): nhập người đó vào danh sách cán bộ trước."));
                people.put(item.citizenId(), person);
            }
            String key = holder + ":" + (individual ? item.citizenId() : item.unitCode()) + ":" + title;
            if (!seen.add(key)) {
                throw Refused.conflict("duplicate_proposal", "Dòng " + (i + 1) + " trùng một dòng trước: mỗi cá nhân,"
                        + " tập thể một lần cho mỗi danh hiệu, hình thức.");
            }
            duplicateCheck(holder, individual ? item.citizenId() : item.unitCode(),
                    individual ? people.get(item.citizenId()).fullName() : item.unitName(), title, request.year());
        }
        return people;
    }

    private String start(long id, ProposalRequest request, AwardVocabulary.Kind kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProposalProcess.PROPOSAL_ID, id);
        variables.put(CommendationProposalProcess.PROPOSAL_CODE, CommendationProposalDocuments.subject(id));
        variables.put(CommendationProposalProcess.ORG_UNIT_CODE, request.unitCode());
        variables.put(CommendationProposalProcess.KIND, kind.name());
        variables.put(CommendationProposalProcess.PROPOSAL_TITLE, "Đề nghị khen thưởng " + (kind
                == AwardVocabulary.Kind.CONG_TRANG ? "theo công trạng năm " + request.year() : "đột xuất (thủ tục đơn giản)")
                + " của " + request.unitName() + " (hồ sơ số " + id + ")");
        // The Tasklist shows these under each task (Mã kỳ, Tên kỳ), as for the rounds of the other procedures.
        variables.put(CommendationProposalProcess.CASE_CODE, CommendationProposalDocuments.subject(id));
        variables.put(CommendationProposalProcess.CASE_TITLE, variables.get(CommendationProposalProcess.PROPOSAL_TITLE));
        variables.put(CommendationProposalProcess.SUBMISSION_ISSUER, hasIssuer(request.unitCode())
                ? request.unitCode() : GENERIC_SUBMISSION_ISSUER);
        variables.put(CommendationProposalProcess.ITEMS_SUMMARY, ProposalSummaries.items(proposals.items(id)));
        String instance = runtime.startProcessInstanceByKey(CommendationProposalProcess.KEY, Long.toString(id),
                variables).getId();
        proposals.setProcessInstance(id, instance);
        return instance;
    }

    private boolean hasIssuer(String code) {
        try {
            documents.issuer(code);
            return true;
        } catch (Refused none) {
            return false;
        }
    }

    /** 409 when the holder already has this title for this year in the register or in a proposal still going. */
    private void duplicateCheck(AwardVocabulary.HolderType holder, String key, String name, Title title, int year) {
        Award.Holder h = holder == AwardVocabulary.HolderType.CA_NHAN ? Award.Holder.person(key)
                : Award.Holder.collective(key, name);
        List<Award> held = holder == AwardVocabulary.HolderType.CA_NHAN ? awards.ofPerson(key) : awards.ofCollective(key);
        if (held.stream().anyMatch(a -> a.title().name().equals(title.name()) && a.year() == year)) {
            throw Refused.conflict("already_awarded", name + " đã được tặng " + title.label() + " năm " + year
                    + " (sổ khen thưởng): không đề nghị lại.");
        }
        proposals.activeProposalOf(h.type().name(), key, title.name(), year).ifPresent(other -> {
            throw Refused.conflict("duplicate_proposal", name + " đã được đề nghị " + title.label() + " năm " + year
                    + " trong hồ sơ số " + other + ": không đề nghị hai lần.");
        });
    }

    private NewItem row(CommendationRules caseRules, AwardVocabulary.Kind kind, ProposalRequest.Item item, Person person,
                        int year, LocalDate today) {
        Title title = Title.valueOf(item.title());
        String outcome;
        String reason;
        String citation;
        if (kind == AwardVocabulary.Kind.DOT_XUAT) {
            outcome = CommendationRules.Outcome.DU_DIEU_KIEN.name();
            reason = "Thành tích đột xuất, xét theo thủ tục đơn giản: không xét tiêu chuẩn công trạng của năm";
            citation = rules.period(ProposalRules.SIMPLIFIED_APPRAISAL_STEP).citation();
        } else {
            CommendationRules.Verdict verdict = verdict(caseRules, title, item, person, year, today);
            outcome = verdict == null ? "CHUA_DANH_GIA" : verdict.outcome().name();
            reason = verdict == null ? "Bảng tiêu chuẩn chưa có dòng cho " + title.label() + (item.collective() == null
                    && title.subject() == Title.Subject.TAP_THE ? " hoặc đơn vị chưa gửi số liệu tập thể" : "")
                    + ": Sở Nội vụ thẩm định theo quy định của tỉnh" : verdict.reason();
            citation = verdict == null ? null : verdict.citation();
        }
        CouncilVote.Rule vote = caseRules.voteRule(title, today);
        boolean individual = person != null;
        return new NewItem(individual ? "CA_NHAN" : "TAP_THE", individual ? person.citizenId() : null,
                individual ? person.fullName() : null, individual ? null : item.unitCode(),
                individual ? null : item.unitName(), title.name(), item.achievement().strip(), outcome, reason, citation,
                vote.required(), vote.thresholdPercent(), vote.citation());
    }

    private CommendationRules.Verdict verdict(CommendationRules caseRules, Title title, ProposalRequest.Item item,
                                              Person person, int year, LocalDate today) {
        try {
            if (person != null) {
                return eligibility.person(caseRules, title, person, year, today);
            }
            return item.collective() == null ? null : eligibility.collective(caseRules, title, item.collective(), today);
        } catch (IllegalStateException noRow) {
            return null;
        } catch (IllegalArgumentException badCounts) {
            throw new InvalidInputException("items.collective", "counts", badCounts.getMessage());
        }
    }

    static Refused notFound(long id) {
        return Refused.notFound("proposal_not_found", "Không có hồ sơ đề nghị khen thưởng số " + id + ".");
    }
}
