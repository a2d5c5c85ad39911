package no.trendspor.keyfigures;

import java.util.List;

/**
 * One year of a {@link TableSeries}.
 *
 * @param year         the year
 * @param value        the chosen value, or {@code null} when every observation for the year is missing
 * @param symbol       the SSB symbol of the chosen observation (or of the first missing one), or {@code null}
 * @param conflict     true when observations for the year disagree on the value; {@code value} is
 *                     then the one from the newest municipality number, ties broken by source and row
 * @param observations every observation behind this point, the chosen one first
 */
public record TablePoint(int year, Double value, String symbol, boolean conflict,
        List<TableObservation> observations) {

    public TablePoint {
        observations = List.copyOf(observations);
    }
}
