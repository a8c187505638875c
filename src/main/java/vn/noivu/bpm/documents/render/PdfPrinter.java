package vn.noivu.bpm.documents.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Prints a filled template to PDF: page size, margins and page numbers come from the template's CSS ({@code @page});
 * text is set in the embedded {@link DocumentFonts} only, and a letter they lack is refused rather than printed as
 * "#". Nothing outside the document is fetched (no URL, file or
 * stylesheet), whatever the template says.
 */
@Component
public class PdfPrinter {

    /** Whatever font a template names, text is set in the embedded one: no other font reaches the PDF. */
    static final String ONLY_EMBEDDED_FONT = "* { font-family: \"" + DocumentFonts.FAMILY + "\" !important; }";

    public byte[] print(Document html) {
        DocumentFonts.refuseMissingGlyphs(html.text());
        Document page = html.clone();
        page.head().appendElement("style").text(ONLY_EMBEDDED_FONT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        for (DocumentFonts font : DocumentFonts.values()) {
            byte[] bytes = font.bytes();
            builder.useFont(() -> new ByteArrayInputStream(bytes), DocumentFonts.FAMILY, font.weight,
                    font.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF not written", e);
        }
        return out.toByteArray();
    }
}
