package no.trendspor.match;

import java.util.List;
import java.util.Locale;

/**
 * Why two statements were taken to state the same thing.
 *
 * @param score               similarity in [0, 1]
 * @param relation            how the later statement relates to the earlier one
 * @param sharedStems         stems both contain as words
 * @param sharedWords         the same, as the words a reader sees: the earlier statement's form,
 *                            and the later one's after a slash where it differs
 * @param sharedCompoundParts terms shared through compound parts
 * @param synonymsUsed        shared terms reached through the synonym map ("word ↔ word")
 * @param fuzzyMatches        damaged/variant words matched by character trigrams ("word ≈ word")
 * @param directionBefore     the trend the earlier statement states
 * @param directionAfter      the trend the later statement states
 */
public record Explanation(
        double score,
        Relation relation,
        List<String> sharedStems,
        List<String> sharedWords,
        List<String> sharedCompoundParts,
        List<String> synonymsUsed,
        List<String> fuzzyMatches,
        Direction directionBefore,
        Direction directionAfter) {

    public Explanation {
        sharedStems = List.copyOf(sharedStems);
        sharedWords = List.copyOf(sharedWords);
        sharedCompoundParts = List.copyOf(sharedCompoundParts);
        synonymsUsed = List.copyOf(synonymsUsed);
        fuzzyMatches = List.copyOf(fuzzyMatches);
    }

    /** One readable line, e.g. {@code 0.62 REWORDED; stems [opptak]; synonyms [inntak ↔ opptak]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%.2f %s", score, relation));
        if (relation == Relation.DIRECTION_REVERSED) {
            sb.append(" (").append(directionBefore).append(" → ").append(directionAfter).append(')');
        }
        append(sb, "words", sharedWords);
        append(sb, "compound parts", sharedCompoundParts);
        append(sb, "synonyms", synonymsUsed);
        append(sb, "fuzzy", fuzzyMatches);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("; ").append(name).append(' ').append(items);
        }
    }
}
