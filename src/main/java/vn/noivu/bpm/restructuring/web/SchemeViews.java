package vn.noivu.bpm.restructuring.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.restructuring.persistence.PublishedConsultations;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** A scheme as staff read it, and its consultation results as the public reads them (units and figures only). */
@Component
public class SchemeViews {

    static final int PUBLIC_LIST_LIMIT = 200;

    private final SchemeRepository schemes;
    private final PublishedConsultations published;
    private final ObjectMapper json;

    public SchemeViews(SchemeRepository schemes, PublishedConsultations published, ObjectMapper json) {
        this.schemes = schemes;
        this.published = published;
        this.json = json;
    }

    private SchemeRepository.SchemeRow find(long id) {
        return schemes.scheme(id).orElseThrow(() -> Refused.notFound("scheme_not_found", "Không có đề án " + id + "."));
    }

    public Map<String, Object> scheme(long id) {
        SchemeRepository.SchemeRow s = find(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", s.id());
        view.put("code", s.code());
        view.put("title", s.title());
        view.put("provinceCode", s.provinceCode());
        view.put("schemeDate", s.schemeDate());
        view.put("changeLevel", s.changeLevel());
        view.put("changeLevelLabel", "TINH".equals(s.changeLevel()) ? "cấp tỉnh (Quốc hội quyết định)"
                : "cấp xã (Ủy ban Thường vụ Quốc hội quyết định)");
        view.put("regime", s.regime());
        view.put("status", s.status().name());
        view.put("statusLabel", s.status().label());
        view.put("standardsMet", s.standardsMet());
        view.put("explanation", s.explanation());
        view.put("consultationRound", s.consultationRound());
        view.put("processInstanceId", s.processInstanceId());
        view.put("arrangements", arrangements(id));
        view.put("consultations", consultations(id));
        view.put("councils", schemes.councils(id));
        view.put("files", schemes.files(id));
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("body", s.resolutionBody());
        resolution.put("bodyLabel", s.resolutionBody() == null ? null
                : "QUOC_HOI".equals(s.resolutionBody()) ? "Quốc hội" : "Ủy ban Thường vụ Quốc hội");
        resolution.put("number", s.resolutionNumber());
        resolution.put("date", s.resolutionDate());
        resolution.put("effectiveDate", s.effectiveDate());
        resolution.put("registerAppliedAt", s.registerAppliedAt());
        view.put("resolution", resolution);
        return view;
    }

    private List<Map<String, Object>> arrangements(long id) {
        Map<Long, List<SchemeRepository.PartRow>> parts = schemes.parts(id).stream()
                .collect(Collectors.groupingBy(SchemeRepository.PartRow::resultId));
        Map<Integer, Map<String, Object>> arrangements = new LinkedHashMap<>();
        for (SchemeRepository.ResultRow r : schemes.results(id)) {
            Map<String, Object> a = arrangements.computeIfAbsent(r.arrangementNo(), no -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("no", no);
                m.put("change", r.change().name());
                m.put("changeLabel", r.change().label());
                m.put("results", new ArrayList<Map<String, Object>>());
                return m;
            });
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("code", r.code());
            result.put("name", r.name());
            result.put("kind", r.kind().name());
            result.put("kindLabel", r.kind().label());
            result.put("seat", r.seat());
            result.put("areaKm2", r.areaKm2());
            result.put("population", r.population());
            result.put("standardsMet", r.standardsMet());
            result.put("check", read(r.checkResult()));
            result.put("parts", parts.getOrDefault(r.id(), List.of()).stream().map(p -> Map.of("unitCode", p.predecessorCode(),
                    "areaKm2", p.areaKm2(), "population", p.population(), "share", p.share(),
                    "shareLabel", "TOAN_BO".equals(p.share()) ? "toàn bộ" : "một phần")).toList());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) a.get("results");
            list.add(result);
        }
        return List.copyOf(arrangements.values());
    }

    private List<Map<String, Object>> consultations(long id) {
        Map<String, List<SchemeRepository.VillageRow>> villages = schemes.villages(id).stream()
                .collect(Collectors.groupingBy(v -> v.round() + "|" + v.communeCode()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SchemeRepository.ConsultationRow c : schemes.consultations(id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("round", c.round());
            row.put("communeCode", c.communeCode());
            row.put("communeName", c.communeName());
            row.put("reported", c.reportedAt() != null);
            row.put("totalHouseholds", c.totalHouseholds());
            row.put("consulted", c.consulted());
            row.put("agree", c.agree());
            row.put("disagree", c.disagree());
            row.put("otherOpinions", c.otherOpinions());
            row.put("agreePercentOfTotal", c.agreePercent());
            row.put("passed", c.passed());
            row.put("resultLabel", c.passed() == null ? "Chưa báo cáo" : c.passed() ? "Đạt" : "Không đạt");
            row.put("rule", c.ruleWording());
            row.put("villages", villages.getOrDefault(c.round() + "|" + c.communeCode(), List.of()).stream()
                    .map(v -> Map.of("village", v.village(), "totalHouseholds", v.totalHouseholds(), "consulted", v.consulted(),
                            "agree", v.agree(), "disagree", v.disagree(), "otherOpinions", v.otherOpinions())).toList());
            rows.add(row);
        }
        return rows;
    }

    /** No names of people, no user ids: the scheme, the units and the figures. */
    public Map<String, Object> publicResults(long id) {
        SchemeRepository.SchemeRow s = find(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", s.code());
        view.put("title", s.title());
        view.put("statusLabel", s.status().label());
        view.put("communes", consultations(id));
        return view;
    }

    /** A commune's reported consultation as the public page shows it: figures, the result and the rule, no names. */
    public record PublicCommune(String communeCode, String communeName, Long totalHouseholds, Long consulted, Long agree,
                                Long disagree, Long otherOpinions, BigDecimal agreePercentOfTotal, Boolean passed,
                                String resultLabel, String rule, Instant reportedAt,
                                List<SchemeRepository.VillageRow> villages) {
    }

    /** One round of the consultation (a second round asks the failed communes again). */
    public record PublicRound(int round, List<PublicCommune> communes) {
    }

    public record PublicConsultation(long id, String code, String title, String statusLabel, List<PublicRound> rounds) {
    }

    /** The consultation results of a scheme for the public page, round by round; 404 for an unknown scheme. */
    public PublicConsultation publicConsultation(long id) {
        SchemeRepository.SchemeRow s = find(id);
        Map<String, List<SchemeRepository.VillageRow>> villages = schemes.villages(id).stream()
                .collect(Collectors.groupingBy(v -> v.round() + "|" + v.communeCode()));
        Map<Integer, List<PublicCommune>> rounds = new TreeMap<>();
        for (SchemeRepository.ConsultationRow c : schemes.consultations(id)) {
            rounds.computeIfAbsent(c.round(), r -> new ArrayList<>()).add(new PublicCommune(c.communeCode(),
                    c.communeName(), c.totalHouseholds(), c.consulted(), c.agree(), c.disagree(), c.otherOpinions(),
                    c.agreePercent(), c.passed(), c.passed() == null ? "Chưa báo cáo" : c.passed() ? "Đạt" : "Không đạt",
                    readableRule(c.ruleWording()), c.reportedAt(),
                    villages.getOrDefault(c.round() + "|" + c.communeCode(), List.of())));
        }
        return new PublicConsultation(s.id(), s.code(), s.title(), s.status().label(), rounds.entrySet().stream()
                .map(e -> new PublicRound(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    /** A rule as a citizen reads it: the regime's code ("ND-321-2025") as the act's name ("Nghị định 321/2025"). */
    static String readableRule(String wording) {
        if (wording == null) {
            return null;
        }
        return wording.replaceAll("\\bND-(\\d+)-(\\d{4})\\b", "Nghị định $1/$2")
                .replaceAll("\\bNQ-(\\d+)-(\\d{4})\\b", "Nghị quyết $1/$2");
    }

    /** The schemes whose consultation has results, for the public list. */
    public List<PublishedConsultations.PublishedConsultation> publishedConsultations() {
        return published.withReportedConsultations(PUBLIC_LIST_LIMIT);
    }

    private Object read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
