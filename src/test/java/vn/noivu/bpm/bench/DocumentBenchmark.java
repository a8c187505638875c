package vn.noivu.bpm.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.noivu.bpm.documents.DocumentProperties;
import vn.noivu.bpm.documents.DocumentService;
import vn.noivu.bpm.documents.DocumentRenderingTest;
import vn.noivu.bpm.documents.TemplateFiles;
import vn.noivu.bpm.documents.render.DocumentFonts;
import vn.noivu.bpm.documents.render.DocxWriter;
import vn.noivu.bpm.documents.render.PdfPrinter;
import vn.noivu.bpm.documents.render.TemplateRenderer;

/**
 * Document benchmark (./mvnw -Pbench, not part of the tests): 1,000 one-page decisions (template filled, PDF and
 * Word written) on 2 threads, against PDFBox alone drawing the same number of lines on one page with the same
 * embedded font, as a ratio. No database: numbering is measured by DocumentNumberingTest.
 */
public final class DocumentBenchmark {

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 1000);
        int threads = Integer.getInteger("bench.threads", 2);
        DocumentService service = new DocumentService(new DocumentProperties(Map.of("SNV",
                DocumentRenderingTest.issuer())), new TemplateRenderer(new TemplateFiles()), new PdfPrinter(),
                new DocxWriter(), null, null);
        DocumentService.Request request = DocumentRenderingTest.request(DocumentRenderingTest.DECISION,
                List.of("Nguyễn Thị Ngọc Ánh", "Trần Văn Bình", "Lê Thị Hường"));
        run(threads, 50, () -> service.draft(request));
        double decisions = run(threads, documents, () -> service.draft(request));
        run(threads, 50, DocumentBenchmark::baselinePage);
        double baseline = run(threads, documents, DocumentBenchmark::baselinePage);
        String report = String.format(Locale.ROOT, "decisions (PDF + Word): %.1f documents/s on %d threads%n"
                + "PDFBox alone, one page of 40 lines, same font: %.1f pages/s%nratio: %.1f%%%n",
                decisions, threads, baseline, 100 * decisions / baseline);
        System.out.print(report);
        Files.writeString(Path.of("target/bench-documents.txt"), report);
    }

    /** Documents per second of {@code task} run {@code count} times on {@code threads} threads. */
    private static double run(int threads, int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            done.add(pool.submit(() -> {
                task.run();
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private interface Task {
        void run() throws Exception;
    }

    private static byte[] baselinePage() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(DocumentFonts.REGULAR.bytes()));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 13);
                content.newLineAtOffset(85, 780);
                for (int line = 0; line < 40; line++) {
                    content.showText("Căn cứ Nghị định số 170/2025/NĐ-CP của Chính phủ, dòng " + line);
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
