package no.trendspor.match;

import java.util.Arrays;

/** Character-trigram similarity of two words, for damaged or variant spellings. */
final class CharTrigrams {

    private CharTrigrams() {
    }

    /** Dice coefficient of the multisets of padded character trigrams, in [0, 1], symmetric. */
    static double dice(String x, String y) {
        return dice(grams(x), grams(y));
    }

    /**
     * Dice coefficient of two trigram multisets from {@link #grams(String)}: twice the size of
     * their multiset intersection over the sum of their sizes (0 when both are empty).
     */
    static double dice(long[] gx, long[] gy) {
        int total = gx.length + gy.length;
        return total == 0 ? 0 : 2.0 * shared(gx, gy) / total;
    }

    /** Size of the multiset intersection of two sorted trigram arrays. */
    static int shared(long[] gx, long[] gy) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < gx.length && j < gy.length) {
            if (gx[i] == gy[j]) {
                shared++;
                i++;
                j++;
            } else if (gx[i] < gy[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /**
     * The trigrams of {@code "#" + w + "#"} as a sorted multiset, each trigram's three chars
     * packed into one long (16 bits each) so comparing them allocates nothing.
     */
    static long[] grams(String w) {
        int n = w.length();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long a = i == 0 ? '#' : w.charAt(i - 1);
            long b = w.charAt(i);
            long c = i + 1 == n ? '#' : w.charAt(i + 1);
            out[i] = a << 32 | b << 16 | c;
        }
        Arrays.sort(out);
        return out;
    }
}
