package vn.noivu.bpm.documents.render;

import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.jsoup.nodes.Element;

/**
 * The formatting a template asks for, as the Word writer understands it: the layout classes of
 * {@code decree30-style} ({@code center}, {@code bold}, {@code italic}, {@code s13}, {@code indent}, {@code tight}...),
 * the tags b/strong, i/em, u, and inline {@code text-align}, {@code font-weight}, {@code font-style},
 * {@code font-size: Npt}. Inherited from the enclosing elements as in CSS.
 */
record DocxStyle(ParagraphAlignment align, boolean bold, boolean italic, boolean underline, int size,
                 boolean indent, boolean tight) {

    static final DocxStyle BODY = new DocxStyle(ParagraphAlignment.LEFT, false, false, false, 14, false, false);

    /** This element's style inside its parent's. */
    DocxStyle within(Element element) {
        DocxStyle style = this;
        String tag = element.normalName();
        Set<String> classes = element.classNames();
        if (tag.equals("b") || tag.equals("strong") || tag.equals("th") || classes.contains("bold")) {
            style = style.withBold(true);
        }
        if (tag.equals("i") || tag.equals("em") || classes.contains("italic")) {
            style = style.withItalic(true);
        }
        if (tag.equals("u") || classes.contains("underline") || classes.contains("rule")) {
            style = new DocxStyle(style.align, style.bold, style.italic, true, style.size, style.indent, style.tight);
        }
        for (String name : new String[] {"left", "center", "right", "justify"}) {
            if (classes.contains(name)) {
                style = style.withAlign(alignment(name));
            }
        }
        for (int size = 8; size <= 16; size++) {
            if (classes.contains("s" + size)) {
                style = style.withSize(size);
            }
        }
        if (classes.contains("indent") || classes.contains("tight")) {
            style = new DocxStyle(style.align, style.bold, style.italic, style.underline, style.size,
                    style.indent || classes.contains("indent"), style.tight || classes.contains("tight"));
        }
        return style.withInline(element.attr("style"));
    }

    private DocxStyle withInline(String css) {
        DocxStyle style = this;
        for (String declaration : css.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (property) {
                case "text-align" -> style = style.withAlign(alignment(value));
                case "font-weight" -> style = style.withBold(value.equals("bold") || value.matches("[6-9]00"));
                case "font-style" -> style = style.withItalic(value.equals("italic"));
                case "font-size" -> {
                    if (value.matches("\\d{1,2}pt")) {
                        style = style.withSize(Integer.parseInt(value.substring(0, value.length() - 2)));
                    }
                }
                default -> { }
            }
        }
        return style;
    }

    private static ParagraphAlignment alignment(String value) {
        return switch (value) {
            case "center" -> ParagraphAlignment.CENTER;
            case "right" -> ParagraphAlignment.RIGHT;
            case "justify" -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
    }

    private DocxStyle withAlign(ParagraphAlignment value) {
        return new DocxStyle(value, bold, italic, underline, size, indent, tight);
    }

    private DocxStyle withBold(boolean value) {
        return new DocxStyle(align, value, italic, underline, size, indent, tight);
    }

    private DocxStyle withItalic(boolean value) {
        return new DocxStyle(align, bold, value, underline, size, indent, tight);
    }

    private DocxStyle withSize(int value) {
        return new DocxStyle(align, bold, italic, underline, value, indent, tight);
    }
}
