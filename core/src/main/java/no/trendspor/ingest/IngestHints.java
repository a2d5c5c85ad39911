package no.trendspor.ingest;

import no.trendspor.model.DocumentKind;

/**
 * What the caller already knows about a document (e.g. from a corpus record's metadata). Each
 * field may be {@code null}; a hint fills in only what the text itself does not state.
 *
 * @param year         the report year (a plan's first year)
 * @param municipality the municipality
 * @param sector       the page's label: the sector's name, or what else the page is ("Innhold",
 *                     "Lederkommentar", "Årsberetning"); a sector is taken from it only when it
 *                     names a service area
 * @param kind         an annual report or a plan, when the text does not say
 */
public record IngestHints(Integer year, String municipality, String sector, DocumentKind kind) {

    /** No hints: everything comes from the text and the file name. */
    public static final IngestHints NONE = new IngestHints(null, null, null, null);

    /** Hints without a document kind. */
    public IngestHints(Integer year, String municipality, String sector) {
        this(year, municipality, sector, null);
    }

    /** These hints with the year replaced. */
    public IngestHints withYear(Integer newYear) {
        return new IngestHints(newYear, municipality, sector, kind);
    }

    /**
     * The document kind a corpus record's {@code doc_type} names ("handlingsprogram",
     * "handlings-og-okonomiplan", "okonomiplan" are plans; "arsrapport", "arsmelding" and their
     * variants are annual reports), or {@code null} when it names neither.
     */
    public static DocumentKind kindOf(String docType) {
        if (docType == null) {
            return null;
        }
        String t = docType.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("handlingsprogram") || t.contains("okonomiplan") || t.contains("økonomiplan")
                || t.contains("handlingsplan") || t.contains("plan")) {
            return DocumentKind.PLAN;
        }
        if (t.startsWith("ars") || t.startsWith("års")) {
            return DocumentKind.ANNUAL_REPORT;
        }
        return null;
    }
}
