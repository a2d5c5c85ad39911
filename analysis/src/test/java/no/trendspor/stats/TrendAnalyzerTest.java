package no.trendspor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendAnalyzerTest {

    private static final int[] YEARS = {2015, 2016, 2017, 2018};
    private static final double[] SICK_LEAVE = {7.2, 6.4, 5.3, 4.7};

    @Test
    void percentSeriesOfFourPoints() {
        TrendStatistics t = TrendAnalyzer.analyze(YEARS, SICK_LEAVE, UnitKind.PERCENT);
        assertEquals(4, t.points());
        assertEquals(2015, t.firstYear());
        assertEquals(4.7, t.lastValue());
        assertEquals(-2.5, t.absoluteChange(), 1e-12);
        assertEquals(-2.5, t.percentagePointChange(), 1e-12);
        assertEquals(-2.5 / 7.2, t.relativeChange(), 1e-12);
        assertNull(t.cagr(), "no CAGR for a percentage");
        // Centred x = -1.5,-0.5,0.5,1.5; Sxy = -10.8-3.2+2.65+7.05 = -4.3; Sxx = 5 -> slope -0.86
        assertEquals(-0.86, t.ols().slope(), 1e-12);
        // Pairwise slopes -0.8,-0.95,-0.8333,-1.1,-0.85,-0.6: median (-0.85-0.83333)/2
        assertEquals((-0.85 - 2.5 / 3) / 2, t.theilSenSlope(), 1e-12);
        assertEquals(-6, t.mannKendall().s());
        // 4 points: best exact p is 2/24 = 0.083 >= 0.05, so no direction is claimed.
        assertEquals(TrendDirection.INSUFFICIENT, t.direction());
        assertEquals(ChangeSign.DECREASE, t.statedChange());
    }

    @Test
    void twoPointsReportChangeOnly() {
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2019, 2020}, new double[] {100, 121}, UnitKind.COUNT);
        assertEquals(TrendDirection.INSUFFICIENT, t.direction());
        assertEquals(ChangeSign.INCREASE, t.statedChange());
        assertEquals(0.21, t.cagr(), 1e-12);
        assertNull(t.ols().standardError(), "no residual degrees of freedom with two points");
        assertNull(t.ols().lower());
    }

    @Test
    void cagrOverTwoYears() {
        // 100 -> 121 over two years: sqrt(1.21) - 1 = 10 % a year.
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2018, 2020}, new double[] {100, 121}, UnitKind.MONEY);
        assertEquals(0.10, t.cagr(), 1e-12);
    }

    @Test
    void olsConfidenceIntervalByHand() {
        // x 0..3, y 1,3,2,4: slope 0.8, residuals -0.3,0.9,-0.9,0.3, SSE 1.8, s^2 0.9,
        // SE = sqrt(0.9/5) = 0.424264, t(0.975, 2) = 4.302653, half width 4.302653 * 0.424264 = 1.825461
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2000, 2001, 2002, 2003}, new double[] {1, 3, 2, 4},
                UnitKind.OTHER);
        assertEquals(0.8, t.ols().slope(), 1e-12);
        assertEquals(Math.sqrt(0.18), t.ols().standardError(), 1e-12);
        assertEquals(0.8 - 1.825461, t.ols().lower(), 1e-5);
        assertEquals(0.8 + 1.825461, t.ols().upper(), 1e-5);
    }

    @Test
    void fivePointsMonotoneIsSignificant() {
        // n = 5 decreasing: exact p = 2/120 = 0.0167 < 0.05
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2016, 2017, 2018, 2019, 2020},
                new double[] {9, 8.5, 8.1, 7.9, 7}, UnitKind.PERCENT);
        assertEquals(2.0 / 120, t.mannKendall().pValue(), 1e-12);
        assertEquals(TrendDirection.DOWN, t.direction());
    }

    @Test
    void fivePointsWithoutTrendAreFlat() {
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2016, 2017, 2018, 2019, 2020},
                new double[] {5, 7, 4, 8, 5.5}, UnitKind.COUNT);
        assertEquals(TrendDirection.FLAT, t.direction());
        assertTrue(t.mannKendall().pValue() >= 0.05);
    }

    @Test
    void constantSeriesIsFlat() {
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2018, 2019}, new double[] {3, 3}, UnitKind.COUNT);
        assertEquals(TrendDirection.FLAT, t.direction());
        assertEquals(ChangeSign.UNCHANGED, t.statedChange());
    }

    @Test
    void unorderedInputIsSortedByYear() {
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2018, 2015, 2017, 2016},
                new double[] {4.7, 7.2, 5.3, 6.4}, UnitKind.PERCENT);
        assertEquals(List.of(2015, 2016, 2017, 2018), t.years());
        assertEquals(-6, t.mannKendall().s());
    }

    @Test
    void theilSenEqualsMedianComputedBySorting() {
        // Independent: collect slopes into a list, sort with Collections.sort, take the middle.
        double[] x = {1, 2, 4, 7, 8, 11};
        double[] y = {3, 1, 6, 2, 9, 4};
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (x[j] > x[i]) {
                    slopes.add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }
        Collections.sort(slopes);
        int m = slopes.size(); // 15 pairs, odd
        assertEquals(slopes.get(m / 2), TheilSen.slope(x, y), 1e-12);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TrendAnalyzer.analyze(new int[] {2015}, new double[] {1}, UnitKind.COUNT));
        assertThrows(IllegalArgumentException.class,
                () -> TrendAnalyzer.analyze(new int[] {2015, 2016}, new double[] {1}, UnitKind.COUNT));
        assertThrows(IllegalArgumentException.class,
                () -> TrendAnalyzer.analyze(new int[] {2015, 2015}, new double[] {1, 2}, UnitKind.COUNT));
        assertThrows(IllegalArgumentException.class,
                () -> TrendAnalyzer.analyze(new int[] {2015, 2016}, new double[] {1, Double.NaN}, UnitKind.COUNT));
    }

    @Test
    void reasonIsAlwaysGiven() {
        assertNotNull(TrendAnalyzer.analyze(YEARS, SICK_LEAVE, UnitKind.PERCENT).directionReason());
    }

    /** Issue 19: statistics of values near 1e300 stay finite; beyond 1e300 the value is refused by name. */
    @Test
    void hugeValuesGiveFiniteStatisticsOrAreRefused() {
        TrendStatistics t = TrendAnalyzer.analyze(new int[] {2018, 2019, 2020}, new double[] {0, 1e300, 0},
                UnitKind.OTHER);
        assertTrue(Double.isFinite(t.ols().slope()));
        assertTrue(Double.isFinite(t.ols().standardError()) && t.ols().standardError() > 1e299);
        assertTrue(Double.isFinite(t.ols().lower()) && Double.isFinite(t.ols().upper()));
        TrendStatistics ratio = TrendAnalyzer.analyze(new int[] {2018, 2019}, new double[] {1e-300, 1e300},
                UnitKind.COUNT);
        assertEquals(null, ratio.relativeChange(), "a relative change beyond a double is undefined, not infinite");
        assertEquals(null, ratio.cagr());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrendAnalyzer.analyze(new int[] {2018, 2019}, new double[] {1, 1e301}, UnitKind.OTHER));
        assertTrue(e.getMessage().contains("1.0E301"), e.getMessage());
    }
}
