package no.trendspor.pdf;

import java.util.Objects;

/**
 * Where a piece of a PDF's text was printed: one run of glyphs on one baseline in one column.
 *
 * @param page   1-based physical page
 * @param column 1-based column on the page, in reading order
 * @param line   1-based printed line on the page, in reading order (removed running headers count)
 * @param text   the glyphs' text as printed (a list marker set as text included)
 */
public record PrintedLine(int page, int column, int line, String text) {

    public PrintedLine {
        if (page < 1 || column < 1 || line < 1) {
            throw new IllegalArgumentException("page, column and line are 1-based: " + page + "/" + column + "/" + line);
        }
        Objects.requireNonNull(text, "text");
    }

    /** "p. 3, col. 2, line 12" — for messages and reports. */
    public String position() {
        return "p. " + page + ", col. " + column + ", line " + line;
    }
}
