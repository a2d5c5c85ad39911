package no.trendspor.match;

import java.util.Locale;

/**
 * One challenge statement found by {@link ChallengeIndex#search(String, int)}.
 *
 * @param municipality the municipality ({@code (unknown)} when the document names none)
 * @param year         the report year
 * @param sector       the sector as the page names it
 * @param statementId  the statement id
 * @param text         the statement text
 * @param score        the BM25 score (higher is better; comparable within one query only)
 */
public record SearchHit(String municipality, int year, String sector, String statementId, String text,
                        double score) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f %s %d %s %s: %s", score, municipality, year, sector, statementId, text);
    }
}
