package no.trendspor.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One line of the text handed to the ingest: a paragraph, a list item or a heading, however many
 * printed lines it was wrapped over.
 *
 * @param kind  what it is
 * @param text  its text, wrapped lines joined (hyphenated breaks mended), list marker taken off
 * @param parts the printed lines it was read from, in reading order (never empty)
 */
public record LogicalLine(Kind kind, String text, List<PrintedLine> parts) {

    /** What a logical line is. */
    public enum Kind {
        /** Running text. */
        PARAGRAPH,
        /** A list item (marker set as a glyph, drawn, or read from the indent pattern). */
        BULLET,
        /** A heading (larger or bolder than the body text). */
        HEADING
    }

    public LogicalLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a logical line has at least one printed line");
        }
    }

    /** The text as the ingest reads it: a list item with a "•" marker. */
    public String rendered() {
        return kind == Kind.BULLET ? "• " + text : text;
    }

    /** The first printed line. */
    public PrintedLine first() {
        return parts.get(0);
    }
}
