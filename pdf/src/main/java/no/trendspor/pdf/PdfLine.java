package no.trendspor.pdf;

import java.util.Objects;

/**
 * One line of text read from a PDF page: an output line of {@link PdfText} or a removed running
 * header.
 *
 * @param page       1-based page number in the document (physical page, not the printed label)
 * @param lineOnPage 1-based printed line on that page in reading order (removed running headers
 *                   count, so the number does not depend on what was removed); for a logical line
 *                   wrapped over several printed lines, the first
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
