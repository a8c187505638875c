package vn.noivu.bpm.recruitment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

/** decideTie's picks as each client sends them: the checklist's list, a JSON array in a String, or typed. */
class FormVariablesTest {

    @Test
    void theChecklistsListAJsonArrayAndTypedNumbersAllCount() {
        assertThat(FormVariables.picked("selectedApplications", List.of("TD-1", " TD-2 "))).containsExactly("TD-1", "TD-2");
        assertThat(FormVariables.picked("selectedApplications", "[\"TD-1\",\"TD-2\"]")).containsExactly("TD-1", "TD-2");
        assertThat(FormVariables.picked("selectedApplications", "TD-1, TD-2,")).containsExactly("TD-1", "TD-2");
        assertThat(FormVariables.picked("selectedApplications", null)).isEmpty();
        assertThatThrownBy(() -> FormVariables.picked("selectedApplications", "[TD-1"))
                .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("selectedApplications: ");
    }

    @Test
    void aTaskWithoutOptionsFallsBackToTheTypedField() {
        VariableMap typed = Variables.createVariables().putValue("selectedApplicationsText", "TD-3");
        assertThat(FormVariables.picked(scope(typed))).containsExactly("TD-3");
        VariableMap both = Variables.createVariables().putValue("selectedApplications", List.of("TD-4"))
                .putValue("selectedApplicationsText", "TD-3");
        assertThat(FormVariables.picked(scope(both))).containsExactly("TD-4");
    }

    private static org.camunda.bpm.engine.delegate.VariableScope scope(VariableMap variables) {
        return (org.camunda.bpm.engine.delegate.VariableScope) java.lang.reflect.Proxy.newProxyInstance(
                FormVariablesTest.class.getClassLoader(), new Class<?>[] {org.camunda.bpm.engine.delegate.VariableScope.class},
                (proxy, method, args) -> method.getName().equals("getVariable") ? variables.get((String) args[0]) : null);
    }
}
