package no.trendspor.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Computes {@link TrendStatistics} for a yearly series.
 *
 * <p><b>Direction rule</b> (at {@link #DEFAULT_SIGNIFICANCE} = 0.05 unless given):
 * <ol>
 *   <li>all values equal → {@link TrendDirection#FLAT};
 *   <li>the smallest two-sided p-value the Mann–Kendall test could give for this many points is
 *       not below the level (n ≤ 4 without ties: 2/4! ≈ 0.083) → {@link TrendDirection#INSUFFICIENT}:
 *       the change is reported in {@code statedChange}, but no direction is claimed. Two points
 *       are always INSUFFICIENT;
 *   <li>Mann–Kendall two-sided p &lt; level → {@link TrendDirection#UP} or {@link TrendDirection#DOWN} by
 *       the sign of S;
 *   <li>otherwise {@link TrendDirection#FLAT}: enough points to detect a trend, none detected.
 * </ol>
 */
public final class TrendAnalyzer {

    /** Default significance level for the direction. */
    public static final double DEFAULT_SIGNIFICANCE = 0.05;
    /** Confidence level of the OLS slope interval. */
    public static final double OLS_CONFIDENCE = 0.95;

    /**
     * Largest magnitude of a value accepted (10^300). Every statistic is then finite: differences
     * and slopes stay below 10^301, and the least-squares sums are taken on values scaled by a
     * power of two (exact, so ordinary series give the same bits as unscaled). A ratio that still
     * overflows (a relative change from 10^-300 to 10^300) is reported as undefined.
     */
    public static final double MAX_MAGNITUDE = 1e300;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private TrendAnalyzer() {
    }

    /** Statistics at the default significance level. */
    public static TrendStatistics analyze(int[] years, double[] values, UnitKind unit) {
        return analyze(years, values, unit, DEFAULT_SIGNIFICANCE);
    }

    /**
     * Statistics for (year, value) pairs in any order.
     *
     * @throws IllegalArgumentException for fewer than two points, arrays of different length,
     *                                  duplicate years, non-finite values or values beyond
     *                                  {@link #MAX_MAGNITUDE}
     */
    public static TrendStatistics analyze(int[] years, double[] values, UnitKind unit, double significance) {
        validate(years, values);
        if (unit == null) {
            throw new IllegalArgumentException("unit is required");
        }
        Integer[] order = new Integer[years.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> years[i]));
        int n = years.length;
        double[] x = new double[n];
        double[] y = new double[n];
        List<Integer> yearList = new ArrayList<>(n);
        List<Double> valueList = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            x[k] = years[order[k]];
            y[k] = values[order[k]];
            yearList.add(years[order[k]]);
            valueList.add(y[k]);
        }
        double first = y[0];
        double last = y[n - 1];
        int firstYear = (int) x[0];
        int lastYear = (int) x[n - 1];
        double change = last - first;
        Double relative = first != 0 ? finiteOrNull(change / Math.abs(first)) : null;
        Double pp = unit == UnitKind.PERCENT ? change : null;
        Double cagr = null;
        if ((unit == UnitKind.COUNT || unit == UnitKind.MONEY) && first > 0 && last > 0) {
            cagr = finiteOrNull(Math.pow(last / first, 1.0 / (lastYear - firstYear)) - 1);
        }
        OlsTrend ols = OlsTrend.fit(x, y, OLS_CONFIDENCE);
        double sen = TheilSen.slope(x, y);
        MannKendall.Result mk = MannKendall.test(y);
        TrendDirection direction;
        String reason;
        boolean allEqual = Arrays.stream(y).allMatch(v -> v == first);
        double bestP = bestAttainableP(y, mk);
        if (allEqual) {
            direction = TrendDirection.FLAT;
            reason = "all values are equal";
        } else if (bestP >= significance) {
            direction = TrendDirection.INSUFFICIENT;
            reason = String.format(Locale.ROOT,
                    "%d points: the Mann-Kendall test cannot reach p < %s (smallest attainable p %.3f); "
                            + "only the change is reported", n, fmt(significance), bestP);
        } else if (mk.pValue() < significance) {
            direction = mk.s() > 0 ? TrendDirection.UP : TrendDirection.DOWN;
            reason = String.format(Locale.ROOT, "Mann-Kendall S=%d, two-sided p=%.4f < %s", mk.s(), mk.pValue(),
                    fmt(significance));
        } else {
            direction = TrendDirection.FLAT;
            reason = String.format(Locale.ROOT, "no significant trend: Mann-Kendall S=%d, two-sided p=%.4f >= %s",
                    mk.s(), mk.pValue(), fmt(significance));
        }
        return new TrendStatistics(unit, n, yearList, valueList, firstYear, first, lastYear, last, change,
                relative, pp, cagr, ChangeSign.of(change), ols, sen, mk, significance, direction, reason);
    }

    /**
     * The smallest p the test could produce for n points with the observed tie structure: exact
     * 2/n! without ties, else the normal approximation at the largest attainable |S| (the number
     * of pairs with different values).
     */
    private static double bestAttainableP(double[] y, MannKendall.Result mk) {
        if (mk.method() == MannKendall.Method.EXACT) {
            return MannKendall.smallestAttainableP(y.length);
        }
        if (mk.variance() <= 0) {
            return 1.0;
        }
        long untiedPairs = 0;
        for (int i = 0; i < y.length; i++) {
            for (int j = i + 1; j < y.length; j++) {
                if (y[i] != y[j]) {
                    untiedPairs++;
                }
            }
        }
        double z = (untiedPairs - 1) / Math.sqrt(mk.variance());
        return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-z));
    }

    private static Double finiteOrNull(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }

    static void validate(int[] years, double[] values) {
        if (years == null || values == null) {
            throw new IllegalArgumentException("years and values are required");
        }
        if (years.length != values.length) {
            throw new IllegalArgumentException(
                    "got " + years.length + " years but " + values.length + " values");
        }
        if (years.length < 2) {
            throw new IllegalArgumentException("a trend needs at least two points, got " + years.length);
        }
        int[] sorted = years.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("duplicate year " + sorted[i]);
            }
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("value is not a finite number: " + v);
            }
            if (Math.abs(v) > MAX_MAGNITUDE) {
                throw new IllegalArgumentException("value " + v + " is too large: trend statistics take values up to "
                        + "1e300 in magnitude");
            }
        }
    }
}
