package no.trendspor.match;

/**
 * A challenge present in both years of a theme diff.
 *
 * @param before      the earlier statement
 * @param after       the later statement
 * @param explanation why they are the same challenge
 */
public record PersistingChallenge(Occurrence before, Occurrence after, Explanation explanation) {
}
