package no.trendspor.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.report.svg.SvgLineChart;
import no.trendspor.stats.TrendAnalyzer;
import no.trendspor.stats.TrendStatistics;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The straight line drawn through an indicator chart: Theil–Sen (the slope the statistics report,
 * with the median intercept, robust to one odd year), else ordinary least squares; and the
 * confidence band of the least-squares line.
 */
final class TrendLines {

    /** The band's name in a chart's legend. */
    static final String BAND_LABEL = "95 % konfidensbånd (minste kvadrater)";

    /** A fitted line and the name of the method. */
    record Fit(SvgLineChart.TrendLine line, String method) {
    }

    private TrendLines() {
    }

    /** The trend line of a series with two or more points, else {@code null}. */
    static Fit fit(IndicatorSeries s) {
        if (s.points().size() < 2) {
            return null;
        }
        return fit(years(s), values(s), s.trend());
    }

    /** The trend line through (x, y) with the statistics' Theil–Sen slope when it has one. */
    static Fit fit(double[] x, double[] y, TrendStatistics t) {
        if (x.length < 2) {
            return null;
        }
        if (t != null && Double.isFinite(t.theilSenSlope())) {
            double slope = t.theilSenSlope();
            double[] intercepts = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                intercepts[i] = y[i] - slope * x[i];
            }
            return new Fit(new SvgLineChart.TrendLine(slope, median(intercepts)), "Theil–Sen");
        }
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        return new Fit(new SvgLineChart.TrendLine(slope, meanY - slope * meanX), "least-squares");
    }

    /** The 95 % confidence band of the least-squares line at each observed year; empty under three points. */
    static List<SvgLineChart.BandPoint> band(IndicatorSeries s) {
        return band(years(s), values(s));
    }

    /**
     * The band ŷ ± t · s · √(1/n + (x − x̄)² / Sxx) around the least-squares line at each x: where
     * the mean level of the series lies, given the scatter around the line.
     */
    static List<SvgLineChart.BandPoint> band(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return List.of();
        }
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        if (sxx == 0) {
            return List.of();
        }
        double slope = sxy / sxx;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (meanY + slope * (x[i] - meanX));
            sse += r * r;
        }
        double s = Math.sqrt(sse / (n - 2));
        double t = new TDistribution(null, n - 2).inverseCumulativeProbability(1 - (1 - TrendAnalyzer.OLS_CONFIDENCE) / 2);
        List<SvgLineChart.BandPoint> band = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double fitted = meanY + slope * (x[i] - meanX);
            double half = t * s * Math.sqrt(1.0 / n + (x[i] - meanX) * (x[i] - meanX) / sxx);
            band.add(new SvgLineChart.BandPoint((int) x[i], fitted - half, fitted + half));
        }
        return band;
    }

    private static double[] years(IndicatorSeries s) {
        return s.points().stream().mapToDouble(SeriesPoint::year).toArray();
    }

    private static double[] values(IndicatorSeries s) {
        return s.points().stream().mapToDouble(SeriesPoint::value).toArray();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
