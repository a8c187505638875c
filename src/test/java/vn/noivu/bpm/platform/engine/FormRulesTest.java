package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of lint/check-forms.mjs as the deployment applies them, on a table of forms, without an engine. */
class FormRulesTest {

    private static final String GOOD = "{'id': 'f', 'type': 'default', 'executionPlatform': 'Camunda Platform',"
            + " 'schemaVersion': 16, 'components': [{'id': 'a', 'key': 'note', 'type': 'textfield', 'label': 'Ghi chú'},"
            + " {'id': 'g', 'type': 'group', 'components': [{'id': 'b', 'key': 'rows', 'type': 'table'},"
            + " {'id': 'c', 'type': 'text', 'text': 'Hướng dẫn'}]}]}";

    private static Refusal check(String singleQuoted) {
        return FormRules.firstRefusal(singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodFormPasses() {
        assertThat(check(GOOD)).isNull();
        assertThat(check(GOOD.replace("16", "5"))).isNull();
        assertThat(check(GOOD.replace(", 'components': [", ", 'x': 1, 'components': ["))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                  | ''                                                        | form-not-json
            truncated              | {'id': 'f', 'type'                                        | form-not-json
            trailing garbage       | {'id': 'f'} x                                             | form-not-json
            a list                 | [1, 2]                                                    | form-not-json
            no id                  | {'type': 'default'}                                       | form-id-missing
            blank id               | {'id': ' ', 'type': 'default'}                            | form-id-missing
            id not text            | {'id': 7, 'type': 'default'}                              | form-id-missing
            wrong type             | {'id': 'f', 'type': 'custom', 'components': []}           | form-type-invalid
            no components          | {'id': 'f', 'type': 'default'}                            | form-components-not-list
            components an object   | {'id': 'f', 'type': 'default', 'components': {}}          | form-components-not-list
            """)
    void aBrokenFormIsRefused(String label, String form, String rule) {
        assertThat(check(form)).as(label).extracting(Refusal::rule).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Camunda 8 form         | 'Camunda Platform'      | 'Camunda Cloud'                    | form-platform-invalid
            schema too new         | 'schemaVersion': 16     | 'schemaVersion': 17                | form-schema-version-unsupported
            schema missing         | 'schemaVersion': 16,    | ''                                 | form-schema-version-unsupported
            schema as text         | 'schemaVersion': 16     | 'schemaVersion': '16'              | form-schema-version-unsupported
            number field           | 'textfield'             | 'number'                           | form-number-field
            input without label    | , 'label': 'Ghi chú'    | ''                                 | form-label-missing
            empty label            | 'label': 'Ghi chú'      | 'label': ''                        | form-label-missing
            duplicate id nested    | 'id': 'b'               | 'id': 'a'                          | form-component-id-duplicate
            nested not a list      | 'type': 'group', 'components': [{'id': 'b', 'key': 'rows', 'type': 'table'}, {'id': 'c', 'type': 'text', 'text': 'Hướng dẫn'}] | 'type': 'group', 'components': 'abc' | form-components-not-list
            component not object   | {'id': 'c', 'type': 'text', 'text': 'Hướng dẫn'} | 42               | form-component-invalid
            """)
    void aFormTheTasklistCannotRenderIsRefused(String label, String replace, String with, String rule) {
        String form = GOOD.replace(replace, with);
        assertThat(form).as(label).isNotEqualTo(GOOD);
        assertThat(check(form)).as(label).extracting(Refusal::rule).isEqualTo(rule);
    }

    @Test
    void aLongIdIsRefused() {
        assertThat(check(GOOD.replace("'id': 'f'", "'id': '" + "f".repeat(256) + "'")).rule())
                .isEqualTo("form-id-too-long");
    }

    @Test
    void anIdWithAControlCharacterIsRefused() {
        assertThat(check(GOOD.replace("'id': 'f'", "'id': 'f\\u0000'")).rule()).isEqualTo("form-id-invalid");
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (255 - i);
        }
        assertThat(FormRules.firstRefusal(binary).rule()).isEqualTo("form-not-json");
        assertThat(FormRules.firstRefusal(null).rule()).isEqualTo("form-not-json");
    }

    @Test
    void everyShippedFormPasses() throws IOException {
        List<Path> forms;
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            forms = files.filter(file -> file.toString().endsWith(".form")).toList();
        }
        assertThat(forms).hasSizeGreaterThanOrEqualTo(20);
        for (Path form : forms) {
            Refusal refusal = FormRules.firstRefusal(Files.readAllBytes(form));
            assertThat(refusal).as(form + ": " + refusal).isNull();
        }
    }
}
