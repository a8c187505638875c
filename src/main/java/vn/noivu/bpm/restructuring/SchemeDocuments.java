package vn.noivu.bpm.restructuring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentType;
import vn.noivu.bpm.documents.DocumentTypes;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/**
 * The documents of a restructuring scheme (../shared/domain/documents.md, section 5, Restructuring), filled from the
 * scheme's rows: the Đề án, the Tờ trình, the consultation plan, the report of the consultation's results per
 * commune and the summary report of the people's and the councils' opinions. The wording is in
 * {@code bpmn/restructuring/documents/<code>.template.html}; the subject is the scheme's code.
 */
@Component
public class SchemeDocuments implements DocumentTypes {

    public static final DocumentType SCHEME = new DocumentType("restructuring-scheme-document",
            "Đề án sắp xếp đơn vị hành chính", "ĐA");
    public static final DocumentType SUBMISSION = new DocumentType("restructuring-submission",
            "Tờ trình về việc sắp xếp đơn vị hành chính", "TTr");
    public static final DocumentType CONSULTATION_PLAN = new DocumentType("restructuring-consultation-plan",
            "Kế hoạch lấy ý kiến hộ gia đình", "KH");
    public static final DocumentType CONSULTATION_REPORT = new DocumentType("restructuring-consultation-report",
            "Báo cáo kết quả lấy ý kiến hộ gia đình", "BC");
    public static final DocumentType SUMMARY_REPORT = new DocumentType("restructuring-summary-report",
            "Báo cáo tổng hợp ý kiến Nhân dân, Hội đồng nhân dân các cấp", "BC");

    private final SchemeRepository schemes;

    public SchemeDocuments(SchemeRepository schemes) {
        this.schemes = schemes;
    }

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(SCHEME, SUBMISSION, CONSULTATION_PLAN, CONSULTATION_REPORT, SUMMARY_REPORT);
    }

    @Override
    public Optional<DocumentService.Request> request(String typeCode, String subject, String issuer) {
        Optional<DocumentType> type = documentTypes().stream().filter(t -> t.code().equals(typeCode)).findFirst();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return schemes.byCode(subject).map(scheme -> new DocumentService.Request(type.get(), issuer,
                title(type.get(), scheme), List.of("Bộ Nội vụ", "Các Sở, ngành liên quan", "UBND các xã liên quan"),
                data(scheme)));
    }

    private static String title(DocumentType type, SchemeRepository.SchemeRow scheme) {
        String subject = lowerFirst(scheme.title());
        if (type == CONSULTATION_PLAN) {
            return "Lấy ý kiến hộ gia đình về " + subject;
        }
        if (type == CONSULTATION_REPORT || type == SUMMARY_REPORT) {
            return "Kết quả lấy ý kiến về " + subject;
        }
        return "Về " + subject;
    }

    private Map<String, Object> data(SchemeRepository.SchemeRow scheme) {
        Map<String, Object> data = new HashMap<>();
        data.put("scheme", Map.of("code", scheme.code(), "title", lowerFirst(scheme.title()),
                "date", scheme.schemeDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "explanation", scheme.explanation() == null ? "" : scheme.explanation()));
        data.put("hasExplanation", scheme.explanation() != null);
        List<Object> results = new ArrayList<>();
        for (SchemeRepository.ResultRow r : schemes.results(scheme.id())) {
            results.add(Map.of("no", Integer.toString(r.arrangementNo()), "change", r.change().label(), "name", r.name(),
                    "kind", r.kind().label(), "seat", r.seat(), "area", r.areaKm2().stripTrailingZeros().toPlainString(),
                    "population", Long.toString(r.population()), "met", r.standardsMet() ? "Đạt" : "Chưa đạt"));
        }
        data.put("results", results);
        List<Object> communes = new ArrayList<>();
        for (SchemeRepository.ConsultationRow c : schemes.consultations(scheme.id())) {
            communes.add(Map.of("round", Integer.toString(c.round()), "name", c.communeName(),
                    "total", text(c.totalHouseholds()), "consulted", text(c.consulted()), "agree", text(c.agree()),
                    "disagree", text(c.disagree()), "other", text(c.otherOpinions()),
                    "percent", c.agreePercent() == null ? "" : c.agreePercent().toPlainString() + "%",
                    "result", c.passed() == null ? "Chưa báo cáo" : c.passed() ? "Đạt" : "Không đạt"));
        }
        data.put("communes", communes);
        List<Object> councils = new ArrayList<>();
        for (SchemeRepository.CouncilRow c : schemes.councils(scheme.id())) {
            councils.add(Map.of("unit", c.unitCode(), "number", c.resolutionNumber(),
                    "date", c.resolutionDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    "votes", c.votesFor() + "/" + c.delegates(), "result", c.adopted() ? "Tán thành" : "Không tán thành"));
        }
        data.put("councils", councils);
        return data;
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
