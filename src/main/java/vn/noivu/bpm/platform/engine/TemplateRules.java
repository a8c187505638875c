package vn.noivu.bpm.platform.engine;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a deployed document template ({@value #SUFFIX}) may contain, so that a template cannot run code: in the
 * generator, Mustache that only reads values ({@code {{name}}}, sections, partials; never unescaped output or a
 * changed delimiter that would hide tags from this check); in a browser that opens the resource from engine REST, and
 * in the PDF printer, HTML from an allow-list of tags and attributes, with no script, no event handler, no link
 * and no URL to fetch (CSS {@code url()} and {@code @import} included).
 */
final class TemplateRules {

    static final String SUFFIX = ".template.html";
    static final int MAX_BYTES = 512 * 1024;

    private static final Set<String> TAGS = Set.of("html", "head", "title", "meta", "style", "body", "div", "p",
            "span", "b", "strong", "i", "em", "u", "br", "sup", "sub", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "colgroup", "col", "h1", "h2", "h3", "h4", "ul", "ol", "li", "hr");
    private static final Set<String> ATTRIBUTES = Set.of("class", "style", "colspan", "rowspan", "width", "lang",
            "charset", "align", "valign");
    private static final Pattern MUSTACHE_TAG = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern FETCH = Pattern.compile("url\\s*\\(|@import|expression\\s*\\(|javascript:",
            Pattern.CASE_INSENSITIVE);

    private TemplateRules() {
    }

    static boolean isTemplate(String resourceName) {
        return resourceName != null && resourceName.endsWith(SUFFIX);
    }

    /** The first rule the template breaks, or null. */
    static Refusal firstRefusal(byte[] content) {
        if (content == null || content.length == 0) {
            return new Refusal("template-empty", "mẫu văn bản rỗng");
        }
        if (content.length > MAX_BYTES) {
            return new Refusal("template-too-large", "mẫu văn bản quá " + MAX_BYTES / 1024 + " KB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new Refusal("template-not-utf8", "mẫu văn bản phải mã hóa UTF-8");
        }
        Refusal mustache = mustacheRefusal(text);
        return mustache != null ? mustache : htmlRefusal(text);
    }

    private static Refusal mustacheRefusal(String text) {
        if (text.contains("{{{")) {
            return new Refusal("template-unescaped", "không được dùng {{{...}}}: mọi giá trị phải được mã hóa HTML");
        }
        Matcher tags = MUSTACHE_TAG.matcher(text);
        while (tags.find()) {
            String tag = tags.group(1).strip();
            if (tag.startsWith("&")) {
                return new Refusal("template-unescaped", "không được dùng {{& ...}}: mọi giá trị phải được mã hóa HTML");
            }
            if (tag.startsWith("=")) {
                return new Refusal("template-delimiter", "không được đổi ký hiệu {{ }} của Mustache");
            }
            if (!tag.matches("[#^/>!]?\\s*[\\p{L}\\p{N}_.\\-]*") && !tag.startsWith("!")) {
                return new Refusal("template-tag", "thẻ Mustache không hợp lệ: {{" + abbreviate(tag) + "}}");
            }
        }
        return null;
    }

    private static Refusal htmlRefusal(String text) {
        Document document = Jsoup.parse(text, "", Parser.htmlParser());
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("#root")) {
                continue;
            }
            if (!TAGS.contains(tag)) {
                return new Refusal("template-tag-not-allowed", "thẻ <" + tag + "> không được phép trong mẫu văn bản"
                        + " (chỉ đoạn văn, bảng, định dạng chữ và <style>)");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (!ATTRIBUTES.contains(name)) {
                    return new Refusal("template-attribute-not-allowed", "thuộc tính " + name + " của thẻ <" + tag
                            + "> không được phép trong mẫu văn bản");
                }
                if (FETCH.matcher(attribute.getValue()).find()) {
                    return new Refusal("template-fetch", "mẫu văn bản không được tải tài nguyên ngoài hay chạy mã"
                            + " (thuộc tính " + name + ")");
                }
            }
        }
        if (FETCH.matcher(document.select("style").html()).find()) {
            return new Refusal("template-fetch", "CSS của mẫu văn bản không được dùng url(), @import hay mã");
        }
        return null;
    }

    private static String abbreviate(String tag) {
        return tag.length() > 40 ? tag.substring(0, 40) + "…" : tag;
    }
}
