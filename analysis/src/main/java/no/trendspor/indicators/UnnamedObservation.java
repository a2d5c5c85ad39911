package no.trendspor.indicators;

import java.util.Objects;

/**
 * A measured value whose statement gives it no name a reader recognises ("Av dette er 1 063 mill.
 * brukt"): kept on its statement with its quote, not made into a series of its own.
 *
 * @param municipality the municipality
 * @param sector       the aligned sector of the statement
 * @param year         the year the value refers to
 * @param value        the value
 * @param unit         its unit
 * @param kind         level or change
 * @param derived      true when computed from a stated change and level
 * @param source       where it was read
 */
public record UnnamedObservation(String municipality, String sector, int year, double value, IndicatorUnit unit,
                                 Observation.Kind kind, boolean derived, Provenance source) {

    public UnnamedObservation {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
