package no.trendspor.indicators;

import java.util.Objects;

/**
 * Where an observation was read: the document, the statement and the exact span of the
 * statement's text.
 *
 * @param source      the document's source name
 * @param reportYear  the report year of the document
 * @param statementId the statement id
 * @param start       start offset (inclusive) into the statement text
 * @param end         end offset (exclusive)
 * @param quote       {@code text.substring(start, end)}
 */
public record Provenance(String source, int reportYear, String statementId, int start, int end, String quote) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(quote, "quote");
        if (start < 0 || end < start || end - start != quote.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit quote " + quote);
        }
    }
}
