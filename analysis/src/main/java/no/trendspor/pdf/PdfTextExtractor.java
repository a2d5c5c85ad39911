package no.trendspor.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Extracts the text of a PDF with Apache PDFBox into lines with page and line provenance, and
 * removes running headers, footers and page numbers (recorded in {@link PdfText#removedHeaders()}).
 *
 * <p>What is left to the ingest: ligature splits from fonts without a Unicode mapping, hyphenation
 * and wrapped bullets are repaired by the ingest's text stages, which see exactly {@link
 * PdfText#text()}. Ligature characters that the font does map (U+FB01 "ﬁ" etc.) are already
 * decomposed by PDFBox's text stripper.
 *
 * <p>Reading order is the content-stream order PDFBox reports (not sorted by position), which keeps
 * the columns of multi-column layouts apart in the common case where the producer wrote them
 * column by column.
 *
 * <p>Thread-safe: each call uses its own document and stripper.
 */
public final class PdfTextExtractor {

    /** Message for a document protected by a user password. */
    public static final String ENCRYPTED = "encrypted: cannot read";
    /** Message for bytes PDFBox cannot parse as a PDF. */
    public static final String NOT_A_PDF = "not a readable PDF";
    /** Message for a PDF whose pages have no text layer (scans). */
    public static final String NO_TEXT = "no text layer: run OCR first";

    /** Reads and extracts {@code file}; the source in errors and provenance is the path. */
    public PdfText extract(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot read file: " + e.getMessage());
        }
        return extract(source, bytes);
    }

    /**
     * Extracts the text of a PDF given as bytes.
     *
     * @param source the input's name, for errors and provenance
     * @throws InputException encrypted ({@value #ENCRYPTED}), not a PDF ({@value #NOT_A_PDF}) or no
     *                        text on any page ({@value #NO_TEXT})
     */
    public PdfText extract(String source, byte[] bytes) {
        return extract(source, bytes, "");
    }

    /**
     * Extracts the text of a PDF protected with a user password.
     *
     * @param password the user (open) password; {@code ""} for none
     * @throws InputException as {@link #extract(String, byte[])}; {@value #ENCRYPTED} also when the
     *                        password is wrong
     */
    public PdfText extract(String source, byte[] bytes, String password) {
        try (PDDocument document = Loader.loadPDF(bytes, password)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new InputException(source, 0, NOT_A_PDF + ": it has no pages");
            }
            List<List<String>> pages = new ArrayList<>(pageCount);
            List<Integer> empty = new ArrayList<>();
            PDFTextStripper stripper = newStripper();
            for (int page = 1; page <= pageCount; page++) {
                List<String> lines = pageLines(stripper, document, page);
                if (lines.stream().allMatch(String::isBlank)) {
                    empty.add(page);
                }
                pages.add(lines);
            }
            if (empty.size() == pageCount) {
                throw new InputException(source, 0, NO_TEXT);
            }
            RunningHeaderFilter.Result filtered = RunningHeaderFilter.filter(pages);
            return new PdfText(source, pageCount, filtered.kept(), filtered.removed(), empty);
        } catch (InvalidPasswordException e) {
            throw new InputException(source, 0, ENCRYPTED);
        } catch (IOException e) {
            throw new InputException(source, 0, NOT_A_PDF + " (" + e.getMessage() + ")");
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox can fail with unchecked exceptions on malformed content streams.
            throw new InputException(source, 0, NOT_A_PDF + " (" + e + ")");
        }
    }

    private static PDFTextStripper newStripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        // Page boundaries are tracked by extracting page by page, so no page markers in the text.
        stripper.setPageStart("");
        stripper.setPageEnd("");
        // A blank line where PDFBox sees a paragraph break (vertical gap, indentation): the ingest
        // needs paragraph boundaries to tell wrapped lines from new statements.
        stripper.setAddMoreFormatting(true);
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("\n");
        return stripper;
    }

    private static List<String> pageLines(PDFTextStripper stripper, PDDocument document, int page)
            throws IOException {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        StringWriter out = new StringWriter();
        stripper.writeText(document, out);
        // Blank lines only separate paragraphs: none at the page edges, never two in a row.
        List<String> lines = new ArrayList<>();
        for (String raw : out.toString().split("\n", -1)) {
            String line = stripTrailing(raw);
            boolean blank = line.isBlank();
            if (blank && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty())) {
                continue;
            }
            lines.add(blank ? "" : line);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String stripTrailing(String line) {
        return line.replace("\r", "").stripTrailing();
    }
}
