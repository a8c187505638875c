package vn.noivu.bpm.platform.engine;

import java.util.List;
import org.camunda.bpm.engine.ParseException;

/** Why a deployment resource is refused: the rule's key (English, in brackets) and a message in Vietnamese. */
record Refusal(String rule, String message) {

    /** The engine's ParseException, which engine REST answers with 400, naming the resource and the rule. */
    ParseException exception(String resourceName) {
        return new ParseException("Tệp " + resourceName + " bị từ chối [" + rule + "]: " + message, resourceName,
                List.of(), List.of());
    }
}
