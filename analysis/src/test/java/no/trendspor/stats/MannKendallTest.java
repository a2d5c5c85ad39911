package no.trendspor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MannKendallTest {

    @Test
    void strictlyDecreasingFourPoints() {
        // All 6 pairs decrease: S = -6. Var = n(n-1)(2n+5)/18 = 4*3*13/18 = 8.6667.
        // Only the two fully ordered permutations of 24 reach |S| = 6: p = 2/24.
        MannKendall.Result r = MannKendall.test(new double[] {7.2, 6.4, 5.3, 4.7});
        assertEquals(-6, r.s());
        assertEquals(156.0 / 18.0, r.variance(), 1e-12);
        assertEquals(2.0 / 24.0, r.pValue(), 1e-12);
        assertEquals(MannKendall.Method.EXACT, r.method());
        // Z = (S + 1)/sqrt(Var) = -5/2.94392
        assertEquals(-5 / Math.sqrt(156.0 / 18.0), r.z(), 1e-12);
    }

    @Test
    void mahonianNumbersForFourAndFive() {
        // Permutations of 4 by inversion count: 1,3,5,6,5,3,1 (sum 24), of 5: 1,4,9,15,20,22,...
        assertEquals(List.of(1L, 3L, 5L, 6L, 5L, 3L, 1L), box(MannKendall.inversionCounts(4)));
        assertEquals(List.of(1L, 4L, 9L, 15L, 20L, 22L, 20L, 15L, 9L, 4L, 1L), box(MannKendall.inversionCounts(5)));
    }

    @Test
    void exactPMatchesKendallTable() {
        // Kendall's table, n = 5, S = 8: one-sided 0.042 (= 5/120), so two-sided 10/120.
        assertEquals(10.0 / 120.0, MannKendall.exactTwoSidedP(5, 8), 1e-12);
        // n = 4, S = 4: permutations with S in {4, 6} or {-4, -6}: (3+1)*2 = 8 of 24.
        assertEquals(8.0 / 24.0, MannKendall.exactTwoSidedP(4, -4), 1e-12);
        assertEquals(1.0, MannKendall.exactTwoSidedP(4, 0), 1e-12);
    }

    @Test
    void exactPMatchesBruteForceEnumerationForSeven() {
        // Enumerate all 7! orderings, compute S directly, compare with the recurrence.
        int n = 7;
        List<double[]> perms = new ArrayList<>();
        permute(new double[] {0, 1, 2, 3, 4, 5, 6}, 0, perms);
        for (long s = 0; s <= 21; s++) {
            long extreme = 0;
            for (double[] p : perms) {
                if (Math.abs(MannKendall.statistic(p)) >= s) {
                    extreme++;
                }
            }
            assertEquals((double) extreme / perms.size(), MannKendall.exactTwoSidedP(n, s), 1e-12, "S=" + s);
        }
    }

    @Test
    void tiesUseCorrectedVarianceAndNormalApproximation() {
        // 1,2,2,3: pairs +,+,+,0,+,+ -> S = 5. One tie group of size 2:
        // Var = (4*3*13 - 2*1*9)/18 = 138/18. Z = (5-1)/sqrt(7.6667) = 1.44463, p = 2(1-Phi(Z)) = 0.14857
        MannKendall.Result r = MannKendall.test(new double[] {1, 2, 2, 3});
        assertEquals(5, r.s());
        assertEquals(138.0 / 18.0, r.variance(), 1e-12);
        assertEquals(MannKendall.Method.NORMAL_APPROXIMATION, r.method());
        assertEquals(1, r.tieGroups());
        assertEquals(0.14857, r.pValue(), 5e-5);
    }

    @Test
    void largeSeriesUseNormalApproximation() {
        // n = 12 increasing: S = 66, Var = 12*11*29/18 = 212.667, Z = 65/14.583 = 4.4573,
        // p = 2(1 - Phi(4.4573)) = 8.30e-6
        double[] y = new double[12];
        for (int i = 0; i < y.length; i++) {
            y[i] = i * 1.5;
        }
        MannKendall.Result r = MannKendall.test(y);
        assertEquals(66, r.s());
        assertEquals(12.0 * 11 * 29 / 18, r.variance(), 1e-9);
        assertEquals(MannKendall.Method.NORMAL_APPROXIMATION, r.method());
        assertEquals(8.30e-6, r.pValue(), 0.05e-6);
    }

    @Test
    void allTiedGivesPOne() {
        MannKendall.Result r = MannKendall.test(new double[] {3, 3, 3});
        assertEquals(0, r.s());
        assertEquals(0.0, r.variance(), 0);
        assertEquals(1.0, r.pValue(), 0);
    }

    private static List<Long> box(long[] a) {
        List<Long> out = new ArrayList<>();
        for (long v : a) {
            out.add(v);
        }
        return out;
    }

    private static void permute(double[] a, int k, List<double[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            double t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, out);
            a[i] = a[k];
            a[k] = t;
        }
    }
}
