package vn.noivu.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of a page: axe-core (from npm, installed by the build into lint/node_modules) injected
 * into the page the browser shows, run with the WCAG 2.1 A and AA rules; a serious or critical violation fails.
 */
public final class AxeCheck {

    private static final Path AXE = Path.of("lint", "node_modules", "axe-core", "axe.min.js");

    private AxeCheck() {
    }

    /** Runs axe-core on the page shown now; asserts no serious or critical violation, naming each one found. */
    public static void assertAccessible(WebDriver driver, String page) {
        List<Map<String, Object>> violations = violations(driver);
        List<String> severe = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + targets(v))
                .toList();
        assertThat(severe).as("axe-core: serious or critical violations on " + page).isEmpty();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> violations(WebDriver driver) {
        String script;
        try {
            script = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build (npm ci in lint/); run it once", e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        return (List<Map<String, Object>>) result;
    }

    private static Object targets(Map<String, Object> violation) {
        return violation.get("targets");
    }
}
