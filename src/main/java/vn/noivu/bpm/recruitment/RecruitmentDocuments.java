package vn.noivu.bpm.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.calendar.PeriodUnit;
import vn.noivu.bpm.documents.Decree30;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ApplicationStatus;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Round2Format;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.ApplicationRow;
import vn.noivu.bpm.recruitment.domain.HiringRules;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.ApplicationRepository;
import vn.noivu.bpm.recruitment.persistence.HiringRepository;
import vn.noivu.bpm.recruitment.persistence.ResultRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * The documents of a recruitment round (../shared/domain/documents.md, section 5): the Kế hoạch tuyển dụng and the
 * Thông báo tuyển dụng (Decree 170/2025 Art. 15; Decree 115/2020 Art. 14), filled from the round's approved plan; the
 * council's Thông báo with the list of eligible applicants as its appendix (Decree 170/2025 Art. 16(2)); the decision
 * approving (công chức) or recognising (viên chức) the results, listing the winners (Art. 17(1); 115 Art. 16(2)); and
 * the council's Thông báo công nhận kết quả trúng tuyển stating the dossier deadline (Art. 17(2); 115 Art. 16(2)).
 * Each later document cites the earlier one as issued. Their wording is in the templates
 * {@code bpmn/recruitment/documents/<code>.template.html}.
 */
@Component
public class RecruitmentDocuments implements DocumentTypes {

    public static final DocumentType PLAN = new DocumentType("recruitment-plan", "Kế hoạch tuyển dụng", "KH");
    public static final DocumentType NOTICE = new DocumentType("recruitment-notice", "Thông báo tuyển dụng", "TB");
    public static final DocumentType ELIGIBLE_LIST = new DocumentType("recruitment-eligible-list",
            "Thông báo danh sách thí sinh đủ điều kiện dự tuyển", "TB");
    public static final DocumentType RESULTS = new DocumentType("recruitment-results-decision",
            "Quyết định phê duyệt (công nhận) kết quả tuyển dụng", "QĐ");
    public static final DocumentType RECOGNITION = new DocumentType("recruitment-recognition-notice",
            "Thông báo công nhận kết quả trúng tuyển", "TB");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundRepository rounds;
    private final ResultRepository results;
    private final ApplicationRepository applications;
    private final HiringRepository hirings;
    private final HiringRules hiringRules;
    private final DocumentService documents;

    public RecruitmentDocuments(RoundRepository rounds, ResultRepository results, ApplicationRepository applications,
                                HiringRepository hirings, HiringRules hiringRules, DocumentService documents) {
        this.rounds = rounds;
        this.results = results;
        this.applications = applications;
        this.hirings = hirings;
        this.hiringRules = hiringRules;
        this.documents = documents;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(PLAN, NOTICE, ELIGIBLE_LIST, RESULTS, RECOGNITION);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        Optional<RoundRow> found = rounds.find(subject);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RoundRow round = found.get();
        if (PLAN.code().equals(typeCode)) {
            return Optional.of(plan(round, rounds.positions(round.id()), issuer));
        }
        if (NOTICE.code().equals(typeCode)) {
            return Optional.of(notice(round, rounds.positions(round.id()), cited(PLAN, round), issuer));
        }
        if (ELIGIBLE_LIST.code().equals(typeCode)) {
            return Optional.of(eligibleList(round, rounds.positions(round.id()), applications.ofRound(round.id()),
                    cited(NOTICE, round), issuer));
        }
        if (RESULTS.code().equals(typeCode)) {
            return Optional.of(resultsDecision(round, results.winners(round.id(), ResultOutcome.TRUNG_TUYEN.name()),
                    issuer));
        }
        if (RECOGNITION.code().equals(typeCode)) {
            return Optional.of(recognitionNotice(round, results.winners(round.id(), ResultOutcome.TRUNG_TUYEN.name()),
                    hiringRules.periods(round), hirings.firstDossierDeadline(round.id()).orElse(null),
                    cited(RESULTS, round), issuer));
        }
        return Optional.empty();
    }

    /** An earlier document of the round as a later one cites it ("số 05/KH-SNV ngày 02 tháng 12 năm 2026"), or false. */
    private Object cited(DocumentType type, RoundRow round) {
        return documents.latestEntry(type.code(), round.code())
                .<Object>map(document -> Map.of("numberText", Decree30.numberText(document.number(), document.symbol()),
                        "dateText", Decree30.dateText(document.issuedOn())))
                .orElse(false);
    }

