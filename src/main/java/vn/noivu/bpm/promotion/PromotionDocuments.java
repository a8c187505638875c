package vn.noivu.bpm.promotion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;
import vn.noivu.bpm.exam.Council;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.personnel.PersonnelRepository;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.promotion.PromotionVocabulary.Method;
import vn.noivu.bpm.promotion.PromotionVocabulary.StaffType;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;
import vn.noivu.bpm.promotion.persistence.PromotionRepository;
import vn.noivu.bpm.promotion.persistence.PromotionRepository.RoundRow;
import vn.noivu.bpm.promotion.process.PromotionAppointments;
import vn.noivu.bpm.promotion.process.PromotionRules;

/**
 * The documents of a promotion round (../shared/domain/documents.md, section 5, Promotion): the decision moving civil
 * servants to a job position of the higher rank (Decree 170/2025 Art. 24(2)(b)), the decision appointing public
 * employees to the higher professional title with its salary (Decree 115/2020 Art. 42(1)), and the decision forming
 * the round's council (Decree 170/2025 Art. 24(2)(a); Decree 115/2020 Art. 38). The articles the round runs under
 * come from the rule tables it pinned; the wording is in {@code bpmn/promotion/documents/<code>.template.html}.
 */
@Component
public class PromotionDocuments implements DocumentTypes {

    public static final DocumentType RANK_DECISION = new DocumentType("promotion-rank-decision",
            "Quyết định thay đổi vị trí việc làm và bổ nhiệm vào ngạch", "QĐ");
    public static final DocumentType TITLE_DECISION = new DocumentType("promotion-title-decision",
            "Quyết định bổ nhiệm chức danh nghề nghiệp và xếp lương", "QĐ");
    public static final DocumentType COUNCIL_DECISION = new DocumentType("promotion-council-decision",
            "Quyết định thành lập Hội đồng nâng ngạch, thăng hạng", "QĐ");

    private final PromotionRepository rounds;
    private final PromotionAppointments appointments;
    private final PersonnelRepository personnel;
    private final PromotionRules rules;

    public PromotionDocuments(PromotionRepository rounds, PromotionAppointments appointments,
                              PersonnelRepository personnel, PromotionRules rules) {
        this.rounds = rounds;
        this.appointments = appointments;
        this.personnel = personnel;
        this.rules = rules;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(RANK_DECISION, TITLE_DECISION, COUNCIL_DECISION);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        if (RANK_DECISION.code().equals(typeCode)) {
            return rounds.find(subject).map(round -> appointment(round, StaffType.CONG_CHUC, issuer));
        }
        if (TITLE_DECISION.code().equals(typeCode)) {
            return rounds.find(subject).map(round -> appointment(round, StaffType.VIEN_CHUC, issuer));
        }
        if (COUNCIL_DECISION.code().equals(typeCode)) {
            return rounds.find(subject).map(round -> council(round, issuer));
        }
        return Optional.empty();
    }

