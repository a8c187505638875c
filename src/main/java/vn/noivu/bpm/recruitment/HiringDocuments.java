package vn.noivu.bpm.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.HiringRules;
import vn.noivu.bpm.recruitment.domain.Winner;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;

/**
 * The per-person decisions of a hiring dossier (../shared/domain/documents.md, section 5, rows "hire" and "cancel"),
 * each about one application (the subject is its number): the recruitment decision (Decree 170/2025 Art. 19(1);
 * Decree 115/2020 Art. 18(1)) and the decisions cancelling the result (Art. 18(2); 115 Art. 17(2)) or the
 * recruitment decision (Art. 19(3); 115 Art. 18(3)). They name the person with the date of birth: they are addressed
 * to the person and stay in the staff-only register, never on a public endpoint.
 */
@Component
public class HiringDocuments implements DocumentTypes {

    public static final DocumentType DECISION = new DocumentType("recruitment-hiring-decision",
            "Quyết định tuyển dụng", "QĐ");
    public static final DocumentType RESULT_CANCELLATION = new DocumentType("recruitment-result-cancellation",
            "Quyết định hủy bỏ kết quả trúng tuyển", "QĐ");
    public static final DocumentType DECISION_CANCELLATION = new DocumentType("recruitment-decision-cancellation",
            "Quyết định hủy bỏ quyết định tuyển dụng", "QĐ");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Why a result or a decision is cancelled, in the words and with the article the decision states. */
    public enum CancellationGround {
        KHONG_HOAN_THIEN_HO_SO(false, "không hoàn thiện đủ hồ sơ tuyển dụng trong thời hạn quy định",
                "khoản 2 Điều 18 Nghị định số 170/2025/NĐ-CP", "khoản 2 Điều 17 Nghị định số 115/2020/NĐ-CP"),
        GIAN_LAN(false, "có hành vi gian lận trong việc kê khai Phiếu đăng ký dự tuyển hoặc sử dụng văn bằng, chứng chỉ "
                + "không đúng quy định", "khoản 2 Điều 18 Nghị định số 170/2025/NĐ-CP",
                "khoản 2 Điều 17 Nghị định số 115/2020/NĐ-CP"),
        // Civil servants only: a public employee's record is part of the dossier (115 Art. 17(1)), so hiring-dossier
        // never asks for it after the decision.
        LY_LICH_TU_PHAP(true, "có Phiếu lý lịch tư pháp cho thấy thuộc trường hợp không được đăng ký dự tuyển",
                "khoản 3 Điều 19 Nghị định số 170/2025/NĐ-CP", "khoản 3 Điều 18 Nghị định số 115/2020/NĐ-CP"),
        KHONG_NHAN_VIEC(true, "không đến nhận việc trong thời hạn quy định",
                "khoản 3 Điều 19 Nghị định số 170/2025/NĐ-CP", "khoản 3 Điều 18 Nghị định số 115/2020/NĐ-CP");

        public final boolean decision;
        public final String words;
        private final String congChucArticle;
        private final String vienChucArticle;

        CancellationGround(boolean decision, String words, String congChucArticle, String vienChucArticle) {
            this.decision = decision;
            this.words = words;
            this.congChucArticle = congChucArticle;
            this.vienChucArticle = vienChucArticle;
        }

        public String article(StaffType staffType) {
            return staffType == StaffType.CONG_CHUC ? congChucArticle : vienChucArticle;
        }
    }

    private final HiringRepository hirings;
    private final HiringRules rules;

