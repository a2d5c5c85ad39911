package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * The fast trigram Dice and the neighbour lists give exactly what the straightforward definition
 * gives: Dice of the multisets of padded trigrams, and every pair at or above the minimum.
 */
class FuzzyNeighboursProperties {

    /** The definition: multisets of substrings of "#" + w + "#". */
    private static double referenceDice(String x, String y) {
        Map<String, Integer> gx = grams(x);
        Map<String, Integer> gy = grams(y);
        int total = gx.values().stream().mapToInt(Integer::intValue).sum()
                + gy.values().stream().mapToInt(Integer::intValue).sum();
        int shared = 0;
        for (Map.Entry<String, Integer> e : gx.entrySet()) {
            shared += Math.min(e.getValue(), gy.getOrDefault(e.getKey(), 0));
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private static Map<String, Integer> grams(String w) {
        String padded = "#" + w + "#";
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.merge(padded.substring(i, i + 3), 1, Integer::sum);
        }
        return out;
    }

    @Property
    void diceIsTheMultisetDefinition(@ForAll @StringLength(max = 12) String x,
                                     @ForAll @StringLength(max = 12) String y) {
        assertEquals(referenceDice(x, y), CharTrigrams.dice(x, y));
    }

    @Property
    void diceOfRepetitiveWordsIsTheMultisetDefinition(@ForAll("repetitive") String x, @ForAll("repetitive") String y) {
        assertEquals(referenceDice(x, y), CharTrigrams.dice(x, y));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> repetitive() {
        return net.jqwik.api.Arbitraries.strings().withChars("ae#ø").ofMinLength(0).ofMaxLength(10);
    }

    @Property
    void neighboursAreExactlyThePairsAtOrAboveTheMinimum(
            @ForAll @Size(max = 25) List<@StringLength(min = 1, max = 9) String> raw) {
        List<String> words = raw.stream().map(w -> w.replaceAll("[^a-eæø]", "a")).distinct().toList();
        FuzzyNeighbours index = new FuzzyNeighbours(0.5);
        for (String w : words) {
            index.of(w);
        }
        for (String x : words) {
            Map<String, Double> expected = new TreeMap<>();
            for (String y : words) {
                double d = referenceDice(x, y);
                if (!x.equals(y) && d >= 0.5) {
                    expected.put(y, d);
                }
            }
            Map<String, Double> actual = new TreeMap<>();
            for (FuzzyNeighbours.Neighbour n : index.of(x)) {
                actual.put(n.word(), n.dice());
            }
            assertEquals(expected, actual, x);
        }
    }
}
