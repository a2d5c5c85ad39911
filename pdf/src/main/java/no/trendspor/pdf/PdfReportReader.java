package no.trendspor.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.io.InputFiles;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;
import no.trendspor.spi.ReportFileReader;

/**
 * Reads {@code .pdf} reports for the library's loader ({@link java.util.ServiceLoader} finds it).
 * A PDF is read by layout first (columns, wrapped paragraphs, headings, list items); its running
 * headers and page numbers are set aside there and reported as a warning, so the user sees them.
 */
public final class PdfReportReader implements ReportFileReader {

    private final ReportParser parser = new ReportParser();

    /** The reader {@link java.util.ServiceLoader} creates. */
    public PdfReportReader() {
    }

    @Override
    public boolean reads(String lowerCaseName) {
        return lowerCaseName.endsWith(".pdf");
    }

    @Override
    public ReportDocument read(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot read: " + InputFiles.reason(e));
        }
        return read(source, bytes);
    }

    @Override
    public boolean readsContent(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F'
                && bytes[4] == '-';
    }

    @Override
    public ReportDocument read(String source, byte[] bytes) {
        PdfText pdf = new PdfTextExtractor().extract(source, bytes);
        ReportDocument doc = parser.parse(source, pdf.text(), IngestHints.NONE);
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        warnings.add(new Warning("pdf-text", "read from a PDF of " + pdf.pageCount() + " pages; line numbers count "
                + "the logical lines read (paragraphs, list items, headings, blank lines between blocks); "
                + pdf.removals().size() + " running header, footer or page-number lines were set aside", 0));
        if (!pdf.pagesWithoutText().isEmpty()) {
            warnings.add(new Warning("pdf-pages-without-text", "pages without a text layer (not read): "
                    + pdf.pagesWithoutText(), 0));
        }
        return doc.withWarnings(warnings);
    }
}
