package no.trendspor.indicators;

import java.util.List;

/**
 * What the indicator analysis finds: named series, and values without a recognisable name left
 * on their statements.
 *
 * @param series   one series per quantity of a municipality, joined across years and reports
 * @param unnamed  values whose statement names no quantity, by municipality, sector, source
 */
public record IndicatorResult(List<IndicatorSeries> series, List<UnnamedObservation> unnamed) {

    public IndicatorResult {
        series = List.copyOf(series);
        unnamed = List.copyOf(unnamed);
    }
}
