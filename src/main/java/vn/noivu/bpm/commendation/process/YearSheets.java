package vn.noivu.bpm.commendation.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.noivu.bpm.commendation.domain.Title;
import vn.noivu.bpm.commendation.domain.YearReview.Status;
import vn.noivu.bpm.commendation.persistence.YearRepository;
import vn.noivu.bpm.commendation.persistence.YearRepository.NominationRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.StaffRow;
import vn.noivu.bpm.commendation.persistence.YearRepository.YearRow;

/** What the year's forms show (JSON rows, summaries in words) and read back. */
final class YearSheets {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Lines of a summary a form shows; the whole list is on the year's page and in its downloads. */
    static final int SUMMARY_LINES = 50;

    private YearSheets() {
    }

    /** "Nguyễn Thị An" or the unit's name. */
    static String holder(NominationRow n, Map<Long, StaffRow> staff, YearRow year) {
        if ("TAP_THE".equals(n.subject())) {
            return "Tập thể " + year.unitName();
        }
        StaffRow s = staff.get(n.staffId());
        return s == null ? n.holderKey() : s.fullName();
    }

    static Map<Long, StaffRow> staffById(YearRepository years, long yearId) {
        return years.staff(yearId).stream().collect(Collectors.toMap(StaffRow::id, Function.identity()));
    }

    /** One line per nomination: holder, title, status, reason. */
    static String summary(List<NominationRow> nominations, Map<Long, StaffRow> staff, YearRow year) {
        if (nominations.isEmpty()) {
            return "Chưa có đề nghị nào.";
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (NominationRow n : nominations) {
            if (shown++ == SUMMARY_LINES) {
                text.append("- … và ").append(nominations.size() - SUMMARY_LINES)
                        .append(" đề nghị khác (xem danh sách đầy đủ).\n");
                break;
            }
            text.append("- ").append(holder(n, staff, year)).append(": ").append(Title.valueOf(n.title()).label())
                    .append(" · ").append(Status.valueOf(n.status()).label());
            if (n.votesAgree() != null && (n.statusNote() == null || n.statusNote().isBlank())) {
                text.append(" · đồng ý ").append(n.votesAgree()).append('/').append(year.councilMembers());
            }
            if (n.statusNote() != null && !n.statusNote().isBlank()) {
                text.append(" · ").append(n.statusNote());
            }
            if (n.legalBasis() != null) {
                text.append(" (").append(n.legalBasis()).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    static TypedValue json(ArrayNode rows) {
        return SpinValues.jsonValue(rows.toString()).create();
    }

    /** A count typed in a form cell: blank is null, otherwise a whole number 0..999. */
    static Integer count(JsonNode cell, String variable, int row, String who) {
        String text = cell == null || cell.isMissingNode() || cell.isNull() ? "" : cell.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,3}")) {
            throw new BadUserRequestException(variable + ": dòng " + (row + 1) + " (" + who + "): số phiếu phải là số"
                    + " nguyên không âm, không phải \"" + text + "\" / votes must be whole numbers");
        }
        return Integer.valueOf(text);
    }
}
