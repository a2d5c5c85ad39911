package no.trendspor.match;

import java.util.List;

/**
 * The similarity of two analysed statements and what it rests on.
 *
 * @param score               weighted cosine in [0, 1]
 * @param sharedStems         stems both statements contain as words
 * @param sharedCompoundParts terms shared through a compound part on at least one side
 * @param synonymsUsed        shared terms reached through the synonym map, as "word ↔ word"
 * @param fuzzyMatches        damaged or variant words matched by character trigrams, as
 *                            "word ≈ word"
 */
public record TermComparison(
        double score,
        List<String> sharedStems,
        List<String> sharedCompoundParts,
        List<String> synonymsUsed,
        List<String> fuzzyMatches) {

    public TermComparison {
        sharedStems = List.copyOf(sharedStems);
        sharedCompoundParts = List.copyOf(sharedCompoundParts);
        synonymsUsed = List.copyOf(synonymsUsed);
        fuzzyMatches = List.copyOf(fuzzyMatches);
    }
}