    public HiringDocuments(HiringRepository hirings, HiringRules rules) {
        this.hirings = hirings;
        this.rules = rules;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(DECISION, RESULT_CANCELLATION, DECISION_CANCELLATION);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        if (!DECISION.code().equals(typeCode) && !RESULT_CANCELLATION.code().equals(typeCode)
                && !DECISION_CANCELLATION.code().equals(typeCode)) {
            return Optional.empty();
        }
        Optional<Winner> found = hirings.winner(subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Winner winner = found.get();
        HiringRepository.Person person = hirings.person(winner.applicationId());
        if (DECISION.code().equals(typeCode)) {
            HiringRules.Periods periods = rules.periods(winner.round());
            HiringRules.Probation probation = periods.probation() ? rules.probation(winner.round(), winner.minDegree(),
                    physician(winner), 0) : null;
            return Optional.of(decision(winner, person, periods, probation, issuer));
        }
        // A cancellation exists once its ground is recorded; the decision's is about a decision that was issued.
        Optional<HiringRepository.PendingCancellation> pending = hirings.cancellationGround(winner.applicationId());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        CancellationGround ground = CancellationGround.valueOf(pending.get().ground());
        if (ground.decision != DECISION_CANCELLATION.code().equals(typeCode)
                || ground.decision && winner.decisionNumber() == null) {
            return Optional.empty();
        }
        return Optional.of(cancellation(winner, person, ground, pending.get().detail(), issuer));
    }

    /**
     * The probation table asks whether the title is a physician's (9 months instead of 12); the plan does not say,
     * so a position whose title names "bác sĩ" counts as one. The months of earlier work in the same job are known
     * only at the start of work: the decision states the deduction in words (Art. 21(5)).
     */
    static boolean physician(Winner winner) {
        return winner.positionTitle() != null && winner.positionTitle().toLowerCase(Locale.ROOT).contains("bác sĩ");
    }

    static DocumentService.Request decision(Winner winner, HiringRepository.Person person,
                                            HiringRules.Periods periods, HiringRules.Probation probation,
                                            String issuer) {
        StaffType staffType = StaffType.valueOf(winner.round().staffType());
        Map<String, Object> data = common(winner, person, staffType);
        data.put("startDays", "%02d".formatted(periods.startDays()));
        data.put("workContract", periods.workContract());
        data.put("periodsCitation", periods.citation());
        boolean serves = probation != null && probation.months() > 0;
        data.put("probation", serves);
        data.put("probationMonths", serves ? "%02d".formatted(probation.months()) : "");
        data.put("probationCitation", probation == null ? "" : probation.citation());
        String staff = staffType.label().toLowerCase(Locale.ROOT);
        return new DocumentService.Request(DECISION, issuer, "Về việc tuyển dụng " + staff + " đối với "
                + address(person).toLowerCase(Locale.ROOT) + " " + winner.fullName(),
                List.of("Như Điều 3", agency(winner)), data);
    }

    static DocumentService.Request cancellation(Winner winner, HiringRepository.Person person,
                                                CancellationGround ground, String detail, String issuer) {
        StaffType staffType = StaffType.valueOf(winner.round().staffType());
        Map<String, Object> data = common(winner, person, staffType);
        data.put("ground", Map.of("words", ground.words, "article", ground.article(staffType),
                "detail", detail == null ? "" : detail.trim(), "code", ground.name()));
        data.put("hasDetail", detail != null && !detail.isBlank());
        data.put("fraud", ground == CancellationGround.GIAN_LAN);
        // "ngày 05 tháng 02 năm 2027", as a document cites another (App. I, II.4(b)).
        data.put("decision", Map.of("number", winner.decisionNumber() == null ? "" : winner.decisionNumber(),
                "date", person.decisionDate() == null ? "" : Decree30.dateText(person.decisionDate())));
        String title = ground.decision
                ? "Về việc hủy bỏ Quyết định tuyển dụng số " + winner.decisionNumber() + " đối với "
                + address(person).toLowerCase(Locale.ROOT) + " " + winner.fullName()
                : "Về việc hủy bỏ kết quả trúng tuyển đối với " + address(person).toLowerCase(Locale.ROOT) + " " + winner.fullName();
        // The article that names who carries it out: the last one (a fraud adds the bar as Article 2).
        String executors = ground == CancellationGround.GIAN_LAN ? "Như Điều 3" : "Như Điều 2";
        return new DocumentService.Request(ground.decision ? DECISION_CANCELLATION : RESULT_CANCELLATION, issuer,
                title, List.of(executors, agency(winner)), data);
    }

    private static Map<String, Object> common(Winner winner, HiringRepository.Person person, StaffType staffType) {
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of("code", winner.round().code(), "title", lowerFirst(winner.round().title()),
                "agency", winner.round().agency(), "staffType", staffType.label().toLowerCase(Locale.ROOT)));
        data.put("congChuc", staffType == StaffType.CONG_CHUC);
        data.put("vienChuc", staffType == StaffType.VIEN_CHUC);
        data.put("person", Map.of("name", winner.fullName(), "address", address(person),
                "addressLower", address(person).toLowerCase(Locale.ROOT),
                "dateOfBirth", date(person.dateOfBirth()), "applicationNumber", winner.applicationNumber()));
        data.put("position", Map.of("code", winner.positionCode(), "title", winner.positionTitle(),
                "rank", java.util.Objects.toString(RecruitmentVocabulary.label(Rank.class, person.rank()), ""),
                "degree", java.util.Objects.toString(RecruitmentVocabulary.label(DegreeLevel.class, winner.minDegree()), ""),
                "agency", agency(winner)));
        return data;
    }

    private static String agency(Winner winner) {
        return winner.agency() == null ? winner.round().agency() : winner.agency();
    }

    /** "Ông" or "Bà", as a decision addresses the person. */
    private static String address(HiringRepository.Person person) {
        return "NU".equals(person.gender()) ? "Bà" : "Ông";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
