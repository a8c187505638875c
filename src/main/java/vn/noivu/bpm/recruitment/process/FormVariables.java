package vn.noivu.bpm.recruitment.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Display-only variables of the Tasklist's forms, and the picks a form's checklist sends back. */
public final class FormVariables {

    /** One choice of a checklist (valuesKey): what the person reads, and what is recorded. */
    public record Option(String label, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private FormVariables() {
    }

    /** A Json variable: the Tasklist parses it for a checklist's options (valuesKey) or a table's rows. */
    public static TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * decideTie's picks: the checklist ({@code selectedApplications}), or, on a task created before the checklist
     * had its options, the numbers typed into the form's fallback field ({@code selectedApplicationsText}).
     */
    public static Set<String> picked(VariableScope execution) {
        Object ticked = execution.getVariable(RecruitmentProcess.SELECTED_APPLICATIONS);
        return ticked != null ? picked(RecruitmentProcess.SELECTED_APPLICATIONS, ticked)
                : picked(RecruitmentProcess.SELECTED_APPLICATIONS_TEXT,
                execution.getVariable(RecruitmentProcess.SELECTED_APPLICATIONS_TEXT));
    }

    /**
     * The application numbers picked: a checklist's list (a Json variable, or a JSON array kept in a String
     * variable of the same name) or, from REST clients and tasks opened before the checklist, "A, B" typed.
     */
    public static Set<String> picked(String variable, Object value) {
        if (value == null) {
            return Set.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            try {
                return picked(variable, JSON.readValue(text, new TypeReference<List<String>>() { }));
            } catch (JsonProcessingException e) {
                throw new BadUserRequestException(variable + ": danh sách người được chọn không đọc được "
                        + "/ a list of application numbers is expected");
            }
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
