package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The text of a PDF as logical lines (paragraphs, list items, headings) with provenance.
 *
 * @param source           the input's name
 * @param pageCount        number of pages in the document
 * @param lines            the output lines in reading order; output line {@code n} of {@link #text()} is
 *                         {@code lines.get(n - 1)}, placed at the page and printed line where it starts
 *                         (a blank line, which separates blocks, at the line before it)
 * @param parts            for each output line, the printed lines it was read from (empty for a blank line)
 * @param removals         printed lines set aside as running headers, footers and page numbers, in
 *                         document order, so nothing disappears without trace
 * @param pagesWithoutText 1-based pages that had no extractable text (scanned pages inside an
 *                         otherwise digital document; their content is missing from {@link #text()})
 */
public record PdfText(String source, int pageCount, List<PdfLine> lines, List<List<PrintedLine>> parts,
        List<Removal> removals, List<Integer> pagesWithoutText) {

    public PdfText {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        List<List<PrintedLine>> copied = new ArrayList<>(parts.size());
        parts.forEach(p -> copied.add(List.copyOf(p)));
        parts = List.copyOf(copied);
        removals = List.copyOf(removals);
        pagesWithoutText = List.copyOf(pagesWithoutText);
        if (parts.size() != lines.size()) {
            throw new IllegalArgumentException("one list of parts per line: " + parts.size() + " for " + lines.size());
        }
    }

    /** The output lines joined with {@code \n} (no trailing separator): what the ingest parses. */
    public String text() {
        return lines.stream().map(PdfLine::text).collect(Collectors.joining("\n"));
    }

    /** The removed running headers, footers and page numbers as lines with their page and printed line. */
    public List<PdfLine> removedHeaders() {
        return removals.stream().map(r -> new PdfLine(r.line().page(), r.line().line(), r.line().text())).toList();
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

    /** The printed lines (page, column, line) output line {@code outputLine} was read from. */
    public List<PrintedLine> printedLines(int outputLine) {
        origin(outputLine);
        return parts.get(outputLine - 1);
    }

    /** The 1-based page of output line {@code outputLine}. */
    public int pageOf(int outputLine) {
        return origin(outputLine).page();
    }
}
