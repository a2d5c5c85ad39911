package no.trendspor.indicators;

import java.util.List;

/**
 * Reports that give different values for the same year of an indicator.
 *
 * @param year   the year
 * @param values one entry per distinct value, each with its sources; the series uses the value
 *               of the newest report
 */
public record Conflict(int year, List<SeriesPoint> values) {

    public Conflict {
        values = List.copyOf(values);
    }
}
