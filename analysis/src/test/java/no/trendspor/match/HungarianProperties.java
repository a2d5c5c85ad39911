package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HungarianProperties {

    @Provide
    Arbitrary<double[][]> matrices() {
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 5);
        return Combinators.combine(size, size).flatAs((r, c) ->
                Arbitraries.doubles().between(-1, 1).ofScale(2).array(double[].class).ofSize(c)
                        .array(double[][].class).ofSize(r));
    }

    @Property(tries = 500)
    void assignmentIsOneToOneAndComplete(@ForAll("matrices") double[][] w) {
        int[] a = HungarianAlgorithm.maximize(w);
        int cols = w.length == 0 ? 0 : w[0].length;
        Set<Integer> used = new HashSet<>();
        int assigned = 0;
        for (int col : a) {
            if (col >= 0) {
                assertTrue(col < cols);
                assertTrue(used.add(col), "column used twice");
                assigned++;
            }
        }
        assertEquals(Math.min(w.length, cols), assigned);
    }

    @Property(tries = 500)
    void assignmentIsOptimal(@ForAll("matrices") double[][] w) {
        int[] a = HungarianAlgorithm.maximize(w);
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] >= 0) {
                total += w[i][a[i]];
            }
        }
        int cols = w.length == 0 ? 0 : w[0].length;
        assertEquals(bruteForce(w, 0, new boolean[cols], Math.min(w.length, cols)), total, 1e-9);
    }

    /** Best total over all injections of min(r, c) rows/columns (every row assigned when r <= c). */
    private static double bruteForce(double[][] w, int row, boolean[] used, int needed) {
        if (needed == 0) {
            return 0;
        }
        if (row == w.length) {
            return Double.NEGATIVE_INFINITY;
        }
        double best = Double.NEGATIVE_INFINITY;
        // Leaving a row out is only allowed when there are more rows than columns.
        if (w.length - row > needed) {
            best = bruteForce(w, row + 1, used, needed);
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                double rest = bruteForce(w, row + 1, used, needed - 1);
                used[j] = false;
                if (rest != Double.NEGATIVE_INFINITY) {
                    best = Math.max(best, w[row][j] + rest);
                }
            }
        }
        return best;
    }

    @Test
    void picksTheCrossingWhenItIsBetter() {
        int[] a = HungarianAlgorithm.maximize(new double[][] {{0.9, 0.8}, {0.7, 0.1}});
        assertEquals(1, a[0]);
        assertEquals(0, a[1]);
    }
}
