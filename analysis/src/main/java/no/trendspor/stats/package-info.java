/**
 * Trend statistics for short yearly series: changes, CAGR, OLS and Theil–Sen slopes, and the
 * Mann–Kendall trend test with an exact null distribution for small series.
 *
 * <p>Pure numerics: nothing here knows about reports, text or Norwegian. Entry point:
 * {@link no.trendspor.stats.TrendAnalyzer#analyze(int[], double[], UnitKind)}.
 */
package no.trendspor.stats;
