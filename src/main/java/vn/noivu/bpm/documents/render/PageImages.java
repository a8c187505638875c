package vn.noivu.bpm.documents.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A page of a PDF as a PNG, so a task form can show the document itself (form-js cannot embed a PDF over http). */
public final class PageImages {

    /** Readable on screen (an A4 page is 794 × 1123 px) and about 100 KB. */
    static final int DPI = 96;

    private PageImages() {
    }

    public static byte[] firstPage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("page image not written", e);
        }
    }
}
