package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.noivu.bpm.commendation.domain.CommendationRules;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ItemRow;
import vn.noivu.bpm.commendation.persistence.ProposalRepository.ObjectionRow;
import vn.noivu.bpm.platform.approval.FormLists;
import vn.noivu.bpm.platform.web.PersonalData;

/**
 * What the forms of a proposal show, in words: each nominee by name with title and achievement (a citizen ID only
 * masked), the lists to pick from as JSON options, and reading back what the forms send (JSON arrays of item ids,
 * rows of a dynamic list).
 */
public final class ProposalSummaries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProposalSummaries() {
    }

    /** "Nguyễn Văn An (CCCD ********0101) · Chiến sĩ thi đua cấp … tỉnh": a nominee as a person reads it. */
    public static String nominee(ItemRow item) {
        String who = "CA_NHAN".equals(item.holderType())
                ? item.fullName() + " (CCCD " + PersonalData.maskCitizenId(item.citizenId()) + ")"
                : item.unitName() + " (tập thể " + item.unitCode() + ")";
        return who + " · " + Title.valueOf(item.title()).label();
    }

    public static String outcomeLabel(String outcome) {
        try {
            return CommendationRules.Outcome.valueOf(outcome).label();
        } catch (IllegalArgumentException other) {
            return "chưa đánh giá theo bảng tiêu chuẩn";
        }
    }

    /** A markdown list of the nominees still in the proposal, with verdict and achievement. */
    public static String items(List<ItemRow> items) {
        StringBuilder text = new StringBuilder();
        for (ItemRow item : items) {
            text.append(item.position()).append(". **").append(oneLine(nominee(item))).append("**: ")
                    .append(outcomeLabel(item.outcome()));
            if (item.reason() != null) {
                text.append(" (").append(oneLine(item.reason())).append(item.citation() == null ? ""
                        : "; " + oneLine(item.citation())).append(")");
            }
            text.append(". Thành tích: ").append(oneLine(item.achievement()));
            text.append(". Trạng thái: ").append(item.status().label());
            if (item.statusReason() != null) {
                text.append(" (").append(oneLine(item.statusReason())).append(")");
            }
            text.append("\n");
        }
        return text.isEmpty() ? "(không còn ai trong danh sách)" : text.toString();
    }

    public static String objections(List<ObjectionRow> objections, List<ItemRow> items) {
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (ObjectionRow o : objections) {
            String about = o.itemId() == null ? "cả danh sách" : items.stream().filter(i -> i.id() == o.itemId())
                    .map(i -> oneLine(nominee(i))).findFirst().orElse("cả danh sách");
            text.append(n++).append(". Về **").append(about).append("**, của ").append(oneLine(o.authorName()))
                    .append(" (").append(oneLine(o.contact())).append("): ").append(oneLine(o.content())).append("\n");
        }
        return text.isEmpty() ? "(không có ý kiến phản ánh)" : text.toString();
    }

    /** Checklist options {label: the nominee in words, value: the item id as text}. */
    public static TypedValue options(Collection<ItemRow> items) {
        ArrayNode options = JSON.createArrayNode();
        for (ItemRow item : items) {
            options.addObject().put("label", nominee(item)).put("value", Long.toString(item.id()));
        }
        return SpinValues.jsonValue(options.toString()).create();
    }

    public static TypedValue json(JsonNode node) {
        return SpinValues.jsonValue(node.toString()).create();
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    /** Ticked item ids (a JSON array of texts), or typed (separated by commas); empty when nothing was ticked. */
    public static Set<Long> ids(Object value, String variable) {
        Set<Long> ids = new HashSet<>();
        if (value == null) {
            return ids;
        }
        if (value instanceof String s && !s.strip().startsWith("[")) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    ids.add(id(part.strip(), variable));
                }
            }
            return ids;
        }
        for (JsonNode id : FormLists.array(value, variable)) {
            if (!id.asText().isBlank()) {
                ids.add(id(id.asText().strip(), variable));
            }
        }
        return ids;
    }

    private static long id(String text, String variable) {
        if (!text.matches("[0-9]{1,18}")) {
            throw new BadUserRequestException(variable + ": \"" + text + "\" không phải mã dòng đề nghị / not an item id");
        }
        return Long.parseLong(text);
    }


    /** On one line, markdown's marks escaped: what the public wrote is shown as text, never as a link or heading. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~=-])", "\\\\$1");
    }
}
