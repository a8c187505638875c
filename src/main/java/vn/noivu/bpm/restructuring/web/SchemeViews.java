package vn.noivu.bpm.restructuring.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.noivu.bpm.platform.error.Refused;
import vn.noivu.bpm.restructuring.persistence.SchemeRepository;

/** A scheme as staff read it, and its consultation results as the public reads them (units and figures only). */
@Component
public class SchemeViews {

    private final SchemeRepository schemes;
    private final ObjectMapper json;

    public SchemeViews(SchemeRepository schemes, ObjectMapper json) {
        this.schemes = schemes;
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

    public String publicPage(long id) {
        Map<String, Object> results = publicResults(id);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Kết quả lấy ý kiến: ")
                .append(esc(results.get("code"))).append("</title><style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:right}"
                        + "td:nth-child(2),th{text-align:left}</style></head><body><h1>Kết quả lấy ý kiến hộ gia đình</h1><p>Đề án <b>")
                .append(esc(results.get("code"))).append("</b>: ").append(esc(results.get("title"))).append("<br>Trạng thái: ")
                .append(esc(results.get("statusLabel"))).append("</p><table><thead><tr><th>Lần</th><th>Đơn vị cấp xã</th>"
                        + "<th>Tổng số hộ</th><th>Tham gia</th><th>Đồng ý</th><th>Không đồng ý</th><th>Ý kiến khác</th>"
                        + "<th>Đồng ý / tổng số hộ</th><th>Kết quả</th></tr></thead><tbody>");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> communes = (List<Map<String, Object>>) results.get("communes");
        for (Map<String, Object> c : communes) {
            html.append("<tr><td>").append(c.get("round")).append("</td><td>").append(esc(c.get("communeName"))).append(" (")
                    .append(esc(c.get("communeCode"))).append(")</td><td>").append(n(c.get("totalHouseholds"))).append("</td><td>")
                    .append(n(c.get("consulted"))).append("</td><td>").append(n(c.get("agree"))).append("</td><td>")
                    .append(n(c.get("disagree"))).append("</td><td>").append(n(c.get("otherOpinions"))).append("</td><td>")
                    .append(c.get("agreePercentOfTotal") == null ? "" : c.get("agreePercentOfTotal") + "%").append("</td><td>")
                    .append(esc(c.get("resultLabel"))).append("</td></tr>");
        }
        return html.append("</tbody></table></body></html>").toString();
    }

    private static String n(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String esc(Object value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
    }

    private Object read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
