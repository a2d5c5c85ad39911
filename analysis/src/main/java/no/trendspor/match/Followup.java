package no.trendspor.match;

/**
 * A result bullet of a later year that reports work on an earlier challenge.
 *
 * @param municipality the municipality
 * @param sector       the aligned sector name
 * @param challenge    the challenge
 * @param result       the later result bullet
 * @param explanation  why they were linked (relation is always computed, usually REWORDED)
 */
public record Followup(String municipality, String sector, Occurrence challenge, Occurrence result,
                       Explanation explanation) {

    @Override
    public String toString() {
        return challenge.statementId() + " (" + challenge.year() + ") → " + result.statementId() + " ("
                + result.year() + "): " + explanation;
    }
}
