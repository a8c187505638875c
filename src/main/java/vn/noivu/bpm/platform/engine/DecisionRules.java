package vn.noivu.bpm.platform.engine;

import java.io.ByteArrayInputStream;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * A DMN the engine would accept but could not evaluate: the DMN engine compiles FEEL only when a decision is
 * evaluated, and an unknown typeRef only logs a warning. So every FEEL text is compiled here (nothing evaluated),
 * every typeRef checked, and the whole file transformed by Camunda's DMN engine, at deployment.
 */
final class DecisionRules {

    /** The types of Camunda's DefaultDataTypeTransformerRegistry. */
    static final Set<String> TYPE_REFS = Set.of("string", "boolean", "integer", "long", "double", "date");

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final int SHOWN = 200;

    private DecisionRules() {
    }

    /** The first FEEL text or typeRef the DMN engine would fail on, or null. */
    static ModelRules.Violation firstViolation(Element root) {
        return walk(root, root, "");
    }

    /** What Camunda's DMN engine says when it cannot transform the file, or null. */
    static String transformError(byte[] dmn) {
        try {
            DMN.parseDecisions(new ByteArrayInputStream(dmn));
            return null;
        } catch (RuntimeException refused) {
            Throwable root = refused;
            StringBuilder message = new StringBuilder(String.valueOf(refused.getMessage()));
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                message.append(" / ").append(root.getMessage());
            }
            return message.toString();
        }
    }

    private static ModelRules.Violation walk(Element element, Element owner, String parentTag) {
        Element named = element.attribute("id") != null ? element : owner;
        String tag = localName(element.getTagName());
        ModelRules.Violation violation = checkTypeRef(element.attribute("typeRef"), named);
        if (violation == null && "text".equals(tag)) {
            violation = checkFeel(parentTag, element.getText(), named);
        }
        for (int i = 0; violation == null && i < element.elements().size(); i++) {
            violation = walk(element.elements().get(i), named, tag);
        }
        return violation;
    }

    private static ModelRules.Violation checkTypeRef(String typeRef, Element named) {
        if (typeRef == null || TYPE_REFS.contains(typeRef.trim())) {
            return null;
        }
        return new ModelRules.Violation(named, "type-ref-unknown", "kiểu dữ liệu \"" + shown(typeRef)
                + "\" không được hỗ trợ, chỉ dùng " + String.join(", ", TYPE_REFS.stream().sorted().toList()));
    }

    /** Input entries are unary tests, input expressions, output entries and literal expressions are expressions;
     *  an empty entry means "any" (input) or "no value" (output). */
    private static ModelRules.Violation checkFeel(String parentTag, String text, Element named) {
        String feel = text == null ? "" : text.trim();
        if (feel.isEmpty()) {
            return null;
        }
        ParseResult result;
        switch (parentTag) {
            case "inputEntry":
                result = FEEL.parseUnaryTests(feel);
                break;
            case "inputExpression":
            case "outputEntry":
            case "literalExpression":
                result = FEEL.parseExpression(feel);
                break;
            default:
                return null;
        }
        if (result.isSuccess()) {
            return null;
        }
        return new ModelRules.Violation(named, "feel-invalid", "biểu thức FEEL không hợp lệ: " + shown(feel) + " ("
                + shown(result.failure().message()) + ")");
    }

    private static String localName(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
