package no.trendspor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change the ingest made to the text, kept so a reader can see and undo it.
 *
 * @param kind     what was repaired, e.g. {@code encoding}, {@code ligature-split}, {@code glued-words},
 *                 {@code hyphenation}, {@code whitespace}
 * @param before   the text as it stood in the input
 * @param after    the text after the repair
 * @param line     the 1-based input line where the repaired text starts (the first, when the same
 *                 change was made more than once)
 * @param evidence why the repair was judged safe, in words
 * @param count    how many times this same change, on the same evidence, was made in the text it
 *                 belongs to (a statement): at least 1
 */
public record Repair(String kind, String before, String after, int line, String evidence, int count) {

    public Repair {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
    }

    /** A change made once. */
    public Repair(String kind, String before, String after, int line, String evidence) {
        this(kind, before, after, line, evidence, 1);
    }

    /**
     * The repairs with every one that repeats an earlier change (same kind, before, after and
     * evidence) folded into that earlier one, whose count grows; order of first appearance kept.
     * Damage such as "ti l" repeated thousands of times in one statement is then one repair with
     * its count, not thousands of copies of the same evidence (which made the report about 70
     * times the size of its input).
     */
    public static List<Repair> merged(List<Repair> repairs) {
        if (repairs.size() < 2) {
            return List.copyOf(repairs);
        }
        Map<Key, Repair> byChange = new LinkedHashMap<>();
        for (Repair r : repairs) {
            byChange.merge(new Key(r.kind, r.before, r.after, r.evidence), r,
                    (first, again) -> new Repair(first.kind, first.before, first.after, first.line, first.evidence,
                            first.count + again.count));
        }
        return byChange.size() == repairs.size() ? List.copyOf(repairs) : List.copyOf(byChange.values());
    }

    private record Key(String kind, String before, String after, String evidence) {
    }
}
