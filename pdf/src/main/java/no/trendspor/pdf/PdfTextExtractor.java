package no.trendspor.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.InputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF as a typesetter laid it out and hands the ingest logical lines: one line per
 * paragraph, list item or heading, blank lines between blocks, list items marked "•", running
 * headers, footers and page numbers set aside (recorded in {@link PdfText#removals()}).
 *
 * <p>The stages, each a small class:
 * <ol>
 *   <li>{@link GlyphCollector}: PDFBox's text positions (x, y, font size and weight, widths) and
 *   small drawn marks, page by page;</li>
 *   <li>{@link LineAssembler}: glyphs to printed lines, rows cut at column gutters;</li>
 *   <li>{@link ReadingOrder}: printed lines to text blocks, blocks in reading order (columns one
 *   after the other, full-width elements between column bands), with a column number;</li>
 *   <li>{@link PageFurniture}: running headers, footers and page numbers;</li>
 *   <li>{@link Paragraphs}: printed lines to logical lines (wrapping, indents, markers, headings,
 *   hyphenation), measured against the document's {@link Layout}.</li>
 * </ol>
 * Every glyph run ends up in exactly one logical line or one removal: {@link PdfText#parts()} and
 * {@link PdfText#removals()} together hold every printed line once.
 *
 * <p>Thread-safe: each call uses its own document and collector.
 */
public final class PdfTextExtractor {

    /** Message for a document protected by a user password. */
    public static final String ENCRYPTED = "encrypted: cannot read";
    /** Message for bytes PDFBox cannot parse as a PDF. */
    public static final String NOT_A_PDF = "not a readable PDF";
    /** Message for a PDF whose pages have no text layer (scans). */
    public static final String NO_TEXT = "no text layer: run OCR first";
    /** Most pages read by default: far above any annual report, far below what exhausts memory. */
    public static final int DEFAULT_MAX_PAGES = 2_000;

    private final int maxPages;

    /** An extractor that refuses documents of more than {@value #DEFAULT_MAX_PAGES} pages. */
    public PdfTextExtractor() {
        this(DEFAULT_MAX_PAGES);
    }

    /** An extractor that refuses documents whose page tree claims more than {@code maxPages} pages. */
    public PdfTextExtractor(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
        this.maxPages = maxPages;
    }

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
     * @throws InputException encrypted ({@value #ENCRYPTED}), not a PDF ({@value #NOT_A_PDF}), no
     *                        text on any page ({@value #NO_TEXT}) or too many pages
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
            if (pageCount > maxPages) {
                throw new InputException(source, 0, "the page tree claims " + pageCount + " pages; more than "
                        + maxPages + " are not read");
            }
            List<List<ReadingOrder.Placed>> pages = new ArrayList<>(pageCount);
            List<Integer> empty = new ArrayList<>();
            new GlyphCollector(content -> {
                if (!content.hasText()) {
                    empty.add(content.page());
                }
                while (pages.size() < content.page() - 1) {
                    pages.add(List.of()); // pages the engine skipped
                }
                pages.add(ReadingOrder.order(LineAssembler.assemble(content)));
            }).collect(document);
            if (empty.size() >= pages.size()) {
                throw new InputException(source, 0, NO_TEXT);
            }
            return LogicalText.build(source, pageCount, pages, empty);
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
}
