package vn.noivu.bpm.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.DegreeLevel;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Method;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.Rank;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.ResultOutcome;
import vn.noivu.bpm.recruitment.RecruitmentVocabulary.StaffType;
import vn.noivu.bpm.recruitment.domain.PositionRow;
import vn.noivu.bpm.recruitment.domain.RoundRow;
import vn.noivu.bpm.recruitment.persistence.ResultRepository;
import vn.noivu.bpm.recruitment.persistence.RoundRepository;

/**
 * The documents of recruitment (../shared/domain/documents.md, section 5): the Thông báo tuyển dụng (Decree
 * 170/2025 Art. 15(1)-(2); Decree 115/2020 Art. 14), filled from the round's approved plan, and the decision
 * approving (công chức) or recognising (viên chức) the results, listing the winners. Their wording is in the
 * templates {@code bpmn/recruitment/documents/<code>.template.html}.
 */
@Component
public class RecruitmentDocuments implements DocumentTypes {

    public static final DocumentType NOTICE = new DocumentType("recruitment-notice", "Thông báo tuyển dụng", "TB");
    public static final DocumentType RESULTS = new DocumentType("recruitment-results-decision",
            "Quyết định phê duyệt (công nhận) kết quả tuyển dụng", "QĐ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundRepository rounds;
    private final ResultRepository results;

    public RecruitmentDocuments(RoundRepository rounds, ResultRepository results) {
        this.rounds = rounds;
        this.results = results;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(NOTICE, RESULTS);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        if (NOTICE.code().equals(typeCode)) {
            return rounds.find(subject).map(round -> notice(round, rounds.positions(round.id()), issuer));
        }
        if (RESULTS.code().equals(typeCode)) {
            return rounds.find(subject).map(round -> resultsDecision(round,
                    results.winners(round.id(), ResultOutcome.TRUNG_TUYEN.name()), issuer));
        }
        return Optional.empty();
    }

    /** Decree 170/2025 Art. 17(1) (công chức: phê duyệt); Decree 115/2020 Art. 16(2) (viên chức: công nhận). */
    static DocumentService.Request resultsDecision(RoundRow round, List<ResultRepository.DecidedWinner> winners,
                                                   String issuer) {
        StaffType staffType = StaffType.valueOf(round.staffType());
        String verb = staffType == StaffType.CONG_CHUC ? "phê duyệt" : "công nhận";
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of("code", round.code(), "title", lowerFirst(round.title()), "agency", round.agency(),
                "staffType", staffType.label().toLowerCase(java.util.Locale.ROOT),
                "decides", staffType == StaffType.CONG_CHUC ? "Phê duyệt" : "Công nhận",
                "winnerCount", Integer.toString(winners.size())));
        data.put("congChuc", staffType == StaffType.CONG_CHUC);
        data.put("vienChuc", staffType == StaffType.VIEN_CHUC);
        List<Object> rows = new java.util.ArrayList<>();
        for (int i = 0; i < winners.size(); i++) {
            ResultRepository.DecidedWinner winner = winners.get(i);
            // No date of birth: the decision is published on the round's public page (names and outcomes only).
            rows.add(Map.of("order", Integer.toString(i + 1), "name", winner.fullName(),
                    "position", winner.positionTitle(),
                    "score", winner.totalScore() == null ? "" : winner.totalScore().stripTrailingZeros().toPlainString(),
                    "agency", winner.agency() == null ? round.agency() : winner.agency()));
        }
        data.put("winners", rows);
        return new DocumentService.Request(RESULTS, issuer, "Về việc " + verb + " kết quả " + lowerFirst(round.title()),
                List.of("Như Điều 3", "Người trúng tuyển (để thực hiện)", "Cổng thông tin điện tử của cơ quan"), data);
    }

    static DocumentService.Request notice(RoundRow round, List<PositionRow> positions, String issuer) {
        StaffType staffType = StaffType.valueOf(round.staffType());
        Map<String, Object> data = new HashMap<>();
        data.put("round", Map.of(
                "code", round.code(),
                "title", round.title(),
                "agency", round.agency(),
                "method", RecruitmentVocabulary.label(Method.class, round.method()),
                "staffType", staffType.label().toLowerCase(java.util.Locale.ROOT),
                "noticeDate", date(round.noticeDate()),
                "applicationDeadline", date(round.applicationDeadline()),
                "quota", Integer.toString(positions.stream().mapToInt(PositionRow::quota).sum())));
        data.put("congChuc", staffType == StaffType.CONG_CHUC);
        data.put("vienChuc", staffType == StaffType.VIEN_CHUC);
        data.put("positions", positions.stream().map(RecruitmentDocuments::position).toList());
        String title = round.title().startsWith("Về việc") ? round.title() : "Về việc " + lowerFirst(round.title());
        return new DocumentService.Request(NOTICE, issuer, title,
                List.of("Cổng thông tin điện tử của cơ quan (để đăng tải)", "Các cơ quan, đơn vị có chỉ tiêu"), data);
    }

    private static Map<String, Object> position(PositionRow position) {
        return Map.of("code", position.code(),
                "title", position.title(),
                "rank", RecruitmentVocabulary.label(Rank.class, position.rank()),
                "quota", Integer.toString(position.quota()),
                "degree", java.util.Objects.toString(RecruitmentVocabulary.label(DegreeLevel.class,
                        position.minDegree()), ""),
                "majors", position.majors() == null || position.majors().isEmpty() ? "Không yêu cầu" : String.join(", ", position.majors()));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
