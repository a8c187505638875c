package vn.noivu.bpm.documents.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import vn.noivu.bpm.platform.error.Refused;

/**
 * Liberation Serif 2.1.5 (SIL Open Font License 1.1, licence text beside the files), metric-compatible with Times New
 * Roman and covering Vietnamese; shipped in the jar so every node prints the same glyphs whatever the OS has.
 */
public enum DocumentFonts {
    REGULAR("LiberationSerif-Regular.ttf", 400, false),
    BOLD("LiberationSerif-Bold.ttf", 700, false),
    ITALIC("LiberationSerif-Italic.ttf", 400, true),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

    /** The family templates and Word documents name (App. I, I.4); in the PDF it is Liberation Serif. */
    public static final String FAMILY = "Times New Roman";
    static final String FOLDER = "/documents/fonts/";

    public final String file;
    public final int weight;
    public final boolean italic;
    private final byte[] bytes;

    DocumentFonts(String file, int weight, boolean italic) {
        this.file = file;
        this.weight = weight;
        this.italic = italic;
        this.bytes = read(FOLDER + file);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The letters every one of the four fonts has (they cover the same characters). */
    private static final Set<Integer> COVERED = covered();

    /** Refuses text with a letter the fonts lack: it would print as "#" in a signed document. */
    public static void refuseMissingGlyphs(String text) {
        String missing = text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c)
                        && c != 0x00A0 && !COVERED.contains(c)).distinct().limit(10)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!missing.isEmpty()) {
            throw Refused.conflict("glyph_missing", "Văn bản có ký tự không in được bằng phông chữ Times New Roman"
                    + " (Liberation Serif): " + missing + ". Sửa dữ liệu (ví dụ họ tên) rồi lập lại văn bản.");
        }
    }

    private static Set<Integer> covered() {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR.bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> letters = new HashSet<>();
            for (int c = 0; c <= 0xFFFF; c++) {
                if (cmap.getGlyphId(c) != 0) {
                    letters.add(c);
                }
            }
            return Set.copyOf(letters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
