package no.trendspor.match;

/**
 * A link between an earlier and a later statement that state the same thing.
 *
 * @param fromStatementId the earlier statement
 * @param fromYear        its report year
 * @param toStatementId   the later statement
 * @param toYear          its report year
 * @param explanation     why they were linked
 */
public record Link(String fromStatementId, int fromYear, String toStatementId, int toYear, Explanation explanation) {

    @Override
    public String toString() {
        return fromStatementId + " (" + fromYear + ") → " + toStatementId + " (" + toYear + "): " + explanation;
    }
}
