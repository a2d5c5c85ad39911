package no.trendspor.pdf;

import java.util.Objects;

/**
 * One line of text as extracted from a PDF page.
 *
 * @param page       1-based page number in the document (physical page, not the printed label)
 * @param lineOnPage 1-based line number on that page as extracted: removed headers count, blank
 *                   lines count as paragraph separators (none at the page edges, runs collapsed to
 *                   one), so the number does not depend on what the header filter removed
 * @param text       the line's text, without the line separator
 */
public record PdfLine(int page, int lineOnPage, String text) {

    public PdfLine {
        if (page < 1 || lineOnPage < 1) {
            throw new IllegalArgumentException("page and line are 1-based: " + page + "/" + lineOnPage);
        }
        Objects.requireNonNull(text, "text");
    }

    /** "p. 3, line 12" — for messages and reports. */
    public String position() {
        return "p. " + page + ", line " + lineOnPage;
    }
}
