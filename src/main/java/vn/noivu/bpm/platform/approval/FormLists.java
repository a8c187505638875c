package vn.noivu.bpm.platform.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A list a task form sends (a dynamic list's rows, a checklist's ticked values): a JSON array as a Json variable, a
 * String from an API client, or a Java list from an older form. Anything else is refused with 400 naming the variable.
 */
public final class FormLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLists() {
    }

    public static JsonNode array(Object value, String variable) {
        if (value == null) {
            throw new BadUserRequestException(variable + ": thiếu danh sách / a JSON array is required");
        }
        try {
            JsonNode node = value instanceof String s ? JSON.readTree(s)
                    : value instanceof Collection<?> || value instanceof Map<?, ?> ? JSON.valueToTree(value)
                    : JSON.readTree(value.toString());
            if (node == null || !node.isArray()) {
                throw new BadUserRequestException(variable + ": cần một danh sách / a JSON array is expected");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadUserRequestException(variable + ": không đọc được danh sách / not a JSON array");
        }
    }
}