    /** Decree 170/2025 Art. 15; Decree 115/2020 Art. 14: the plan as the head approved it. */
    static DocumentService.Request plan(RoundRow round, List<PositionRow> positions, String issuer) {
        Map<String, Object> data = roundData(round, positions);
        data.put("positions", positions.stream().map(RecruitmentDocuments::position).toList());
        return new DocumentService.Request(PLAN, issuer, upperFirst(round.title()),
                List.of("Ủy ban nhân dân tỉnh, thành phố (để báo cáo)", "Các cơ quan, đơn vị có chỉ tiêu",
                        "Hội đồng tuyển dụng"), data);
    }

    static DocumentService.Request notice(RoundRow round, List<PositionRow> positions, Object plan, String issuer) {
        Map<String, Object> data = roundData(round, positions);
        data.put("positions", positions.stream().map(RecruitmentDocuments::position).toList());
        data.put("plan", plan);
        return new DocumentService.Request(NOTICE, issuer, aboutTitle(round.title()),
                List.of("Cổng thông tin điện tử của cơ quan (để đăng tải)", "Các cơ quan, đơn vị có chỉ tiêu"), data);
    }

    /**
     * Decree 170/2025 Art. 16(2): the council publishes the list of eligible applicants and calls them to the exam.
     * The appendix names each by name, application number and position, never a date of birth or citizen ID: the
     * list is posted publicly. The ineligible are counted here; each got the reason in person (publishEligibleList).
     */
    static DocumentService.Request eligibleList(RoundRow round, List<PositionRow> positions,
                                                List<ApplicationRow> applications, Object notice, String issuer) {
        Map<Long, PositionRow> byId = new HashMap<>();
        positions.forEach(position -> byId.put(position.id(), position));
        List<ApplicationRow> eligible = applications.stream()
                .filter(a -> ApplicationStatus.DU_DIEU_KIEN.name().equals(a.status()))
                .sorted(Comparator.comparing((ApplicationRow a) -> byId.get(a.positionId()).code())
                        .thenComparing(ApplicationRow::applicationNumber))
                .toList();
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            ApplicationRow applicant = eligible.get(i);
            PositionRow position = byId.get(applicant.positionId());
            rows.add(Map.of("order", Integer.toString(i + 1), "name", applicant.fullName(),
                    "applicationNumber", applicant.applicationNumber(),
                    "position", position.title() + " (mã " + position.code() + ")"));
        }
        Map<String, Object> data = roundData(round, positions);
        data.put("notice", notice);
        data.put("eligible", rows);
        data.put("eligibleCount", Integer.toString(eligible.size()));
        data.put("ineligibleCount", Long.toString(applications.stream()
                .filter(a -> ApplicationStatus.KHONG_DU_DIEU_KIEN.name().equals(a.status())).count()));
        return new DocumentService.Request(ELIGIBLE_LIST, issuer,
                "Về việc danh sách thí sinh đủ điều kiện dự tuyển " + lowerFirst(round.title()),
                List.of("Người đứng đầu cơ quan (để báo cáo)", "Thí sinh đủ điều kiện dự tuyển",
                        "Cổng thông tin điện tử của cơ quan (để đăng tải)"), data);
    }

    /** Decree 170/2025 Art. 17(1) (công chức: phê duyệt); Decree 115/2020 Art. 16(2) (viên chức: công nhận). */
    static DocumentService.Request resultsDecision(RoundRow round, List<ResultRepository.DecidedWinner> winners,
                                                   String issuer) {
        Map<String, Object> data = winnersData(round, winners);
        String verb = StaffType.CONG_CHUC.name().equals(round.staffType()) ? "phê duyệt" : "công nhận";
        return new DocumentService.Request(RESULTS, issuer, "Về việc " + verb + " kết quả " + lowerFirst(round.title()),
                List.of("Như Điều 3", "Người trúng tuyển (để thực hiện)", "Cổng thông tin điện tử của cơ quan"), data);
    }

    /**
     * Decree 170/2025 Art. 17(2); Decree 115/2020 Art. 16(2): the winners are told of the decision and of the period
     * to complete their dossier, as the round's pinned hiring-periods row sets it: a date when it runs from the
     * publication (set when the results were published), "from the day you receive this notice" otherwise.
     */
    static DocumentService.Request recognitionNotice(RoundRow round, List<ResultRepository.DecidedWinner> winners,
                                                     HiringRules.Periods periods, LocalDate dossierDeadline,
                                                     Object decision, String issuer) {
        Map<String, Object> data = winnersData(round, winners);
        data.put("decision", decision);
        String period = Decree30.number(periods.dossierDays())
                + (periods.dossierUnit() == PeriodUnit.WORKING_DAYS ? " ngày làm việc" : " ngày");
        String from = switch (periods.dossierFrom()) {
            case PUBLICATION -> "kể từ ngày công bố kết quả trúng tuyển trên Cổng thông tin điện tử của cơ quan"
                    + (dossierDeadline == null ? "" : ", tức là đến hết ngày " + DATE.format(dossierDeadline));
            default -> "kể từ ngày nhận được Thông báo này";
        };
        data.put("dossier", Map.of("period", period, "from", from,
                "judicialRecord", periods.judicialRecordInDossier(),
                "citation", periods.citation()));
        return new DocumentService.Request(RECOGNITION, issuer,
                "Về việc công nhận kết quả trúng tuyển và hoàn thiện hồ sơ tuyển dụng",
                List.of("Người đứng đầu cơ quan (để báo cáo)", "Người trúng tuyển (để thực hiện)",
                        "Cổng thông tin điện tử của cơ quan (để đăng tải)"), data);
    }

    /** What the decision on the results and the winners' notice say: the round, the verb of its law, the winners. */
    private static Map<String, Object> winnersData(RoundRow round, List<ResultRepository.DecidedWinner> winners) {
        StaffType staffType = StaffType.valueOf(round.staffType());
        boolean civilServants = staffType == StaffType.CONG_CHUC;
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of("code", round.code(), "title", lowerFirst(round.title()), "agency", round.agency(),
                "staffType", staffType.label().toLowerCase(Locale.ROOT),
                "decides", civilServants ? "Phê duyệt" : "Công nhận", "decided", civilServants ? "phê duyệt" : "công nhận",
                "winnerCount", Integer.toString(winners.size())));
        data.put("congChuc", civilServants);
        data.put("vienChuc", !civilServants);
        data.put("winners", winnerRows(round, winners));
        return data;
    }

    private static List<Object> winnerRows(RoundRow round, List<ResultRepository.DecidedWinner> winners) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < winners.size(); i++) {
            ResultRepository.DecidedWinner winner = winners.get(i);
            // No date of birth: these documents are published (names and outcomes only).
            rows.add(Map.of("order", Integer.toString(i + 1), "name", winner.fullName(),
                    "position", winner.positionTitle(),
                    "score", winner.totalScore() == null ? "" : winner.totalScore().stripTrailingZeros().toPlainString(),
                    "agency", winner.agency() == null ? round.agency() : winner.agency()));
        }
        return rows;
    }

    /** What the plan, the notice and the list say about the round. */
    private static Map<String, Object> roundData(RoundRow round, List<PositionRow> positions) {
        StaffType staffType = StaffType.valueOf(round.staffType());
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of(
                "code", round.code(),
                "title", round.title(),
                "agency", round.agency(),
                "method", RecruitmentVocabulary.label(Method.class, round.method()),
                "staffType", staffType.label().toLowerCase(Locale.ROOT),
                "noticeDate", date(round.noticeDate()),
                "applicationDeadline", date(round.applicationDeadline()),
                "year", round.noticeDate() == null ? "" : Integer.toString(round.noticeDate().getYear()),
                "quota", Integer.toString(positions.stream().mapToInt(PositionRow::quota).sum())));
        data.put("congChuc", staffType == StaffType.CONG_CHUC);
        data.put("vienChuc", staffType == StaffType.VIEN_CHUC);
        return data;
    }

    private static Map<String, Object> position(PositionRow position) {
        return Map.of("code", position.code(),
                "title", position.title(),
                "rank", RecruitmentVocabulary.label(Rank.class, position.rank()),
                "quota", Integer.toString(position.quota()),
                "degree", Objects.toString(RecruitmentVocabulary.label(DegreeLevel.class, position.minDegree()), ""),
                "majors", position.majors() == null || position.majors().isEmpty() ? "Không yêu cầu"
                        : String.join(", ", position.majors()),
                "round2", position.round2Format() == null ? "Theo quy định"
                        : RecruitmentVocabulary.label(Round2Format.class, position.round2Format()));
    }

    private static String aboutTitle(String title) {
        return title.startsWith("Về việc") ? title : "Về việc " + lowerFirst(title);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
