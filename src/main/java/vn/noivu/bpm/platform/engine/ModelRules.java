package vn.noivu.bpm.platform.engine;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a deployed model (BPMN, DMN, CMMN) may contain, checked on the XML as the engine reads it, element by element:
 * no scripts, no classes outside the project, expressions only through {@link ExpressionChecker}, DMN in FEEL.
 * Every attribute and text is looked at, so a new place where Camunda evaluates an expression is covered too.
 */
final class ModelRules {

    /** A refused element, the element that names it (the nearest with an id), the rule's key and a message. */
    record Violation(Element named, String rule, String message) {
    }

    private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");
    private static final Set<String> SCRIPT_ATTRIBUTES = Set.of("scriptFormat", "language");
    /** Free text for people: never evaluated (a BPMN text annotation's text too; a DMN text is FEEL). */
    private static final Set<String> PROSE = Set.of("documentation", "description");
    private static final int SHOWN = 200;

    private final ExpressionChecker expressions;

    ModelRules(ExpressionChecker expressions) {
        this.expressions = expressions;
    }

    /** The first violation in document order, or null. */
    Violation firstViolation(Element root) {
        return walk(root, root, "");
    }

    private Violation walk(Element element, Element owner, String parentTag) {
        Element named = element.attribute("id") != null ? element : owner;
        String tag = localName(element.getTagName());
        Violation violation = checkElement(element, tag, named);
        if (violation == null && !PROSE.contains(tag) && !("text".equals(tag) && "textAnnotation".equals(parentTag))) {
            violation = checkExpression(element.getText(), named);
        }
        for (int i = 0; violation == null && i < element.elements().size(); i++) {
            violation = walk(element.elements().get(i), named, tag);
        }
        return violation;
    }

    /** The name without its prefix: the engine's reader keeps the prefix when it does not resolve namespaces. */
    private static String localName(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private Violation checkElement(Element element, String tag, Element named) {
        if (SCRIPT_ELEMENTS.contains(tag)) {
            return script(named, tag);
        }
        if ("constraint".equals(tag) && "validator".equals(element.attribute("name"))) {
            Violation validator = checkValidator(element.attribute("config"), named);
            if (validator != null) {
                return validator;
            }
        }
        for (String key : element.attributes()) {
            Violation violation = checkAttribute(key, element.attribute(key), named);
            if (violation != null) {
                return violation;
            }
        }
        return null;
    }

    private Violation checkAttribute(String key, String value, Element named) {
        // Any namespace: the engine also reads the old activiti: prefix.
        String name = localName(key);
        if (SCRIPT_ATTRIBUTES.contains(name)) {
            return script(named, name + "=\"" + value + "\"");
        }
        if ("resource".equals(name)) {
            return script(named, "camunda:resource=\"" + value + "\"");
        }
        if (("class".equals(name) || name.endsWith("Class")) && !projectClass(value)) {
            return new Violation(named, "class-not-allowed", "chỉ được dùng lớp Java của hệ thống (gói "
                    + ModelExpressionBeans.PROJECT_PACKAGE + "..), không được dùng " + shown(value));
        }
        if ("expressionLanguage".equals(name) && !allowedLanguage(value)) {
            return new Violation(named, "expression-language-not-allowed",
                    "bảng quyết định chỉ được viết bằng FEEL, không được dùng ngôn ngữ " + shown(value));
        }
        return checkExpression(value, named);
    }

    private Violation checkValidator(String config, Element named) {
        if (config == null || ExpressionChecker.containsExpression(config) || projectClass(config)) {
            return null;
        }
        return new Violation(named, "class-not-allowed", "trình kiểm tra trường biểu mẫu chỉ được là lớp của hệ thống (gói "
                + ModelExpressionBeans.PROJECT_PACKAGE + "..), không được dùng " + shown(config));
    }

    private Violation checkExpression(String text, Element named) {
        if (!ExpressionChecker.containsExpression(text)) {
            return null;
        }
        ExpressionChecker.Refusal refusal = expressions.refusal(text.trim());
        if (refusal == null) {
            return null;
        }
        String reason;
        switch (refusal) {
            case INVALID:
                reason = "biểu thức không hợp lệ";
                break;
            case MEMBER_NOT_ALLOWED:
                reason = "biểu thức chỉ được gọi phương thức do hệ thống viết cho bean (không phải getClass(), wait()...)";
                break;
            case FUNCTION_NOT_ALLOWED:
                reason = "biểu thức chỉ được dùng các hàm now(), dateTime(), currentUser(), currentUserGroups()";
                break;
            default:
                reason = "biểu thức chỉ được gọi phương thức hoặc đọc thuộc tính của bean được phép (delegate, listener"
                        + " và bean hỗ trợ mô hình của hệ thống)";
        }
        return new Violation(named, refusal.key, reason + ": " + shown(text.trim()));
    }

    private static Violation script(Element named, String what) {
        return new Violation(named, "script-not-allowed", "mô hình không được chứa script (" + shown(what) + ")");
    }

    private static boolean projectClass(String value) {
        return value != null && value.trim().startsWith(ModelExpressionBeans.PROJECT_PACKAGE);
    }

    /** FEEL in DMN; BPMN's default (XPath) only as a declaration, Camunda never evaluates it. */
    private static boolean allowedLanguage(String value) {
        String language = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return language.contains("feel") || language.equals("http://www.w3.org/1999/xpath");
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
