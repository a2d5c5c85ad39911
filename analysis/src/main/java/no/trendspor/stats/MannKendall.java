package no.trendspor.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall test for a monotonic trend in a series ordered in time.
 *
 * <p>S = Σ<sub>i&lt;j</sub> sgn(y<sub>j</sub> − y<sub>i</sub>). Under the null hypothesis (no
 * trend, all orderings equally likely) its variance is
 * [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, where t runs over the sizes of groups of tied values.
 *
 * <p>p-value (two-sided, P(|S| ≥ |s|) under the null):
 * <ul>
 *   <li>n ≤ {@value #EXACT_MAX_N} and no ties: exact, from the distribution of S over all n!
 *       orderings. S = n(n−1)/2 − 2·inversions, and the number of permutations with k inversions
 *       (Mahonian numbers) follows the recurrence I(n,k) = Σ<sub>j=0..min(k,n−1)</sub> I(n−1,k−j).
 *   <li>otherwise (larger n, or ties at any n): normal approximation with the tie-corrected
 *       variance and a continuity correction, Z = (S − sgn S)/√Var. With ties the exact null
 *       distribution would have to enumerate the distinct orderings of the multiset; we do not,
 *       and say so in {@link Method#NORMAL_APPROXIMATION}. When the variance is 0 (all values
 *       tied) S is 0 and p is 1.
 * </ul>
 */
public final class MannKendall {

    /** Largest n for which the exact null distribution is used. */
    public static final int EXACT_MAX_N = 10;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private MannKendall() {
    }

    /** How the p-value was computed. */
    public enum Method {
        EXACT, NORMAL_APPROXIMATION
    }

    /**
     * Result of the test.
     *
     * @param s         the statistic S
     * @param variance  variance of S under the null, tie-corrected
     * @param z         the continuity-corrected normal score (reported for every method)
     * @param pValue    two-sided p-value in [0, 1]
     * @param method    how {@code pValue} was computed
     * @param tieGroups number of groups of two or more equal values
     */
    public record Result(long s, double variance, double z, double pValue, Method method, int tieGroups) {
    }

    /** Runs the test on values already ordered in time. Needs at least two values. */
    public static Result test(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("Mann-Kendall needs at least two values, got " + n);
        }
        long s = statistic(values);
        int[] ties = tieGroupSizes(values);
        double tieTerm = 0;
        for (int t : ties) {
            tieTerm += (double) t * (t - 1) * (2 * t + 5);
        }
        double variance = ((double) n * (n - 1) * (2 * n + 5) - tieTerm) / 18.0;
        double z = variance > 0 ? (s - Math.signum(s)) / Math.sqrt(variance) : 0.0;
        if (ties.length == 0 && n <= EXACT_MAX_N) {
            return new Result(s, variance, z, exactTwoSidedP(n, s), Method.EXACT, 0);
        }
        double p = variance > 0 ? Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z))) : 1.0;
        return new Result(s, variance, z, p, Method.NORMAL_APPROXIMATION, ties.length);
    }

    /** S = Σ_{i&lt;j} sgn(y_j − y_i). */
    public static long statistic(double[] values) {
        long s = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                s += Double.compare(values[j], values[i]) > 0 ? 1 : values[j] < values[i] ? -1 : 0;
            }
        }
        return s;
    }

    /**
     * Exact null distribution of S for n values without ties: element k is the number of the n!
     * orderings whose S equals {@code n(n-1)/2 - 2k} (k = number of inversions).
     */
    public static long[] inversionCounts(int n) {
        if (n < 1 || n > 20) {
            throw new IllegalArgumentException("n out of range: " + n);
        }
        long[] counts = {1};
        for (int m = 2; m <= n; m++) {
            int maxK = m * (m - 1) / 2;
            long[] next = new long[maxK + 1];
            for (int k = 0; k <= maxK; k++) {
                long sum = 0;
                for (int j = 0; j <= Math.min(k, m - 1); j++) {
                    int prev = k - j;
                    if (prev < counts.length) {
                        sum += counts[prev];
                    }
                }
                next[k] = sum;
            }
            counts = next;
        }
        return counts;
    }

    /** Exact two-sided p = P(|S| ≥ |s|) for n untied values. */
    public static double exactTwoSidedP(int n, long s) {
        long[] counts = inversionCounts(n);
        long pairs = (long) n * (n - 1) / 2;
        long total = 0;
        long extreme = 0;
        for (int k = 0; k < counts.length; k++) {
            long sk = pairs - 2L * k;
            total += counts[k];
            if (Math.abs(sk) >= Math.abs(s)) {
                extreme += counts[k];
            }
        }
        return Math.min(1.0, (double) extreme / total);
    }

    /**
     * The smallest two-sided p-value the exact test can give for n untied values (both extreme
     * orderings): 2/n!. Used to tell "no evidence" from "cannot have evidence".
     */
    public static double smallestAttainableP(int n) {
        double factorial = 1;
        for (int i = 2; i <= n; i++) {
            factorial *= i;
        }
        return Math.min(1.0, 2.0 / factorial);
    }

    private static int[] tieGroupSizes(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int[] sizes = new int[sorted.length];
        int groups = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            if (j > i) {
                sizes[groups++] = j - i + 1;
            }
            i = j + 1;
        }
        return Arrays.copyOf(sizes, groups);
    }
}
