package no.trendspor.ingest;

/**
 * What the caller already knows about a document (e.g. from a corpus record's metadata). Each
 * field may be {@code null}; a hint fills in only what the text itself does not state.
 *
 * @param year         the report year
 * @param municipality the municipality
 * @param sector       the sector name, used when the page names none
 */
public record IngestHints(Integer year, String municipality, String sector) {

    /** No hints: everything comes from the text and the file name. */
    public static final IngestHints NONE = new IngestHints(null, null, null);

    /** These hints with the year replaced. */
    public IngestHints withYear(Integer newYear) {
        return new IngestHints(newYear, municipality, sector);
    }
}
