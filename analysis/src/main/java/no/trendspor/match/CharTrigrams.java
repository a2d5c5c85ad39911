package no.trendspor.match;

import java.util.HashMap;
import java.util.Map;

/** Character-trigram similarity of two words, for damaged or variant spellings. */
final class CharTrigrams {

    private CharTrigrams() {
    }

    /** Dice coefficient of the multisets of padded character trigrams, in [0, 1], symmetric. */
    static double dice(String x, String y) {
        Map<String, Integer> gx = grams(x);
        Map<String, Integer> gy = grams(y);
        int total = 0;
        int shared = 0;
        for (int c : gx.values()) {
            total += c;
        }
        for (int c : gy.values()) {
            total += c;
        }
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
}
