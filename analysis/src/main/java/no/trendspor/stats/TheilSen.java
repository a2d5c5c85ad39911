package no.trendspor.stats;

import java.util.Arrays;

/**
 * The Theil–Sen estimator: the slope is the median of the slopes of all pairs of points with
 * different x; the intercept is the median of y − slope·x. Robust to a single outlying year,
 * which matters for short report series with one odd value.
 */
public final class TheilSen {

    private TheilSen() {
    }

    /**
     * Median pairwise slope.
     *
     * @throws IllegalArgumentException when the arrays differ in length or no two x differ
     */
    public static double slope(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        double[] slopes = new double[x.length * (x.length - 1) / 2];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[j] != x[i]) {
                    slopes[m++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("Theil-Sen needs two points with different x");
        }
        return median(Arrays.copyOf(slopes, m));
    }

    /** Median of y − slope·x. */
    public static double intercept(double[] x, double[] y, double slope) {
        double[] residuals = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            residuals[i] = y[i] - slope * x[i];
        }
        return median(residuals);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
