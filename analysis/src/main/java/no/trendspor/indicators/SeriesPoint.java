package no.trendspor.indicators;

import java.util.List;

/**
 * One year of a series, with every place it was read.
 *
 * @param year    the year
 * @param value   the value used for the trend
 * @param derived true when no report states it and it was computed from a change
 * @param sources the provenance of every observation with this value, oldest report first
 */
public record SeriesPoint(int year, double value, boolean derived, List<Provenance> sources) {

    public SeriesPoint {
        sources = List.copyOf(sources);
    }
}
