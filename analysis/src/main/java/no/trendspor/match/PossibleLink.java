package no.trendspor.match;

import java.util.List;

/**
 * A link the analysis is not sure of: a challenge of another year of the same municipality and
 * sector that may state the same challenge, scored below what a link needs (or left out by the
 * one-to-one assignment, or not clearly ahead of another statement of its year). Proposed for an analyst to check; it never changes the recurring
 * challenges, theme diffs or counts.
 *
 * @param municipality    the municipality
 * @param sector          the aligned sector
 * @param fromStatementId the earlier statement
 * @param fromYear        its report year
 * @param fromText        its text
 * @param toStatementId   the later statement
 * @param toYear          its report year
 * @param toText          its text
 * @param score           their similarity in [0, 1]
 * @param explanation     what they share (words, compound parts, synonyms)
 * @param onlyFrom        the content words only the earlier statement uses
 * @param onlyTo          the content words only the later statement uses
 * @param fromKey         the earlier statement's {@link StatementKey}, for a decisions file
 * @param toKey           the later statement's key
 */
public record PossibleLink(String municipality, String sector, String fromStatementId, int fromYear, String fromText,
                           String toStatementId, int toYear, String toText, double score, Explanation explanation,
                           List<String> onlyFrom, List<String> onlyTo, String fromKey, String toKey) {

    public PossibleLink {
        onlyFrom = List.copyOf(onlyFrom);
        onlyTo = List.copyOf(onlyTo);
    }

    @Override
    public String toString() {
        return "possibly " + fromStatementId + " (" + fromYear + ") → " + toStatementId + " (" + toYear + "): "
                + explanation;
    }
}
