package vn.noivu.bpm.promotion.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.noivu.bpm.personnel.Person;
import vn.noivu.bpm.platform.approval.FormLists;
import vn.noivu.bpm.platform.web.PersonalData;
import vn.noivu.bpm.promotion.domain.CouncilVotes;
import vn.noivu.bpm.promotion.persistence.NominationRepository.NominationRow;

/**
 * The council's and the head's forms as the Tasklist shows them: a vote row per nominee and the nominees to tick,
 * as JSON variables; and what the forms send back, read whether it comes as JSON (the forms) or as the older
 * text (REST clients, tasks opened before).
 */
final class CouncilBallot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CouncilBallot() {
    }

    /** "Hồ Thị Thu · CCCD ********0101 · Chuyên viên (V.HC.III)": who a person is, without the whole citizen ID. */
    static String nominee(NominationRow n, Person person) {
        String title = person == null ? "" : " · " + person.rankName() + " (" + person.rankCode() + ")";
        return n.fullName() + " · CCCD " + PersonalData.maskCitizenId(n.citizenId()) + title;
    }

    /** The vote rows, one per eligible nominee, votes blank. */
    static TypedValue voteRows(List<NominationRow> eligible, Map<String, Person> people) {
        ArrayNode rows = JSON.createArrayNode();
        for (NominationRow n : eligible) {
            ObjectNode row = rows.addObject();
            row.put("citizenId", n.citizenId());
            row.put("nominee", nominee(n, people.get(n.citizenId())) + " · đủ điều kiện");
            row.put("votesFor", "");
            row.put("votesAgainst", "");
            row.put("chairFor", false);
        }
        return SpinValues.jsonValue(rows.toString()).create();
    }

    /** Checklist options: {label: the nominee in words, value: the citizen ID}. */
    static TypedValue options(List<NominationRow> nominees, Map<String, Person> people) {
        ArrayNode options = JSON.createArrayNode();
        for (NominationRow n : nominees) {
            options.addObject().put("label", nominee(n, people.get(n.citizenId()))).put("value", n.citizenId());
        }
        return SpinValues.jsonValue(options.toString()).create();
    }

    /** Citizen IDs: ticked (a JSON array) or typed (separated by commas). */
    static Set<String> citizenIds(Object value) {
        if (value == null || value instanceof String) {
            return CouncilVotes.citizenIds((String) value);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode id : FormLists.array(value, "")) {
            if (!id.asText().isBlank()) {
                ids.add(id.asText().trim());
            }
        }
        return ids;
    }

    /**
     * The vote rows sent back, matched to the eligible nominees by citizen ID when a row keeps it, else by its
     * place (the form shows them in the same order).
     */
    static List<CouncilVotes.Vote> votes(Object value, List<NominationRow> eligible) {
        List<CouncilVotes.Vote> votes = new ArrayList<>();
        JsonNode rows = FormLists.array(value, PromotionProcess.ASSESSMENT_VOTES);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String citizenId = row.path("citizenId").asText(null);
            if (citizenId == null && i < eligible.size()) {
                citizenId = eligible.get(i).citizenId();
            }
            String nominee = row.path("nominee").asText("dòng " + (i + 1));
            votes.add(new CouncilVotes.Vote(citizenId, nominee, count(row.path("votesFor"), i, nominee),
                    count(row.path("votesAgainst"), i, nominee), row.path("chairFor").asBoolean(false)));
        }
        return votes;
    }

    private static Integer count(JsonNode cell, int row, String nominee) {
        String text = cell.isMissingNode() || cell.isNull() ? "" : cell.asText().trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,3}")) {
            throw new BadUserRequestException(PromotionProcess.ASSESSMENT_VOTES + ": dòng " + (row + 1) + " (" + nominee
                    + "): số phiếu phải là số nguyên không âm, không phải \"" + text + "\" / votes must be whole numbers");
        }
        return Integer.valueOf(text);
    }

}
