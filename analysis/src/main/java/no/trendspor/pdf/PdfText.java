package no.trendspor.pdf;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The text of a PDF as lines with provenance.
 *
 * @param source          the input's name
 * @param pageCount       number of pages in the document
 * @param lines           the kept lines in reading order; output line {@code n} of {@link #text()}
 *                        is {@code lines.get(n - 1)}
 * @param removedHeaders  running headers, footers and page numbers that were removed, in document
 *                        order — recorded so nothing disappears without trace
 * @param pagesWithoutText 1-based pages that had no extractable text (scanned pages inside an
 *                        otherwise digital document; their content is missing from {@link #text()})
 */
public record PdfText(String source, int pageCount, List<PdfLine> lines, List<PdfLine> removedHeaders,
        List<Integer> pagesWithoutText) {

    public PdfText {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        removedHeaders = List.copyOf(removedHeaders);
        pagesWithoutText = List.copyOf(pagesWithoutText);
    }

    /** The kept lines joined with {@code \n} (no trailing separator): what the ingest parses. */
    public String text() {
        return lines.stream().map(PdfLine::text).collect(Collectors.joining("\n"));
    }

    /**
     * Where output line {@code outputLine} (1-based, as in {@link #text()}) came from.
     *
     * @throws IndexOutOfBoundsException when the line is outside the text
     */
    public PdfLine origin(int outputLine) {
        if (outputLine < 1 || outputLine > lines.size()) {
            throw new IndexOutOfBoundsException("line " + outputLine + " of " + lines.size());
        }
        return lines.get(outputLine - 1);
    }

    /** The 1-based page of output line {@code outputLine}. */
    public int pageOf(int outputLine) {
        return origin(outputLine).page();
    }
}
