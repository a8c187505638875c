package vn.noivu.bpm.platform.approval;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.engine.ModelExpressionBean;

/**
 * A task's choice among fixed codes (a radio in the form, the gateway after the task routes on it): completing the
 * task without one of the codes is refused with 400, so no process waits at a gateway no flow leaves. Used as
 * {@code camunda:expression="${choices.require(task, 'variable', 'CODE_A,CODE_B')}"} on the complete event.
 */
@ModelExpressionBean
@Component("choices")
public class Choices {

    public void require(DelegateTask task, String variable, String allowed) {
        List<String> codes = Arrays.stream(allowed.split(",")).map(String::trim).toList();
        Object value = task.getVariable(variable);
        if (!(value instanceof String code) || !codes.contains(code)) {
            throw new BadUserRequestException(variable + ": chọn một trong " + codes + " / must be one of " + codes);
        }
    }
}
