package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Parse;
import org.camunda.bpm.engine.impl.util.xml.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FEEL and typeRefs the DMN engine would only fail on when a decision is evaluated, found without an engine. */
class DecisionRulesTest {

    private static final String TABLE = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="defs" name="d" namespace="t">
              <decision id="d" name="d"><decisionTable id="table">
                <input id="in"><inputExpression id="inExpr" typeRef="integer"><text>score + 1</text></inputExpression></input>
                <output id="out" name="r" typeRef="string" />
                <rule id="rule1"><inputEntry id="entry1"><text>[1..10]</text></inputEntry>
                  <outputEntry id="result1"><text>"đạt"</text></outputEntry></rule>
                <rule id="rule2"><inputEntry id="entry2"><text>-</text></inputEntry>
                  <outputEntry id="result2"><text></text></outputEntry></rule>
              </decisionTable></decision>
            </definitions>
            """;

    private static Element parse(String xml) {
        Parse parse = new Parser() {
            @Override
            public Parse createParse() {
                return new Parse(this) {
                };
            }
        }.createParse();
        return parse.sourceInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).execute()
                .getRootElement();
    }

    @Test
    void aGoodTablePasses() {
        assertThat(DecisionRules.firstViolation(parse(TABLE))).isNull();
        assertThat(DecisionRules.transformError(TABLE.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            input entry       | [1..10]          | [1..           | entry1  | feel-invalid
            input expression  | score + 1        | score +        | inExpr  | feel-invalid
            output entry      | "đạt"            | "đạt           | result1 | feel-invalid
            type              | typeRef="string" | typeRef="text" | out     | type-ref-unknown
            """)
    void aBrokenPartIsNamed(String label, String replace, String with, String element, String rule) {
        String broken = TABLE.replace(replace, with);
        assertThat(broken).isNotEqualTo(TABLE);
        ModelRules.Violation violation = DecisionRules.firstViolation(parse(broken));
        assertThat(violation).as(label).isNotNull();
        assertThat(violation.named().attribute("id")).isEqualTo(element);
        assertThat(violation.rule()).isEqualTo(rule);
        // What the DMN engine alone would accept (it compiles FEEL lazily, an unknown type is a warning).
        assertThat(DecisionRules.transformError(broken.getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void whatIsNoDecisionTableIsATransformError() {
        assertThat(DecisionRules.transformError("<root/>".getBytes(StandardCharsets.UTF_8))).contains("DMN-");
    }

    @Test
    void everyShippedDecisionPasses() throws IOException {
        List<Path> tables;
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            tables = files.filter(file -> file.toString().endsWith(".dmn")).toList();
        }
        assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
        for (Path table : tables) {
            byte[] bytes = Files.readAllBytes(table);
            ModelRules.Violation violation = DecisionRules.firstViolation(parse(new String(bytes, StandardCharsets.UTF_8)));
            assertThat(violation).as(table + ": " + (violation == null ? "" : violation.message())).isNull();
            assertThat(DecisionRules.transformError(bytes)).as(table.toString()).isNull();
        }
    }
}
