package vn.noivu.bpm.documents.render;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.error.Refused;

/**
 * Fills a deployed Mustache template with a document's data. The data are only maps, lists, strings and booleans,
 * read through jmustache's basic collector (no reflection), so a template reaches no Java object; every value is
 * HTML-escaped (the deployment check refuses unescaped output). A name the data do not have is an error, not an empty
 * gap in a signed document.
 */
@Component
public class TemplateRenderer {

    /** Partials nest (a template includes the layout), but never this deep unless one includes itself. */
    static final int MAX_PARTIALS = 50;

    private final TemplateStore store;

    public TemplateRenderer(TemplateStore store) {
        this.store = store;
    }

    /** The filled template (HTML) and the deployment of the template itself. */
    public record Rendered(String html, String templateDeploymentId) {
    }

    public Rendered render(String templateName, Map<String, Object> data) {
        return render(store::latest, templateName, data);
    }

    /** Fills the template {@code templateName} of {@code templates} (which also supplies the partials). */
    public static Rendered render(Function<String, Optional<TemplateStore.StoredTemplate>> templates,
                                  String templateName, Map<String, Object> data) {
        checkValues(data, "");
        TemplateStore.StoredTemplate template = templates.apply(templateName)
                .orElseThrow(() -> Refused.conflict("template_not_deployed", "Chưa triển khai mẫu văn bản "
                        + templateName + TemplateStore.SUFFIX + "."));
        AtomicInteger partials = new AtomicInteger();
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .emptyStringIsFalse(true)
                .withCollector(new BasicCollector() {
                    @Override
                    public <K, V> Map<K, V> createFetcherCache() {
                        return new ConcurrentHashMap<>();
                    }
                })
                .withLoader(name -> {
                    if (partials.incrementAndGet() > MAX_PARTIALS) {
                        throw new MustacheException("partials nested too deep at " + name);
                    }
                    return new StringReader(templates.apply(name).orElseThrow(() -> new MustacheException(
                            "partial not deployed: " + name)).text());
                });
        try {
            return new Rendered(compiler.compile(template.text()).execute(data), template.deploymentId());
        } catch (MustacheException | StackOverflowError broken) {
            throw Refused.conflict("template_failed", "Mẫu văn bản " + templateName
                    + " không điền được với dữ liệu của văn bản: " + broken.getMessage());
        }
    }

    /** Only what a template may read: strings, booleans, lists and maps of them. */
    static void checkValues(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkValues(item, path + "." + key));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> checkValues(item, path + "[]"));
        } else if (!(value instanceof String) && !(value instanceof Boolean)) {
            throw new IllegalArgumentException("Document data may hold only strings, booleans, lists and maps: "
                    + path + " is " + (value == null ? "null" : value.getClass().getSimpleName()));
        }
    }
}
