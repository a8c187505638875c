package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document template cannot run code, in the generator or in a browser, nor fetch anything. */
class TemplateRulesTest {

    @Test
    void theShippedTemplatesPass() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("bpmn")), Files.walk(Path.of("src/test/resources/documents")))) {
            var templates = files.filter(f -> f.toString().endsWith(TemplateRules.SUFFIX)).toList();
            assertThat(templates).hasSizeGreaterThanOrEqualTo(3);
            for (Path template : templates) {
                assertThat(TemplateRules.firstRefusal(Files.readAllBytes(template))).as(template.toString()).isNull();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>{{{name}}}</p>|template-unescaped",
            "<p>{{& name}}</p>|template-unescaped",
            "<p>{{=<% %>=}}<%name%></p>|template-delimiter",
            "<p>{{name()}}</p>|template-tag",
            "<script>fetch('/engine-rest/user')</script>|template-tag-not-allowed",
            "<img src=x>|template-tag-not-allowed",
            "<iframe src='/camunda'></iframe>|template-tag-not-allowed",
            "<a href='javascript:alert(1)'>x</a>|template-tag-not-allowed",
            "<p onclick='alert(1)'>x</p>|template-attribute-not-allowed",
            "<p style='background: url(http://169.254.169.254/)'>x</p>|template-fetch",
            "<style>@import 'http://example.org/a.css';</style>|template-fetch",
            "<style>p { background: url(file:///etc/passwd) }</style>|template-fetch",
            "|template-empty"})
    void refused(String template, String rule) {
        Refusal refusal = TemplateRules.firstRefusal(template == null ? new byte[0]
                : template.getBytes(StandardCharsets.UTF_8));
        assertThat(refusal).isNotNull();
        assertThat(refusal.rule()).isEqualTo(rule);
        assertThat(refusal.message()).isNotBlank();
    }

    @Test
    void notUtf8IsRefused() {
        assertThat(TemplateRules.firstRefusal(new byte[] {'<', 'p', '>', (byte) 0xC3, (byte) 0x28}).rule())
                .isEqualTo("template-not-utf8");
    }

    @Test
    void valuesSectionsPartialsAndCommentsAreAllowed() {
        String template = "<p class=\"center\">{{! a comment }}{{> decree30-header}}{{#people}}{{name}}, {{.}}"
                + "{{/people}}{{^people}}không có{{/people}}{{round.name}}</p>";
        assertThat(TemplateRules.firstRefusal(template.getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
