package no.trendspor.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.trendspor.report.Markup;

/**
 * An SVG line chart of one indicator series that stands alone: its observations as points joined
 * by a line, optionally a straight trend line with its confidence band and the values a
 * key-figure table gives for the same indicator. Styling is in presentation attributes on the
 * elements (no class needs a style sheet), the value axis has 1-2-5 ticks in Norwegian number
 * format with the unit as its title, a legend names every kind of mark, and an axis that does not
 * start at zero is drawn broken and says so. No script, nothing loaded from elsewhere.
 */
public final class SvgLineChart {

    /** One observation to plot. */
    public record Point(int year, double value) {
    }

    /** A straight line {@code value = intercept + slope * year}. */
    public record TrendLine(double slope, double intercept) {
    }

    /** The confidence band of the trend at one year. */
    public record BandPoint(int year, double low, double high) {
    }

    /**
     * Everything one chart shows.
     *
     * @param title       the chart's title (escaped on output)
     * @param description one or two sentences for {@code <desc>}, or {@code null} for a generated one
     * @param unit        the unit, the value axis's title ("prosent"); empty for none
     * @param points      the observations, at least one, drawn in the given order
     * @param trend       trend line, or {@code null}
     * @param trendLabel  the trend's name in the legend ("Theil–Sen-trend")
     * @param band        the trend's confidence band, empty for none
     * @param bandLabel   the band's name in the legend ("95 % konfidensbånd")
     * @param tableValues values of a key-figure table for the same indicator, empty for none
     */
    public record Chart(String title, String description, String unit, List<Point> points, TrendLine trend,
            String trendLabel, List<BandPoint> band, String bandLabel, List<Point> tableValues) {

        public Chart {
            points = List.copyOf(points);
            band = band == null ? List.of() : List.copyOf(band);
            tableValues = tableValues == null ? List.of() : List.copyOf(tableValues);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("a chart needs at least one point");
            }
            unit = unit == null ? "" : unit;
        }
    }

    static final int WIDTH = 480;
    private static final int TOP = 40;
    private static final int PLOT_HEIGHT = 140;
    private static final int RIGHT = 16;
    private static final double CHAR = 6.2; // average advance of an 11 px sans-serif character

    private SvgLineChart() {
    }

    /** A chart of {@code points} with an optional trend line, without band or table values. */
    public static String render(String title, String unit, List<Point> points, TrendLine trend) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        return render(new Chart(title, null, unit, points, trend, "trend", List.of(), null, List.of()));
    }

    /** Renders the chart as one {@code <svg>} element (no XML declaration). */
    public static String render(Chart c) {
        List<Point> all = new ArrayList<>(c.points());
        all.addAll(c.tableValues());
        int minYear = all.stream().mapToInt(Point::year).min().orElseThrow();
        int maxYear = all.stream().mapToInt(Point::year).max().orElseThrow();
        double lo = all.stream().mapToDouble(Point::value).min().orElseThrow();
        double hi = all.stream().mapToDouble(Point::value).max().orElseThrow();
        // The trend spans the observations' years only: it is not drawn into years only a table gives.
        int firstObserved = c.points().stream().mapToInt(Point::year).min().orElseThrow();
        int lastObserved = c.points().stream().mapToInt(Point::year).max().orElseThrow();
        if (c.trend() != null) {
            for (int year : new int[] {firstObserved, lastObserved}) {
                double v = value(c.trend(), year);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        for (BandPoint b : c.band()) {
            lo = Math.min(lo, b.low());
            hi = Math.max(hi, b.high());
        }
        if (lo > 0 && lo < (hi - lo)) {
            lo = 0; // start at zero when that does not squash the series
        } else if (hi < 0 && -hi < (hi - lo)) {
            hi = 0;
        }
        NiceScale scale = NiceScale.of(lo, hi);
        boolean broken = scale.min() > 0 || scale.max() < 0;
        List<String> tickLabels = scale.ticks().stream().map(t -> NorwegianNumbers.format(t, scale.decimals())).toList();
        int widest = tickLabels.stream().mapToInt(String::length).max().orElse(1);
        int left = (int) Math.ceil(30 + widest * CHAR + 8);
        int bottom = TOP + PLOT_HEIGHT;
        Scale x = new Scale(minYear - 0.5, maxYear + 0.5, left, WIDTH - RIGHT);
        Scale y = new Scale(scale.min(), scale.max(), bottom, TOP);

        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem(swatchPoint(), "observasjoner"));
        if (c.trend() != null) {
            legend.add(new LegendItem(swatchLine(TREND_STYLE), c.trendLabel()));
        }
        if (!c.band().isEmpty()) {
            legend.add(new LegendItem(swatchBand(), c.bandLabel() == null ? "konfidensbånd" : c.bandLabel()));
        }
        if (!c.tableValues().isEmpty()) {
            legend.add(new LegendItem(swatchSquare(), "tabellverdier"));
        }
        List<List<LegendItem>> legendRows = rows(legend, left);
        int legendTop = bottom + 34;
        int height = legendTop + 18 * legendRows.size() + (broken ? 18 : 0) + 6;

        String title = c.title();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" lang=\"nb\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Markup.escape(title))
                .append("\" font-family=\"").append(SvgPalette.FONT).append("\" font-size=\"11\" fill=\"")
                .append(SvgPalette.INK).append("\">");
        svg.append("<title>").append(Markup.escape(title)).append("</title>");
        svg.append("<desc>").append(Markup.escape(c.description() != null ? c.description() : describe(c, scale, broken)))
                .append("</desc>");
        svg.append(background(WIDTH, height));
        svg.append("<text class=\"chart-title\" x=\"8\" y=\"18\" font-size=\"12\" font-weight=\"600\">")
                .append(Markup.escape(shorten(title, (int) ((WIDTH - 16) / 6.8)))).append("</text>");
        // Value axis: title (the unit), grid lines and ticks.
        if (!c.unit().isBlank()) {
            double mid = (TOP + bottom) / 2.0;
            svg.append("<text class=\"axis-title\" x=\"14\" y=\"").append(fmt(mid)).append("\" transform=\"rotate(-90 14 ")
                    .append(fmt(mid)).append(")\" text-anchor=\"middle\" fill=\"").append(SvgPalette.MUTED).append("\">")
                    .append(Markup.escape(c.unit())).append("</text>");
        }
        List<Double> ticks = scale.ticks();
        for (int i = 0; i < ticks.size(); i++) {
            double ty = y.map(ticks.get(i));
            svg.append("<path class=\"grid\" d=\"M").append(left).append(' ').append(fmt(ty)).append('H')
                    .append(WIDTH - RIGHT).append("\" stroke=\"").append(SvgPalette.GRID).append("\" stroke-width=\"1\"/>");
            svg.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(fmt(ty + 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(SvgPalette.MUTED).append("\" data-value=\"")
                    .append(fmt(ticks.get(i))).append("\">").append(tickLabels.get(i)).append("</text>");
        }
        for (int year = minYear; year <= maxYear; year++) {
            if (maxYear - minYear > 10 && (year - minYear) % 2 == 1) {
                continue;
            }
            svg.append("<text class=\"tick\" x=\"").append(fmt(x.map(year))).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"").append(SvgPalette.MUTED).append("\">").append(year)
                    .append("</text>");
        }
        // Axes.
        svg.append(line(left, bottom, WIDTH - RIGHT, bottom, "axis", AXIS_STYLE));
        svg.append(line(left, TOP, left, bottom, "axis", AXIS_STYLE));
        if (broken) {
            // Two short slanted strokes across the value axis, near the end that would reach zero.
            double by = scale.min() > 0 ? bottom - 10 : TOP + 10;
            svg.append("<path class=\"axis-break\" d=\"M").append(left - 6).append(' ').append(fmt(by + 2)).append('L')
                    .append(left + 6).append(' ').append(fmt(by - 4)).append("M").append(left - 6).append(' ')
                    .append(fmt(by + 6)).append('L').append(left + 6).append(' ').append(fmt(by)).append("\" stroke=\"")
                    .append(SvgPalette.INK).append("\" stroke-width=\"1.5\" fill=\"none\"/>");
        }
        if (!c.band().isEmpty()) {
            svg.append("<path class=\"band\" d=\"");
            for (int i = 0; i < c.band().size(); i++) {
                BandPoint b = c.band().get(i);
                svg.append(i == 0 ? "M" : "L").append(fmt(x.map(b.year()))).append(' ').append(fmt(y.map(b.high())));
            }
            for (int i = c.band().size() - 1; i >= 0; i--) {
                BandPoint b = c.band().get(i);
                svg.append('L').append(fmt(x.map(b.year()))).append(' ').append(fmt(y.map(b.low())));
            }
            svg.append("Z\" fill=\"").append(SvgPalette.BAND).append("\" fill-opacity=\"0.12\" stroke=\"")
                    .append(SvgPalette.BAND).append("\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>");
        }
        if (c.trend() != null) {
            svg.append(line(x.map(firstObserved), y.map(value(c.trend(), firstObserved)), x.map(lastObserved),
                    y.map(value(c.trend(), lastObserved)), "trend", TREND_STYLE));
        }
        if (c.points().size() > 1) {
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(SvgPalette.SERIES)
                    .append("\" stroke-width=\"2\" points=\"");
            for (int i = 0; i < c.points().size(); i++) {
                Point p = c.points().get(i);
                svg.append(i == 0 ? "" : " ").append(fmt(x.map(p.year()))).append(',').append(fmt(y.map(p.value())));
            }
            svg.append("\"/>");
        }
        for (Point p : c.points()) {
            svg.append("<circle class=\"point\" r=\"3.5\" cx=\"").append(fmt(x.map(p.year()))).append("\" cy=\"")
                    .append(fmt(y.map(p.value()))).append("\" fill=\"").append(SvgPalette.SERIES)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1\" data-year=\"").append(p.year())
                    .append("\" data-value=\"").append(fmt(p.value())).append("\"><title>").append(p.year())
                    .append(": ").append(NorwegianNumbers.format(p.value())).append(unitSuffix(c.unit()))
                    .append("</title></circle>");
        }
        for (Point p : c.tableValues()) {
            double cx = x.map(p.year());
            double cy = y.map(p.value());
            svg.append("<rect class=\"table-value\" x=\"").append(fmt(cx - 4)).append("\" y=\"").append(fmt(cy - 4))
                    .append("\" width=\"8\" height=\"8\" fill=\"none\" stroke=\"").append(SvgPalette.TABLE)
                    .append("\" stroke-width=\"2\" data-year=\"").append(p.year()).append("\" data-value=\"")
                    .append(fmt(p.value())).append("\"><title>tabell ").append(p.year()).append(": ")
                    .append(NorwegianNumbers.format(p.value())).append(unitSuffix(c.unit())).append("</title></rect>");
        }
        // Legend.
        for (int r = 0; r < legendRows.size(); r++) {
            double lx = left;
            double ly = legendTop + 18 * r;
            for (LegendItem item : legendRows.get(r)) {
                svg.append("<g class=\"legend-item\" transform=\"translate(").append(fmt(lx)).append(' ').append(fmt(ly))
                        .append(")\">").append(item.swatch()).append("<text x=\"22\" y=\"4\">")
                        .append(Markup.escape(item.label())).append("</text></g>");
                lx += item.width();
            }
        }
        if (broken) {
            svg.append("<text class=\"axis-note\" x=\"").append(left).append("\" y=\"")
                    .append(legendTop + 18 * legendRows.size() + 4).append("\" fill=\"").append(SvgPalette.INK)
                    .append("\">Merk: verdiaksen starter på ").append(NorwegianNumbers.format(
                            scale.min() > 0 ? scale.min() : scale.max(), scale.decimals()))
                    .append(", ikke på null.</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static final String AXIS_STYLE = "stroke=\"" + SvgPalette.MUTED + "\" stroke-width=\"1\"";
    private static final String TREND_STYLE = "stroke=\"" + SvgPalette.TREND
            + "\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"";

    private record LegendItem(String swatch, String label) {
        double width() {
            return 22 + label.length() * CHAR + 16;
        }
    }

    private static List<List<LegendItem>> rows(List<LegendItem> items, int left) {
        List<List<LegendItem>> rows = new ArrayList<>();
        List<LegendItem> row = new ArrayList<>();
        double used = 0;
        for (LegendItem item : items) {
            if (!row.isEmpty() && left + used + item.width() > WIDTH - RIGHT) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(item);
            used += item.width();
        }
        rows.add(row);
        return rows;
    }

    /** A white ground, so a chart saved alone reads the same on a dark viewer (a path: rects are data). */
    static String background(int width, int height) {
        return "<path class=\"background\" d=\"M0 0H" + width + "V" + height + "H0Z\" fill=\"" + SvgPalette.BACKGROUND
                + "\"/>";
    }

    // Legend swatches are paths, so the chart's circles, lines and rects are its data alone.
    private static String swatchPoint() {
        return "<path d=\"M2 0H16\" stroke=\"" + SvgPalette.SERIES + "\" stroke-width=\"2\"/>"
                + "<path d=\"M5.5 0a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z\" fill=\"" + SvgPalette.SERIES + "\"/>";
    }

    private static String swatchLine(String style) {
        return "<path d=\"M0 0H18\" fill=\"none\" " + style + "/>";
    }

    private static String swatchBand() {
        return "<path d=\"M0 -5H18V5H0Z\" fill=\"" + SvgPalette.BAND + "\" fill-opacity=\"0.12\" stroke=\""
                + SvgPalette.BAND + "\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>";
    }

    private static String swatchSquare() {
        return "<path d=\"M5 -4H13V4H5Z\" fill=\"none\" stroke=\"" + SvgPalette.TABLE + "\" stroke-width=\"2\"/>";
    }

    private static String describe(Chart c, NiceScale scale, boolean broken) {
        Point first = c.points().get(0);
        Point last = c.points().get(c.points().size() - 1);
        String unit = unitSuffix(c.unit());
        StringBuilder d = new StringBuilder("Linjediagram: ").append(c.title()).append(", ")
                .append(c.points().size()).append(c.points().size() == 1 ? " observasjon" : " observasjoner");
        if (c.points().size() == 1) {
            d.append(" (").append(first.year()).append(": ").append(NorwegianNumbers.format(first.value())).append(unit)
                    .append(").");
        } else {
            d.append(" fra ").append(first.year()).append(" til ").append(last.year()).append(", fra ")
                    .append(NorwegianNumbers.format(first.value())).append(" til ")
                    .append(NorwegianNumbers.format(last.value())).append(unit).append('.');
        }
        if (c.trend() != null) {
            d.append(" Stiplet linje: ").append(c.trendLabel()).append('.');
        }
        if (!c.tableValues().isEmpty()) {
            d.append(" Firkanter: tabellverdier for ").append(c.tableValues().size()).append(" år.");
        }
        d.append(" Verdiaksen går fra ").append(NorwegianNumbers.format(scale.min(), scale.decimals())).append(" til ")
                .append(NorwegianNumbers.format(scale.max(), scale.decimals())).append(broken ? ", ikke fra null." : ".");
        return d.toString();
    }

    private static String unitSuffix(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.equals("prosent") ? " %" : " " + unit;
    }

    private static double value(TrendLine t, int year) {
        return t.intercept() + t.slope() * year;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    private record Scale(double from, double to, double outFrom, double outTo) {
        double map(double v) {
            return outFrom + (v - from) / (to - from) * (outTo - outFrom);
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String cls, String style) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
                + "\" y2=\"" + fmt(y2) + "\" " + style + "/>";
    }

    /** Coordinates and data values as plain decimals, the same on every locale. */
    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
