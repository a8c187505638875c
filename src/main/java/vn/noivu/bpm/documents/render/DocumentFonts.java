package vn.noivu.bpm.documents.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
