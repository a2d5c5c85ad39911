package no.trendspor.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.report.svg.SvgLineChart;
import no.trendspor.report.svg.SvgTimeline;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.keyfigures.TableSeries;

/**
 * Builds a report's charts: one challenge timeline per sector with challenges, one line chart per
 * indicator series of two or more years (with the values of a key-figure table paired with it), and
 * one per key-figure table series of two or more years. The HTML report and
 * {@link TrendReport#charts()} both take their charts from here, so what a page shows inline is
 * what a saved file holds.
 */
final class ReportCharts {

    private ReportCharts() {
    }

    static List<ReportChart> of(TrendReport report) {
        List<ReportChart> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SectorReport s : report.sectorReports()) {
            if (!s.challenges().isEmpty()) {
                out.add(new ReportChart(unique(names, "timeline-" + slug(s.title())), "timeline",
                        timelineTitle(s), timeline(s)));
            }
            for (IndicatorSeries i : s.indicators()) {
                if (i.points().size() >= 2) {
                    out.add(new ReportChart(unique(names, "indicator-" + slug(s.title() + " " + i.name())), "indicator",
                            i.name(), indicator(i, report.keyFigures())));
                }
            }
        }
        for (TableSeries t : report.keyFigures().tables()) {
            if (t.values().size() >= 2) {
                out.add(new ReportChart(unique(names, "table-" + slug(tableTitle(t))), "table", tableTitle(t),
                        table(t)));
            }
        }
        return List.copyOf(out);
    }

    static String timelineTitle(SectorReport s) {
        return "Utfordringer per rapportår: " + s.title();
    }

    static String timeline(SectorReport s) {
        List<SvgTimeline.Row> rows = new ArrayList<>();
        for (ChallengeRow r : s.challenges()) {
            Map<Integer, String> marks = new TreeMap<>();
            r.marks().forEach((y, m) -> marks.put(y, m.cssClass()));
            rows.add(new SvgTimeline.Row(r.label(), marks));
        }
        return SvgTimeline.render(timelineTitle(s), s.years(), rows, s.cutShortYears());
    }

    /** The line chart of a prose series, with the table values of the tables paired with it. */
    static String indicator(IndicatorSeries i, KeyFigures keyFigures) {
        List<SvgLineChart.Point> points = i.points().stream()
                .map(p -> new SvgLineChart.Point(p.year(), p.value())).toList();
        TrendLines.Fit fit = TrendLines.fit(i);
        return SvgLineChart.render(new SvgLineChart.Chart(i.name(), null, unitNb(i.unit()), points,
                fit == null ? null : fit.line(), fit == null ? null : trendLabel(fit), TrendLines.band(i),
                TrendLines.BAND_LABEL, tableValues(i, keyFigures)));
    }

    static String tableTitle(TableSeries t) {
        return (t.municipalityName() == null ? "" : t.municipalityName() + ": ") + t.indicator();
    }

    /** The line chart of a key-figure table series, with its own trend. */
    static String table(TableSeries t) {
        List<SvgLineChart.Point> points = t.values().entrySet().stream()
                .map(e -> new SvgLineChart.Point(e.getKey(), e.getValue())).toList();
        TrendLines.Fit fit = TrendLines.fit(KeyFigureTrends.years(t), KeyFigureTrends.values(t),
                KeyFigureTrends.trend(t));
        return SvgLineChart.render(new SvgLineChart.Chart(tableTitle(t), null,
                t.unit() == null ? unitNb(KeyFigureTrends.unit(t)) : t.unit(), points, fit == null ? null : fit.line(),
                fit == null ? null : trendLabel(fit), TrendLines.band(KeyFigureTrends.years(t), KeyFigureTrends.values(t)),
                TrendLines.BAND_LABEL, List.of()));
    }

    private static String trendLabel(TrendLines.Fit fit) {
        return fit.method().equals("Theil–Sen") ? "trend (Theil–Sen)" : "trend (minste kvadrater)";
    }

    private static List<SvgLineChart.Point> tableValues(IndicatorSeries i, KeyFigures keyFigures) {
        Map<Integer, Double> values = new TreeMap<>();
        for (SideBySide c : keyFigures.comparisons()) {
            if (!c.municipality().equals(i.municipality()) || !c.sector().equals(i.sector())
                    || !c.proseIndicator().equals(i.name())) {
                continue;
            }
            for (TableSeries t : keyFigures.tables()) {
                if (t.indicator().equals(c.tableIndicator()) && t.municipalityName() != null
                        && fold(t.municipalityName()).equals(fold(c.municipality()))) {
                    t.values().forEach(values::putIfAbsent);
                }
            }
            c.years().forEach(y -> values.putIfAbsent(y.year(), y.table()));
        }
        return values.entrySet().stream().map(e -> new SvgLineChart.Point(e.getKey(), e.getValue())).toList();
    }

    /** The unit as a Norwegian axis title. */
    static String unitNb(IndicatorUnit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> "prosent";
            case PERCENTAGE_POINTS -> "prosentpoeng";
            case COUNT -> "antall";
            case MONEY -> "kroner";
            case OTHER -> "";
        };
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
                .replaceAll("\\s+(kommune|fylkeskommune)$", "");
    }

    /** Lower-case letters and digits joined by hyphens; Norwegian letters spelled out for any file system. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-$", "");
        }
        return s.isEmpty() ? "chart" : s;
    }

    private static String unique(Set<String> used, String base) {
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name + ".svg";
    }
}
