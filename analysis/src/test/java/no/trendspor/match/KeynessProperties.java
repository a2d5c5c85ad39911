package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Keyness keeps only its top terms while reading the counts; whatever it keeps must be the head of
 * the full ranking (largest G² first, ties by term), with the same values, in any map order.
 */
class KeynessProperties {

    @Property
    void theTopTermsAreTheHeadOfTheFullRanking(
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> before,
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> after,
            @ForAll @IntRange(min = 0, max = 40) int top) {
        List<KeyTerm> kept = Keyness.compare(before, after, top);
        List<KeyTerm> full = fullRanking(before, after);
        assertEquals(full.subList(0, Math.min(top, full.size())), kept);
    }

    @Property
    void theOrderOfTheMapsDoesNotMatter(
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> before,
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> after,
            @ForAll @IntRange(min = 0, max = 10) int top) {
        assertEquals(Keyness.compare(reversed(before), reversed(after), top), Keyness.compare(before, after, top));
    }

    @Property
    void everyTermIsAskedForItsWordOnlyWhenKept(
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> before,
            @ForAll @Size(max = 30) Map<@StringLength(min = 1, max = 3) String, @IntRange(min = 1, max = 9) Integer> after,
            @ForAll @IntRange(min = 0, max = 10) int top) {
        List<String> asked = new ArrayList<>();
        List<KeyTerm> kept = Keyness.compare(before, after, top,
                (java.util.function.Function<String, String>) t -> {
                    asked.add(t);
                    return t.toUpperCase(java.util.Locale.ROOT);
                });
        assertEquals(kept.stream().map(KeyTerm::term).toList(), asked);
        kept.forEach(k -> assertEquals(k.term().toUpperCase(java.util.Locale.ROOT), k.word()));
        assertTrue(kept.size() <= top);
    }

    /** The ranking of every term, computed the plain way: each term scored, all sorted. */
    private static List<KeyTerm> fullRanking(Map<String, Integer> before, Map<String, Integer> after) {
        long n1 = before.values().stream().mapToLong(Integer::longValue).sum();
        long n2 = after.values().stream().mapToLong(Integer::longValue).sum();
        List<KeyTerm> out = new ArrayList<>();
        if (n1 == 0 || n2 == 0) {
            return out;
        }
        TreeSet<String> terms = new TreeSet<>(before.keySet());
        terms.addAll(after.keySet());
        var chi2 = new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, 1);
        for (String t : terms) {
            int a = before.getOrDefault(t, 0);
            int b = after.getOrDefault(t, 0);
            double g2 = Keyness.logLikelihood(a, b, n1, n2);
            double ratio = Math.log(((b == 0 ? 0.5 : b) / (double) n2) / ((a == 0 ? 0.5 : a) / (double) n1)) / Math.log(2);
            out.add(new KeyTerm(t, t, a, b, g2, 1 - chi2.cumulativeProbability(g2), ratio));
        }
        out.sort(Comparator.comparingDouble(KeyTerm::logLikelihood).reversed().thenComparing(KeyTerm::term));
        return out;
    }

    private static Map<String, Integer> reversed(Map<String, Integer> m) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(m.entrySet());
        java.util.Collections.reverse(entries);
        Map<String, Integer> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
