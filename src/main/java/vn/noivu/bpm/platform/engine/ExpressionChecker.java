package vn.noivu.bpm.platform.engine;

import java.util.Set;
import java.util.function.BiPredicate;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilder;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Decides whether a model's expression ({@code ${...}} or {@code #{...}}) may run. It is parsed with Camunda's own
 * JUEL parser and its tree walked: values, variables, operators and Camunda's date and user functions are free;
 * a method call or a property read is allowed only directly on an allowed bean and only for a member the project
 * wrote ({@code ${deadlines.workingDays(d, 5)}}, not {@code getClass()}), never on a variable or an engine object
 * ({@code ${execution.processEngine...}}) nor on what a call returned.
 */
public final class ExpressionChecker {

    /** Why an expression is refused; the English key that goes into the error body. */
    public enum Refusal {
        INVALID("expression-invalid"),
        NOT_ON_ALLOWED_BEAN("expression-not-allowed"),
        MEMBER_NOT_ALLOWED("expression-member-not-allowed"),
        FUNCTION_NOT_ALLOWED("expression-function-not-allowed");

        public final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /** The functions Camunda's expression manager registers (ProcessEngineConfigurationImpl.initExpressionManager). */
    private static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

    private static final TreeBuilder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    /** Whether a model may use this member (method, or property by its name) of this bean; false for other names. */
    private final BiPredicate<String, String> allowedMember;

    public ExpressionChecker(BiPredicate<String, String> allowedMember) {
        this.allowedMember = allowedMember;
    }

    /** Whether a text holds an expression at all; text without one is a literal for the engine. */
    public static boolean containsExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Null when the expression may run, otherwise the reason it may not. */
    public Refusal refusal(String expression) {
        Node root;
        try {
            root = PARSER.build(expression).getRoot();
        } catch (TreeBuilderException | IllegalArgumentException e) {
            return Refusal.INVALID;
        }
        return walk(root);
    }

    private Refusal walk(Node node) {
        if (node instanceof AstMethod) {
            Node property = node.getChild(0);
            Refusal refused = checkProperty(property);
            return refused != null ? refused : walk(node.getChild(1));
        }
        if (node instanceof AstProperty) {
            return checkProperty(node);
        }
        if (node instanceof AstFunction && !FUNCTIONS.contains(((AstFunction) node).getName())) {
            return Refusal.FUNCTION_NOT_ALLOWED;
        }
        return walkChildren(node, 0);
    }

    /** {@code bean.member} on an allowed bean; {@code base[key]} never (the key could name any member). */
    private Refusal checkProperty(Node property) {
        Node base = property.getChild(0);
        if (!(property instanceof AstDot) || !(base instanceof AstIdentifier)) {
            return Refusal.NOT_ON_ALLOWED_BEAN;
        }
        String bean = ((AstIdentifier) base).getName();
        if (!allowedMember.test(bean, null)) {
            return Refusal.NOT_ON_ALLOWED_BEAN;
        }
        return allowedMember.test(bean, memberName((AstDot) property)) ? null : Refusal.MEMBER_NOT_ALLOWED;
    }

    /** AstDot keeps its name private; its toString() is the name after a dot. */
    private static String memberName(AstDot dot) {
        return dot.toString().replaceFirst("^\\s*\\.\\s*", "");
    }

    private Refusal walkChildren(Node node, int from) {
        for (int i = from; i < node.getCardinality(); i++) {
            Refusal refused = walk(node.getChild(i));
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }
}
