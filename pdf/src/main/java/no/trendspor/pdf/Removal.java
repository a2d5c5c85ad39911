package no.trendspor.pdf;

import java.util.Objects;

/**
 * A printed line set aside as page furniture, recorded so nothing disappears without trace.
 *
 * @param line   the printed line
 * @param reason why: {@value #RUNNING} or {@value #PAGE_NUMBER}
 */
public record Removal(PrintedLine line, String reason) {

    /** Recurring text at a page edge: running header or footer (title, date, page counter). */
    public static final String RUNNING = "running-header";
    /** A bare page number in the page margin. */
    public static final String PAGE_NUMBER = "page-number";

    public Removal {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reason, "reason");
    }
}
