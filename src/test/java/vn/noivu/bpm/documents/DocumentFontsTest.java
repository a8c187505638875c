package vn.noivu.bpm.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import vn.noivu.bpm.documents.render.DocumentFonts;

/** The fonts shipped in the application cover Vietnamese: no letter of a name may print as a box. */
class DocumentFontsTest {

    /** Every Vietnamese letter with its tone marks, both cases, and the punctuation of documents. */
    static final String VIETNAMESE = "ỄỆỖỘỮỰỸẠẶẬ đĐ ơƠưƯ "
            + "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
            + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ"
            + "0123456789 .,;:-–()/\"'§";

    @Test
    void everyVietnameseLetterIsInEveryFont() throws IOException {
        for (DocumentFonts font : DocumentFonts.values()) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()))) {
                assertThat(ttf.getName()).startsWith("LiberationSerif");
                var cmap = ttf.getUnicodeCmapLookup();
                String missing = VIETNAMESE.codePoints().filter(c -> cmap.getGlyphId(c) == 0)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                assertThat(missing).as("letters without a glyph in " + font.file).isEmpty();
            }
        }
    }

    @Test
    void theLicenceShipsWithTheFonts() throws IOException {
        try (var licence = DocumentFonts.class.getResourceAsStream("/documents/fonts/LICENSE-LiberationFonts-OFL-1.1.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes())).contains("SIL OPEN FONT LICENSE Version 1.1");
        }
    }
}
