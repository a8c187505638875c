package vn.noivu.bpm.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Short schema names that never merge two classes. The models are read with fully qualified names
 * ({@code springdoc.use-fqn}), because two classes of the same simple name (a recruitment and a promotion
 * {@code RoundView}) would otherwise share one schema and one would describe the other's body. Each is then named
 * by its simple name when no other class has it, else with its enclosing classes ({@code RecruitmentController.RoundView}),
 * else it keeps its qualified name; every reference is rewritten.
 */
final class SchemaNames {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaNames() {
    }

    static void shorten(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Map<String, String> renamed = names(schemas.keySet());
        Map<String, Schema> shortened = new TreeMap<>();
        schemas.forEach((name, schema) -> shortened.put(renamed.getOrDefault(name, name), schema));
        openApi.getComponents().setSchemas(new LinkedHashMap<>(shortened));

        Set<Schema> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        shortened.values().forEach(schema -> rewrite(schema, renamed, seen));
        if (openApi.getPaths() != null) {
            for (PathItem item : openApi.getPaths().values()) {
                for (Operation operation : item.readOperations()) {
                    if (operation.getParameters() != null) {
                        for (Parameter parameter : operation.getParameters()) {
                            rewrite(parameter.getSchema(), renamed, seen);
                        }
                    }
                    if (operation.getRequestBody() != null) {
                        rewrite(operation.getRequestBody().getContent(), renamed, seen);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().values().forEach(response -> {
                            rewrite(response.getContent(), renamed, seen);
                            if (response.getHeaders() != null) {
                                for (Header header : response.getHeaders().values()) {
                                    rewrite(header.getSchema(), renamed, seen);
                                }
                            }
                        });
                    }
                }
            }
        }
    }

    /** Qualified name → short name, decided on the whole set so the result does not depend on any order. */
    static Map<String, String> names(Collection<String> qualified) {
        Map<String, List<String>> bySimple = new HashMap<>();
        Map<String, List<String>> byNested = new HashMap<>();
        for (String name : qualified) {
            bySimple.computeIfAbsent(simple(name), n -> new ArrayList<>()).add(name);
            byNested.computeIfAbsent(nested(name), n -> new ArrayList<>()).add(name);
        }
        Map<String, String> names = new HashMap<>();
        for (String name : qualified) {
            if (bySimple.get(simple(name)).size() == 1) {
                names.put(name, simple(name));
            } else if (byNested.get(nested(name)).size() == 1) {
                names.put(name, nested(name));
            } else {
                names.put(name, name.replace('$', '.'));
            }
        }
        return names;
    }

    /** com.example.web.SomeController.RoundView → SomeController.RoundView */
    private static String nested(String qualified) {
        String[] parts = qualified.replace('$', '.').split("\\.");
        int first = 0;
        while (first < parts.length - 1 && (parts[first].isEmpty() || !Character.isUpperCase(parts[first].charAt(0)))) {
            first++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }

    private static String simple(String qualified) {
        return qualified.substring(Math.max(qualified.lastIndexOf('.'), qualified.lastIndexOf('$')) + 1);
    }

    private static void rewrite(Content content, Map<String, String> renamed, Set<Schema> seen) {
        if (content != null) {
            content.values().forEach(media -> rewrite(media.getSchema(), renamed, seen));
        }
    }

    @SuppressWarnings("unchecked")
    private static void rewrite(Schema<?> schema, Map<String, String> renamed, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.get$ref() != null && schema.get$ref().startsWith(PREFIX)) {
            String target = schema.get$ref().substring(PREFIX.length());
            if (renamed.containsKey(target)) {
                schema.set$ref(PREFIX + renamed.get(target));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> rewrite(property, renamed, seen));
        }
        rewrite(schema.getItems(), renamed, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            rewrite(additional, renamed, seen);
        }
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(part -> rewrite(part, renamed, seen));
            }
        }
        rewrite(schema.getNot(), renamed, seen);
    }
}
