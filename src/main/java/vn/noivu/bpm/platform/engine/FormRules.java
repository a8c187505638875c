package vn.noivu.bpm.platform.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a deployed Camunda Form must be so that the Tasklist of Camunda 7.24 renders it: the rules of the build's
 * {@code lint/check-forms.mjs}, applied to every form a deployment brings (from Modeler too). Keep the two in step.
 */
final class FormRules {

    static final int MAX_SCHEMA_VERSION = 16;
    /** ACT_RE_CAMFORMDEF.KEY_ */
    static final int MAX_ID_LENGTH = 255;
    /** Components that show something and take no input, so they need no label. */
    private static final Set<String> LAYOUT_TYPES = Set.of("text", "html", "spacer", "separator", "image", "group",
            "dynamiclist", "iframe", "table");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private FormRules() {
    }

    /** The first rule the form breaks, or null. */
    static Refusal firstRefusal(byte[] content) {
        JsonNode form;
        try {
            form = content == null || content.length == 0 ? null : JSON.readTree(content);
        } catch (JsonProcessingException notJson) {
            return new Refusal("form-not-json", "biểu mẫu không phải JSON hợp lệ (" + notJson.getOriginalMessage() + ")");
        } catch (IOException unreadable) {
            return new Refusal("form-not-json", "biểu mẫu không đọc được (" + unreadable.getMessage() + ")");
        }
        if (form == null || !form.isObject()) {
            return new Refusal("form-not-json", "biểu mẫu phải là một đối tượng JSON (tệp rỗng hoặc không phải {...})");
        }
        Refusal refusal = checkHeader(form);
        return refusal != null ? refusal : checkComponents(form.get("components"), new HashSet<>());
    }

    private static Refusal checkHeader(JsonNode form) {
        JsonNode id = form.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            return new Refusal("form-id-missing", "biểu mẫu phải có mã (\"id\")");
        }
        if (id.asText().length() > MAX_ID_LENGTH) {
            return new Refusal("form-id-too-long", "mã biểu mẫu dài quá " + MAX_ID_LENGTH + " ký tự");
        }
        if (id.asText().chars().anyMatch(Character::isISOControl)) {
            // A NUL would fail the insert into ACT_RE_CAMFORMDEF on PostgreSQL.
            return new Refusal("form-id-invalid", "mã biểu mẫu chứa ký tự điều khiển");
        }
        if (!"default".equals(form.path("type").asText(null))) {
            return new Refusal("form-type-invalid", "\"type\" của biểu mẫu phải là \"default\"");
        }
        if (!form.path("components").isArray()) {
            return new Refusal("form-components-not-list", "\"components\" của biểu mẫu phải là một danh sách");
        }
        if (!"Camunda Platform".equals(form.path("executionPlatform").asText(null))) {
            return new Refusal("form-platform-invalid", "\"executionPlatform\" phải là \"Camunda Platform\" (Camunda 7)");
        }
        JsonNode version = form.get("schemaVersion");
        if (version == null || !version.isNumber() || version.asDouble() > MAX_SCHEMA_VERSION) {
            return new Refusal("form-schema-version-unsupported", "\"schemaVersion\" phải là số, tối đa "
                    + MAX_SCHEMA_VERSION + " (Tasklist của Camunda 7.24 chỉ hiển thị được đến phiên bản này)");
        }
        return null;
    }

    private static Refusal checkComponents(JsonNode components, Set<String> ids) {
        if (components == null || components.isNull()) {
            return null;
        }
        if (!components.isArray()) {
            return new Refusal("form-components-not-list", "\"components\" phải là một danh sách");
        }
        for (JsonNode component : components) {
            Refusal refusal = checkComponent(component, ids);
            if (refusal == null) {
                refusal = checkComponents(component.get("components"), ids);
            }
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    private static Refusal checkComponent(JsonNode component, Set<String> ids) {
        if (!component.isObject()) {
            return new Refusal("form-component-invalid", "mỗi thành phần của biểu mẫu phải là một đối tượng JSON");
        }
        String id = component.path("id").asText("");
        if (!id.isEmpty() && !ids.add(id)) {
            return new Refusal("form-component-id-duplicate", "mã thành phần \"" + id + "\" dùng hai lần");
        }
        String type = component.path("type").asText("");
        String key = component.path("key").asText("");
        if ("number".equals(type)) {
            // form-js in the 7.24 Tasklist re-sets a number field 300 ms after it is left, emptying the next field.
            return new Refusal("form-number-field", "trường \"" + key + "\" kiểu \"number\" không dùng được trong"
                    + " Tasklist: dùng textfield với \"pattern\": \"^[0-9]{1,N}$\"");
        }
        if (!key.isEmpty() && !LAYOUT_TYPES.contains(type) && component.path("label").asText("").isEmpty()) {
            return new Refusal("form-label-missing", "trường \"" + key + "\" phải có nhãn (\"label\")");
        }
        return null;
    }
}
