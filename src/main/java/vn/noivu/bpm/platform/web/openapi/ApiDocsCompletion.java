package vn.noivu.bpm.platform.web.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.noivu.bpm.platform.web.ApiError;
import vn.noivu.bpm.platform.web.TableDownload;

/**
 * The parts of the description the annotations do not give: the {@link ApiError} schema every 4xx response names,
 * the media types of downloads (an address ending in .pdf, .csv, .xlsx, .docx, .png or .html, or in
 * {@code .{format}} with the formats its mapping allows), and tags in a stable order.
 */
class ApiDocsCompletion implements OpenApiCustomizer {

    /** What each file ending is served as (the types {@link TableDownload} and the document endpoints set). */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "csv", "text/csv",
            "xlsx", TableDownload.XLSX.toString(),
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "png", "image/png",
            "html", "text/html");

    private static final Pattern ENDING = Pattern.compile("\\.(?:([a-z]+)|\\{([A-Za-z]+)})$");

    /** A path variable with its pattern, as a mapping writes it: {format:csv|xlsx}, {id:\\d{1,18}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+):((?:[^{}]|\\{[^{}]*})+)}");

    private final RequestMappingHandlerMapping handlerMapping;

    ApiDocsCompletion(RequestMappingHandlerMapping handlerMapping) {
        this.handlerMapping = handlerMapping;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Map<String, Schema> errorSchemas = ModelConverters.getInstance().readAll(ApiError.class);
        errorSchemas.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema.type("object")));
        if (openApi.getPaths() != null) {
            Map<String, Map<String, String>> patterns = pathVariablePatterns();
            openApi.getPaths().forEach((path, item) -> {
                constrainPathVariables(item, patterns.getOrDefault(path, Map.of()));
                describeDownloads(path, item);
            });
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(ApiDocsCompletion::describeOtherFiles);
        }
        SchemaNames.shorten(openApi);
        if (openApi.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openApi.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openApi.setTags(tags);
        }
    }

    private void describeDownloads(String path, PathItem item) {
        Matcher ending = ENDING.matcher(path);
        if (!ending.find()) {
            return;
        }
        for (Operation operation : item.readOperations()) {
            List<String> formats;
            if (ending.group(1) != null) {
                formats = List.of(ending.group(1));
            } else {
                Parameter format = operation.getParameters() == null ? null : operation.getParameters().stream()
                        .filter(p -> "path".equals(p.getIn()) && ending.group(2).equals(p.getName()))
                        .findFirst().orElse(null);
                formats = format == null ? List.of() : formats(format);
                if (format != null && !formats.isEmpty()) {
                    format.setSchema(new StringSchema()._enum(formats));
                    if (format.getDescription() == null) {
                        format.setDescription("Định dạng tệp: " + String.join(" hoặc ", formats) + ".");
                    }
                }
            }
            if (formats.isEmpty() || !formats.stream().allMatch(MEDIA_TYPES::containsKey)) {
                continue;
            }
            ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (ok == null) {
                continue;
            }
            Content content = new Content();
            for (String extension : formats) {
                Schema<?> schema = "html".equals(extension) ? new StringSchema() : new StringSchema().format("binary");
                content.addMediaType(MEDIA_TYPES.get(extension), new MediaType().schema(schema));
            }
            ok.setContent(content);
        }
    }

    /**
     * A byte[] body at an address without a file ending (an uploaded attachment, PDF or DOCX): a file whose type
     * is the stored one, not a JSON string of base64.
     */
    private static void describeOtherFiles(PathItem item) {
        for (Operation operation : item.readOperations()) {
            if (operation.getResponses() == null) {
                continue;
            }
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getContent() != null && response.getContent().values().stream()
                        .anyMatch(media -> media.getSchema() != null && "byte".equals(media.getSchema().getFormat()))) {
                    response.setContent(new Content().addMediaType("*/*",
                            new MediaType().schema(new StringSchema().format("binary"))));
                    response.setDescription("Tệp tải về; Content-Type là kiểu của tệp đã lưu");
                }
            });
        }
    }

    /** Path (as the description writes it, {id}) → variable → the pattern its mapping gives it. */
    private Map<String, Map<String, String>> pathVariablePatterns() {
        Map<String, Map<String, String>> patterns = new LinkedHashMap<>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(mapping -> {
            Matcher variable = VARIABLE.matcher(mapping);
            Map<String, String> found = new LinkedHashMap<>();
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                found.put(variable.group(1), variable.group(2));
                variable.appendReplacement(path, Matcher.quoteReplacement("{" + variable.group(1) + "}"));
            }
            variable.appendTail(path);
            if (!found.isEmpty()) {
                patterns.computeIfAbsent(path.toString(), p -> new LinkedHashMap<>()).putAll(found);
            }
        }));
        return patterns;
    }

    /** A list of words (csv|xlsx) becomes the allowed values; any other pattern is stated as the value's pattern. */
    private static void constrainPathVariables(PathItem item, Map<String, String> patterns) {
        for (Operation operation : item.readOperations()) {
            if (operation.getParameters() == null) {
                continue;
            }
            for (Parameter parameter : operation.getParameters()) {
                String pattern = "path".equals(parameter.getIn()) ? patterns.get(parameter.getName()) : null;
                if (pattern == null) {
                    continue;
                }
                if (pattern.matches("[a-z]+(\\|[a-z]+)*")) {
                    parameter.setSchema(new StringSchema()._enum(Arrays.asList(pattern.split("\\|"))));
                } else if (parameter.getSchema() != null && "string".equals(parameter.getSchema().getType())) {
                    parameter.getSchema().setPattern("^(?:" + pattern + ")$");
                }
            }
        }
    }

    /** The values a {format:csv|xlsx} path variable allows, from the pattern the mapping gave it. */
    private static List<String> formats(Parameter format) {
        Schema<?> schema = format.getSchema();
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().stream().map(Object::toString).toList();
        }
        if (schema != null && schema.getPattern() != null && schema.getPattern().matches("[a-z]+(\\|[a-z]+)*")) {
            return Arrays.asList(schema.getPattern().split("\\|"));
        }
        return List.of();
    }
}
