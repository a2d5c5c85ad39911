package no.trendspor.report.svg;

import java.util.List;
import java.util.Locale;
import no.trendspor.report.Markup;

/**
 * A small inline SVG line chart of one indicator series: its observations as points joined by a
 * line, and optionally a straight trend line. Self-contained (no script, no external style).
 */
public final class SvgLineChart {

    /** One observation to plot. */
    public record Point(int year, double value) {
    }

    /** A straight line {@code value = intercept + slope * year}. */
    public record TrendLine(double slope, double intercept) {
    }

    private static final int WIDTH = 420;
    private static final int HEIGHT = 200;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 32;

    private SvgLineChart() {
    }

    /**
     * Renders the chart. Points must be at least one; they are drawn in the given order.
     *
     * @param title chart title (escaped)
     * @param unit  unit label for the y axis (escaped)
     * @param trend trend line, or {@code null} for none
     */
    public static String render(String title, String unit, List<Point> points, TrendLine trend) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        int minYear = points.stream().mapToInt(Point::year).min().orElseThrow();
        int maxYear = points.stream().mapToInt(Point::year).max().orElseThrow();
        double minValue = points.stream().mapToDouble(Point::value).min().orElseThrow();
        double maxValue = points.stream().mapToDouble(Point::value).max().orElseThrow();
        if (trend != null) {
            double a = trend.intercept() + trend.slope() * minYear;
            double b = trend.intercept() + trend.slope() * maxYear;
            minValue = Math.min(minValue, Math.min(a, b));
            maxValue = Math.max(maxValue, Math.max(a, b));
        }
        if (minValue > 0 && minValue < (maxValue - minValue)) {
            minValue = 0; // start at zero when that does not squash the series
        }
        if (maxValue == minValue) {
            maxValue = minValue + Math.max(1, Math.abs(minValue) * 0.1);
        }
        Scale x = new Scale(minYear, maxYear == minYear ? minYear + 1 : maxYear, LEFT, WIDTH - RIGHT);
        Scale y = new Scale(minValue, maxValue, HEIGHT - BOTTOM, TOP);

        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Markup.escape(title)).append("\">");
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"16\" class=\"chart-title\">")
                .append(Markup.escape(title)).append("</text>");
        // Axes.
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "axis"));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "axis"));
        svg.append(text(4, TOP + 4, fmt(maxValue), "tick"));
        svg.append(text(4, HEIGHT - BOTTOM, fmt(minValue), "tick"));
        svg.append(text(4, HEIGHT - 4, Markup.escape(unit), "tick"));
        for (int year = minYear; year <= maxYear; year++) {
            if (maxYear - minYear > 10 && (year - minYear) % 2 == 1) {
                continue;
            }
            svg.append(text(x.map(year) - 14, HEIGHT - BOTTOM + 16, Integer.toString(year), "tick"));
        }
        if (trend != null) {
            svg.append(line(x.map(minYear), y.map(trend.intercept() + trend.slope() * minYear),
                    x.map(maxYear), y.map(trend.intercept() + trend.slope() * maxYear), "trend"));
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"series\" fill=\"none\" points=\"");
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                svg.append(i == 0 ? "" : " ").append(fmt(x.map(p.year()))).append(',').append(fmt(y.map(p.value())));
            }
            svg.append("\"/>");
        }
        for (Point p : points) {
            svg.append("<circle class=\"point\" r=\"3.5\" cx=\"").append(fmt(x.map(p.year()))).append("\" cy=\"")
                    .append(fmt(y.map(p.value()))).append("\" data-year=\"").append(p.year())
                    .append("\" data-value=\"").append(fmt(p.value())).append("\"><title>").append(p.year())
                    .append(": ").append(fmt(p.value())).append("</title></circle>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private record Scale(double from, double to, double outFrom, double outTo) {
        double map(double v) {
            return outFrom + (v - from) / (to - from) * (outTo - outFrom);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String escaped, String cls) {
        return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\">" + escaped + "</text>";
    }

    /** Numbers as plain decimals, the same on every locale. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
