package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.junit.jupiter.api.Test;

/** The model rules on small XML pieces, without an engine: which element is named and by which rule. */
class ModelRulesTest {

    private final ModelRules rules = new ModelRules(new ExpressionChecker(
            (bean, member) -> Set.of("deadlines", "approvalDecision").contains(bean)));

    private static Element xml(String body) {
        String text = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:activiti=\"http://activiti.org/bpmn\""
                + " id=\"defs\"><process id=\"p\">" + body + "</process></definitions>";
        return parse(text);
    }

    private static Element parse(String text) {
        Parse parse = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }
        }.createParse();
        return parse.sourceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).execute()
                .getRootElement();
    }

    private ModelRules.Violation check(String body) {
        return rules.firstViolation(xml(body));
    }

    private void assertRefused(String body, String elementId, String rule) {
        ModelRules.Violation violation = check(body);
        assertThat(violation).as(body).isNotNull();
        assertThat(violation.named().attribute("id")).isEqualTo(elementId);
        assertThat(violation.rule()).isEqualTo(rule);
    }

    @Test
    void whatTheProjectsModelsUsePasses() {
        assertThat(check("<documentation>Ví dụ: ${execution.processEngine} chỉ là chữ</documentation>"
                + "<userTask id=\"t\" camunda:dueDate=\"${deadlines.workingDays(publishedAt, 5)}\">"
                + "<extensionElements><camunda:taskListener delegateExpression=\"${approvalDecision}\" event=\"create\"/>"
                + "</extensionElements></userTask><serviceTask id=\"s\" camunda:class=\"vn.noivu.bpm.X\"/>"
                + "<sequenceFlow id=\"f\"><conditionExpression>${!approved}</conditionExpression></sequenceFlow>"
                + "<textAnnotation id=\"a\"><text>${jdbcTemplate}</text></textAnnotation>")).isNull();
    }

    @Test
    void scriptsAnywhereAreRefused() {
        assertRefused("<serviceTask id=\"s\"><extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
                + "<camunda:script scriptFormat=\"groovy\">1</camunda:script></camunda:inputParameter></camunda:inputOutput>"
                + "</extensionElements></serviceTask>", "s", "script-not-allowed");
        assertRefused("<sequenceFlow id=\"f\"><conditionExpression camunda:resource=\"deployment://x.js\"/></sequenceFlow>",
                "f", "script-not-allowed");
        assertRefused("<userTask id=\"t\"><extensionElements><camunda:taskListener event=\"create\">"
                + "<camunda:script scriptFormat=\"javascript\" resource=\"x.js\"/></camunda:taskListener>"
                + "</extensionElements></userTask>", "t", "script-not-allowed");
    }

    @Test
    void classesOutsideTheProjectAreRefusedWhateverThePrefix() {
        assertRefused("<serviceTask id=\"s\" activiti:class=\"java.lang.ProcessBuilder\"/>", "s", "class-not-allowed");
        assertRefused("<callActivity id=\"c\" camunda:variableMappingClass=\"com.evil.Mapping\"/>", "c",
                "class-not-allowed");
        assertRefused("<userTask id=\"t\"><extensionElements><camunda:formData><camunda:formField id=\"x\" type=\"string\">"
                + "<camunda:validation><camunda:constraint name=\"validator\" config=\"com.evil.Validator\"/>"
                + "</camunda:validation></camunda:formField></camunda:formData></extensionElements></userTask>",
                "x", "class-not-allowed");
    }

    @Test
    void expressionsEverywhereAreChecked() {
        assertRefused("<userTask id=\"t\" camunda:assignee=\"${execution.processEngine.name}\"/>", "t",
                "expression-not-allowed");
        assertRefused("<intermediateCatchEvent id=\"w\"><timerEventDefinition><timeDuration>"
                + "${jdbcTemplate.queryForObject('select 1', 'x'.class)}</timeDuration></timerEventDefinition>"
                + "</intermediateCatchEvent>", "w", "expression-not-allowed");
        assertRefused("<serviceTask id=\"s\" camunda:delegateExpression=\"${deadlines\"/>", "s", "expression-invalid");
    }

    @Test
    void decisionTablesAreFeelOnly() {
        Element dmn = parse("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\">"
                + "<decision id=\"dec\"><decisionTable id=\"tab\"><input id=\"in\"><inputExpression id=\"ie\""
                + " expressionLanguage=\"javascript\"><text>java.lang.System.exit(1)</text></inputExpression></input>"
                + "</decisionTable></decision></definitions>");
        ModelRules.Violation violation = rules.firstViolation(dmn);
        assertThat(violation.named().attribute("id")).isEqualTo("ie");
        assertThat(violation.rule()).isEqualTo("expression-language-not-allowed");
        assertThat(rules.firstViolation(parse("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\""
                + " id=\"d\"><decision id=\"dec\"><description>${x.y}</description><literalExpression id=\"l\""
                + " expressionLanguage=\"feel\"><text>a + 1</text></literalExpression></decision></definitions>")))
                .isNull();
    }
}
