package no.trendspor.indicators;

import no.trendspor.stats.UnitKind;

/** The unit of an observed value. Money is normalised to kroner (NOK). */
public enum IndicatorUnit {
    PERCENT("percent"),
    PERCENTAGE_POINTS("percentage points"),
    COUNT("count"),
    MONEY("NOK"),
    OTHER("other");

    private final String label;

    IndicatorUnit(String label) {
        this.label = label;
    }

    /** Human-readable label, as used in tables and the gold data ("percent", "count", ...). */
    public String label() {
        return label;
    }

    /** The statistics' unit kind: percentage points are differences, so {@code OTHER}. */
    public UnitKind kind() {
        return switch (this) {
            case PERCENT -> UnitKind.PERCENT;
            case COUNT -> UnitKind.COUNT;
            case MONEY -> UnitKind.MONEY;
            case PERCENTAGE_POINTS, OTHER -> UnitKind.OTHER;
        };
    }
}
