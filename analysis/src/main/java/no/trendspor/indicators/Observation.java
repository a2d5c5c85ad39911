package no.trendspor.indicators;

import java.util.Objects;

/**
 * One measured value read from a statement.
 *
 * @param name       the indicator's name as read from the sentence (lower case, e.g.
 *                   "sykefraværet", "barnehager deltar i realfagsstrategien")
 * @param key        the normalised name used to link the indicator across reports
 * @param unit       the unit; money in kroner
 * @param kind       a level, or a change (signed, e.g. "ned 0,5 prosentpoeng" is −0.5)
 * @param year       the year the value refers to
 * @param yearBasis  how {@code year} was found
 * @param value      the value (decimal comma read, thousands separators removed, scale words
 *                   like "mill." applied)
 * @param derived    true for a value computed from a stated change and level, not stated itself
 * @param provenance where it was read
 */
public record Observation(String name, String key, IndicatorUnit unit, Kind kind, int year, YearBasis yearBasis,
        double value, boolean derived, Provenance provenance) {

    /** Level or change. */
    public enum Kind {
        LEVEL, CHANGE
    }

    /** How the year of an observation was determined. */
    public enum YearBasis {
        /** A year written next to the value ("7,2 prosent i 2015", "I 2019 kontaktet 124"). */
        STATED,
        /** No year given: the report's year. */
        REPORT,
        /** The first value of "fra X til Y" (or "X ... til Y") without its own year: the year before Y's. */
        PREVIOUS,
        /** Computed from a level and a change: the year before the level's. */
        IMPLIED
    }

    public Observation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(yearBasis, "yearBasis");
        Objects.requireNonNull(provenance, "provenance");
    }
}
