package no.trendspor.stats;

/**
 * What kind of quantity a series measures; decides which changes are meaningful
 * (percentage points for percentages, compound annual growth for counts and money).
 */
public enum UnitKind {
    /** A share in percent; differences are percentage points. */
    PERCENT,
    /** A count of things or people. */
    COUNT,
    /** An amount of money. */
    MONEY,
    /** Anything else (rates, areas, percentage-point changes, ...). */
    OTHER
}
