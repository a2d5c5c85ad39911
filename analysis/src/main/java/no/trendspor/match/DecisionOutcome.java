package no.trendspor.match;

/**
 * What became of one analyst decision in an analysis.
 *
 * @param decision the decision (as its line of the decisions file)
 * @param line     its line in the decisions file (0 when made in code)
 * @param status   {@code applied}, {@code unmatched} (a statement it names is in none of the
 *                 reports), or {@code not-applied} (both found, but the decision could not take
 *                 effect; {@code note} says why)
 * @param note     why, in words (empty when applied)
 */
public record DecisionOutcome(String decision, int line, String status, String note) {

    public static final String APPLIED = "applied";
    public static final String UNMATCHED = "unmatched";
    public static final String NOT_APPLIED = "not-applied";

    @Override
    public String toString() {
        return status + ": " + decision + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
