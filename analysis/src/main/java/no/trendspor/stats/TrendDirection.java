package no.trendspor.stats;

/**
 * The trend direction of a series, as far as the data supports it.
 *
 * <p>See {@link TrendAnalyzer} for the decision rule.
 */
public enum TrendDirection {
    /** A significant increasing trend. */
    UP,
    /** A significant decreasing trend. */
    DOWN,
    /** Enough points for the test to detect a trend, but none detected (or all values equal). */
    FLAT,
    /** Too few points for any test to reach the significance level: only the change is reported. */
    INSUFFICIENT
}
