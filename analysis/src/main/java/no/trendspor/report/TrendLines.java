package no.trendspor.report;

import java.util.Arrays;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.report.svg.SvgLineChart;
import no.trendspor.stats.TrendStatistics;

/**
 * The straight line drawn through an indicator chart: Theil–Sen (the slope the statistics report,
 * with the median intercept, robust to one odd year), else ordinary least squares.
 */
final class TrendLines {

    /** A fitted line and the name of the method. */
    record Fit(SvgLineChart.TrendLine line, String method) {
    }

    private TrendLines() {
    }

    /** The trend line of a series with two or more points, else {@code null}. */
    static Fit fit(IndicatorSeries s) {
        TrendStatistics t = s.trend();
        if (s.points().size() < 2) {
            return null;
        }
        double[] x = s.points().stream().mapToDouble(SeriesPoint::year).toArray();
        double[] y = s.points().stream().mapToDouble(SeriesPoint::value).toArray();
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

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
