package no.trendspor.stats;

import java.util.List;

/**
 * Everything Trendspor says about one yearly series. Values that do not apply are {@code null}
 * (e.g. CAGR for a percentage, relative change when the first value is 0).
 *
 * @param unit                  the kind of quantity
 * @param points                number of (year, value) points
 * @param years                 the years, ascending
 * @param values                the values, in year order
 * @param firstYear             first year
 * @param firstValue            value in the first year
 * @param lastYear              last year
 * @param lastValue             value in the last year
 * @param absoluteChange        last − first, in the series' unit
 * @param relativeChange        (last − first) / |first|, as a fraction; null when first is 0
 * @param percentagePointChange last − first for {@link UnitKind#PERCENT} series, else null
 * @param cagr                  (last/first)^(1/(lastYear − firstYear)) − 1 for counts and money
 *                              with both ends positive, else null
 * @param statedChange          sign of last − first, with no claim of significance
 * @param ols                   least-squares slope per year with its confidence interval
 * @param theilSenSlope         median pairwise slope per year
 * @param mannKendall           the Mann–Kendall test
 * @param significanceLevel     the level the direction is decided at
 * @param direction             see {@link TrendAnalyzer} for the rule
 * @param directionReason       one sentence saying why the direction is what it is
 */
public record TrendStatistics(
        UnitKind unit,
        int points,
        List<Integer> years,
        List<Double> values,
        int firstYear,
        double firstValue,
        int lastYear,
        double lastValue,
        double absoluteChange,
        Double relativeChange,
        Double percentagePointChange,
        Double cagr,
        ChangeSign statedChange,
        OlsTrend ols,
        double theilSenSlope,
        MannKendall.Result mannKendall,
        double significanceLevel,
        TrendDirection direction,
        String directionReason) {

    public TrendStatistics {
        years = List.copyOf(years);
        values = List.copyOf(values);
    }
}
