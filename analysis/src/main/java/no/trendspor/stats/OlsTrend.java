package no.trendspor.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Ordinary least squares slope per year with a two-sided confidence interval
 * slope ± t<sub>1−α/2, n−2</sub> · SE(slope), using Commons Math {@link SimpleRegression} and
 * {@link TDistribution}.
 *
 * @param slope          change per year
 * @param standardError  standard error of the slope; {@code null} with two points (no residual
 *                       degrees of freedom)
 * @param lower          lower bound of the interval, {@code null} with two points
 * @param upper          upper bound of the interval, {@code null} with two points
 * @param confidence     the confidence level of the interval (e.g. 0.95)
 * @param rSquared       coefficient of determination; {@code null} when all y are equal
 */
public record OlsTrend(double slope, Double standardError, Double lower, Double upper, double confidence,
        Double rSquared) {

    /** Fits years → values. Needs at least two distinct years. */
    public static OlsTrend fit(double[] x, double[] y, double confidence) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("OLS needs two or more (x, y) pairs of equal length");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        // Centre x so that years like 2015 do not cost precision in the sums.
        double meanX = 0;
        for (double v : x) {
            meanX += v / x.length;
        }
        // Scale y by a power of two so that its sums of squares cannot overflow (values near 1e300)
        // or underflow; a power of two is exact, so the slope and its error scale back bit for bit.
        double maxAbs = 0;
        for (double v : y) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int exponent = maxAbs == 0 || !Double.isFinite(maxAbs) ? 0 : Math.getExponent(maxAbs);
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < x.length; i++) {
            regression.addData(x[i] - meanX, Math.scalb(y[i], -exponent));
        }
        double slope = Math.scalb(regression.getSlope(), exponent);
        double r2 = regression.getRSquare();
        Double rSquared = Double.isNaN(r2) ? null : r2;
        int df = x.length - 2;
        if (df < 1) {
            return new OlsTrend(slope, null, null, null, confidence, rSquared);
        }
        double se = Math.scalb(regression.getSlopeStdErr(), exponent);
        // no random generator: nothing is sampled, and the default one (Well19937c, seeded on
        // creation) cost more than the whole fit of a short series
        double t = new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new OlsTrend(slope, se, slope - t * se, slope + t * se, confidence, rSquared);
    }
}