    /** The appointment decision of a round of this staff type: only the winners appointed now, never the deferred. */
    private DocumentService.Request appointment(RoundRow round, StaffType staffType, String issuer) {
        if (!staffType.name().equals(round.staffType())) {
            throw Refused.conflict("wrong_staff_type", "Kỳ xét " + round.code() + " dành cho "
                    + StaffType.valueOf(round.staffType()).label() + ": dùng "
                    + (staffType == StaffType.CONG_CHUC ? TITLE_DECISION : RANK_DECISION).name() + ".");
        }
        List<NominationRow> appointees = appointments.appointableNow(round);
        if (appointees.isEmpty()) {
            throw Refused.conflict("no_appointees", "Kỳ xét " + round.code() + " chưa có người trúng tuyển chờ bổ"
                    + " nhiệm (kết quả chưa được phê duyệt, công bố, hoặc người trúng tuyển đã được bổ nhiệm, hoãn"
                    + " bổ nhiệm).");
        }
        Map<String, Person> people = personnel.findAll(appointees.stream().map(NominationRow::citizenId).toList());
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < appointees.size(); i++) {
            Person person = people.get(appointees.get(i).citizenId());
            rows.add(Map.of("order", Integer.toString(i + 1), "name", person.fullName(),
                    "unit", Objects.requireNonNullElse(person.unitName(), person.unitCode()),
                    "currentRank", Objects.requireNonNullElse(person.rankName(), person.rankCode())));
        }
        Map<String, Object> data = roundData(round);
        data.put("appointees", rows);
        data.put("appointeeCount", Integer.toString(rows.size()));
        String target = PromotionVocabulary.targetTitleLabel(round.targetTitle());
        if (staffType == StaffType.CONG_CHUC) {
            return new DocumentService.Request(RANK_DECISION, issuer,
                    "Về việc thay đổi vị trí việc làm và bổ nhiệm vào " + target,
                    List.of("Như Điều 3", "Cơ quan, đơn vị sử dụng công chức", "Cổng thông tin điện tử của cơ quan"),
                    data);
        }
        return new DocumentService.Request(TITLE_DECISION, issuer,
                "Về việc bổ nhiệm chức danh nghề nghiệp " + target + " và xếp lương",
                List.of("Như Điều 3", "Đơn vị sự nghiệp sử dụng viên chức", "Cổng thông tin điện tử của cơ quan"),
                data);
    }

    /** The council as the round's plan and its pinned council table set it: size, quorum, roles. */
    private DocumentService.Request council(RoundRow round, String issuer) {
        Council council = Council.fromRuleResult(rules.table(round, PromotionRules.COUNCIL_KEY)
                .firstRow(Map.of("legalBasis", round.legalBasis(), "effectiveOn", round.roundDate())));
        Map<String, Object> data = roundData(round);
        boolean civilServants = StaffType.CONG_CHUC.name().equals(round.staffType());
        String target = PromotionVocabulary.targetTitleLabel(round.targetTitle());
        String name = civilServants ? "Hội đồng đánh giá thay đổi vị trí việc làm lên " + target
                : (Method.THI.name().equals(round.method()) ? "Hội đồng thi" : "Hội đồng xét")
                + " thăng hạng chức danh nghề nghiệp " + target;
        data.put("council", Map.of("name", name, "members", Integer.toString(round.councilMembers()),
                "quorum", council.quorumNumerator() + "/" + council.quorumDenominator(),
                "citation", article(council.citation())));
        data.put("members", councilRoles(round.councilMembers(), civilServants));
        return new DocumentService.Request(COUNCIL_DECISION, issuer, "Về việc thành lập " + name,
                List.of("Như Điều 3", "Các cơ quan, đơn vị có người được đề nghị"), data);
    }

    /**
     * The seats of a council of this size: the chair, then for public employees the vice-chair (the head of the
     * personnel division, Decree 115/2020 Art. 38), members, one of them the secretary. The plan holds the size only:
     * the names are written in when the decision is signed.
     */
    static List<Object> councilRoles(int members, boolean civilServants) {
        List<Object> seats = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            String role = i == 1 ? "Chủ tịch Hội đồng" : i == 2 && !civilServants ? "Phó Chủ tịch Hội đồng"
                    : i == members ? "Ủy viên kiêm Thư ký" : "Ủy viên";
            seats.add(Map.of("order", Integer.toString(i), "role", role));
        }
        return seats;
    }

    /** What every document of the round says about it, and the articles of its pinned rule tables. */
    private Map<String, Object> roundData(RoundRow round) {
        StaffType staffType = StaffType.valueOf(round.staffType());
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of("code", round.code(), "title", lowerFirst(round.title()),
                "authority", round.authority(), "staffType", staffType.label(),
                "targetTitle", PromotionVocabulary.targetTitleLabel(round.targetTitle())));
        data.put("congChuc", staffType == StaffType.CONG_CHUC);
        data.put("vienChuc", staffType == StaffType.VIEN_CHUC);
        List<String> bases = new ArrayList<>();
        bases.add(article((String) rules.table(round, PromotionRules.METHODS_KEY).firstRow(Map.of(
                "staffType", round.staffType(), "method", round.method(), "effectiveOn", round.roundDate()))
                .get("citation")));
        if (staffType == StaffType.VIEN_CHUC) {
            // The title's own standard; civil servants' ranks have none in Decree 170/2025 (the table says so).
            bases.add(article((String) rules.table(round, PromotionRules.STANDARDS_KEY)
                    .firstRow(Map.of("targetTitle", round.targetTitle())).get("citation")));
        }
        data.put("ruleBases", bases);
        return data;
    }

    /** A rule table's citation without its explanation: "Nghị định 115/2020/NĐ-CP, Điều 38: Hội đồng …" → its article. */
    static String article(String citation) {
        int colon = citation.indexOf(": ");
        return (colon < 0 ? citation : citation.substring(0, colon)).strip();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
