package no.trendspor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TrendProperties {

    @Property
    void reversingTimeNegatesSenSlopeAndS(@ForAll @Size(min = 2, max = 12) List<@IntRange(min = -1000, max = 1000) Integer> ys) {
        double[] x = years(ys.size());
        double[] y = toArray(ys);
        double[] reversed = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            reversed[i] = y[y.length - 1 - i];
        }
        assertEquals(-TheilSen.slope(x, y), TheilSen.slope(x, reversed), 1e-9);
        assertEquals(-MannKendall.statistic(y), MannKendall.statistic(reversed));
    }

    @Property
    void addingAConstantChangesNothing(@ForAll @Size(min = 2, max = 12) List<@IntRange(min = -1000, max = 1000) Integer> ys,
            @ForAll @IntRange(min = -10000, max = 10000) int c) {
        double[] x = years(ys.size());
        double[] y = toArray(ys);
        double[] shifted = y.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += c;
        }
        assertEquals(TheilSen.slope(x, y), TheilSen.slope(x, shifted), 1e-9);
        MannKendall.Result a = MannKendall.test(y);
        MannKendall.Result b = MannKendall.test(shifted);
        assertEquals(a.s(), b.s());
        assertEquals(a.pValue(), b.pValue(), 1e-12);
    }

    @Property
    void perfectLineSlopeIsExact(@ForAll @IntRange(min = -500, max = 500) int intercept,
            @ForAll @IntRange(min = -50, max = 50) int slope, @ForAll @IntRange(min = 2, max = 15) int n) {
        int[] years = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            years[i] = 2000 + 2 * i;
            y[i] = intercept + slope * (years[i] - 2000) / 2.0;
        }
        TrendStatistics t = TrendAnalyzer.analyze(years, y, UnitKind.OTHER);
        assertEquals(slope / 2.0, t.ols().slope(), 1e-9);
        assertEquals(slope / 2.0, t.theilSenSlope(), 1e-12);
    }

    /**
     * The least-squares sums are taken on values scaled by a power of two (so that values near
     * 1e300 cannot overflow); a power of two is exact, so ordinary series get the very same bits
     * as the regression on the values themselves.
     */
    @Property
    void scaledLeastSquaresIsBitForBitTheUnscaledOne(@ForAll @Size(min = 3, max = 12) List<@IntRange(min = -100000, max = 100000) Integer> ys,
            @ForAll @IntRange(min = -6, max = 6) int decimals) {
        double[] x = years(ys.size());
        double[] y = toArray(ys);
        for (int i = 0; i < y.length; i++) {
            y[i] = y[i] * Math.pow(10, decimals);
        }
        org.apache.commons.math3.stat.regression.SimpleRegression plain =
                new org.apache.commons.math3.stat.regression.SimpleRegression(true);
        double meanX = 0;
        for (double v : x) {
            meanX += v / x.length;
        }
        for (int i = 0; i < x.length; i++) {
            plain.addData(x[i] - meanX, y[i]);
        }
        OlsTrend ols = OlsTrend.fit(x, y, 0.95);
        assertEquals(plain.getSlope(), ols.slope(), 0.0);
        assertEquals(plain.getSlopeStdErr(), ols.standardError(), 0.0);
    }

    @Property
    void pValueIsAProbability(@ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 5) Integer> ys) {
        double p = MannKendall.test(toArray(ys)).pValue();
        assertTrue(p >= 0 && p <= 1, "p = " + p);
    }

    private static double[] years(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2010 + i;
        }
        return x;
    }

    private static double[] toArray(List<Integer> ys) {
        return ys.stream().mapToDouble(Integer::doubleValue).toArray();
    }
}
