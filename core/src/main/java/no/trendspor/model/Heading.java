package no.trendspor.model;

/**
 * A heading line that structured the page.
 *
 * @param text the heading text
 * @param line the 1-based input line
 * @param kind what the heading opens
 */
public record Heading(String text, int line, Kind kind) {

    /** What a heading opens. */
    public enum Kind {
        /** A document title such as "Årsrapport 2018". */
        TITLE,
        /** A sector name. */
        SECTOR,
        /** A section such as "Viktige resultater og innsatser i 2018" or "Utfordringer fremover". */
        SECTION,
        /** A sub-heading inside a section. */
        SUBHEADING
    }
}
