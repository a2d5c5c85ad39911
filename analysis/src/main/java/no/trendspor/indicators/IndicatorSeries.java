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
 */
public record IndicatorSeries(String municipality, String sector, String name, String key, IndicatorUnit unit,
        Observation.Kind kind, List<SeriesPoint> points, List<Conflict> conflicts,
        List<QualitativeObservation> qualitative, TrendStatistics trend) {

    public IndicatorSeries {
        points = List.copyOf(points);
        conflicts = List.copyOf(conflicts);
        qualitative = List.copyOf(qualitative);
    }
}
