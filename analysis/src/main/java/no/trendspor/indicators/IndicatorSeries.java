package no.trendspor.indicators;

import java.util.List;
import no.trendspor.stats.TrendStatistics;

/**
 * One indicator of one sector of one municipality over the years.
 *
 * @param municipality the municipality, or "" when the reports do not say
 * @param sector       the sector name (the newest report's spelling when names were linked)
 * @param name         the indicator's name ("endring i ..." for a series of stated changes)
 * @param key          the normalised name that links observations across reports
 * @param unit         the unit; {@code null} for a series that has only stated directions
 * @param kind         levels or changes
 * @param points       one point per year, ascending
 * @param conflicts    years where reports disagree
 * @param qualitative  stated directions without numbers on the same subject, by year
 * @param trend        trend statistics when the series has two or more points, else {@code null}
 * @param joins        why observations read under other names (or in other sectors) joined the
 *                     series; empty when every observation was read under one name in one sector
 */
public record IndicatorSeries(String municipality, String sector, String name, String key, IndicatorUnit unit,
        Observation.Kind kind, List<SeriesPoint> points, List<Conflict> conflicts,
        List<QualitativeObservation> qualitative, TrendStatistics trend, List<SeriesJoin> joins) {

    public IndicatorSeries {
        points = List.copyOf(points);
        conflicts = List.copyOf(conflicts);
        qualitative = List.copyOf(qualitative);
        joins = List.copyOf(joins);
    }

    /** A series read under one name in one sector (no joins). */
    public IndicatorSeries(String municipality, String sector, String name, String key, IndicatorUnit unit,
            Observation.Kind kind, List<SeriesPoint> points, List<Conflict> conflicts,
            List<QualitativeObservation> qualitative, TrendStatistics trend) {
        this(municipality, sector, name, key, unit, kind, points, conflicts, qualitative, trend, List.of());
    }

    /** One line, e.g. {@code Helse / sykefravær (percent): 2019 8.1, 2021 6.5; trend insufficient}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(sector).append(" / ").append(name);
        if (unit != null) {
            sb.append(" (").append(unit.label()).append(')');
        }
        sb.append(':');
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            sb.append(i == 0 ? " " : ", ").append(p.year()).append(' ')
                    .append(java.math.BigDecimal.valueOf(p.value()).stripTrailingZeros().toPlainString());
        }
        if (!qualitative.isEmpty()) {
            sb.append(points.isEmpty() ? " " : "; ").append("stated ").append(qualitative.stream()
                    .map(q -> q.year() + " " + q.direction().name().toLowerCase(java.util.Locale.ROOT)).distinct()
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (trend != null) {
            sb.append("; trend ").append(trend.direction().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!conflicts.isEmpty()) {
            sb.append("; ").append(conflicts.size()).append(" conflicting year(s)");
        }
        return sb.toString();
    }
}
