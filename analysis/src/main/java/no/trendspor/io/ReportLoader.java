package no.trendspor.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;
import no.trendspor.pdf.PdfText;
import no.trendspor.pdf.PdfTextExtractor;

/**
 * Reads report files into documents and applies the checks that need the whole run: two
 * documents may not claim the same municipality, year and sector, and a document that does not
 * name its municipality takes the one all other documents share.
 */
public final class ReportLoader {

    private final ReportParser parser = new ReportParser();

    /**
     * Resolves the paths (files, or directories searched for {@code .txt} files) and parses each.
     *
     * @throws InputException for the first unreadable input, naming its file and line
     */
    public List<ReportDocument> load(List<Path> paths) {
        List<ReportDocument> docs = new ArrayList<>();
        for (Path file : InputFiles.resolve(paths)) {
            docs.add(parse(file));
        }
        return consolidate(docs);
    }

    /** Applies the whole-run checks to documents parsed elsewhere. */
    public static List<ReportDocument> consolidate(List<ReportDocument> docs) {
        List<ReportDocument> withMunicipality = MunicipalityInference.apply(docs);
        DuplicateCheck.requireDistinct(withMunicipality);
        return withMunicipality;
    }

    // A PDF goes through PDFBox first; its running headers and page numbers are removed there and
    // reported here, so the user sees what was set aside.
    private ReportDocument parse(Path file) {
        String source = file.toString();
        if (!source.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return parser.parse(source, read(file), IngestHints.NONE);
        }
        PdfText pdf = new PdfTextExtractor().extract(source, read(file));
        ReportDocument doc = parser.parse(source, pdf.text(), IngestHints.NONE);
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        warnings.add(new Warning("pdf-text", "read from a PDF of " + pdf.pageCount() + " pages; line numbers count "
                + "the extracted text lines; " + pdf.removedHeaders().size()
                + " running header, footer or page-number lines were set aside", 0));
        if (!pdf.pagesWithoutText().isEmpty()) {
            warnings.add(new Warning("pdf-pages-without-text", "pages without a text layer (not read): "
                    + pdf.pagesWithoutText(), 0));
        }
        return new ReportDocument(doc.source(), doc.year(), doc.yearSource(), doc.municipality(), doc.sectors(),
                doc.headings(), doc.unclassified(), warnings, doc.lineCount());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            throw new InputException(file.toString(), 0, "file too large to read into memory");
        }
    }
}
