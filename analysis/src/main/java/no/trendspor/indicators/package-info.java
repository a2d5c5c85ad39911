/**
 * Indicators: measured numbers in Norwegian report prose, turned into named yearly series with
 * provenance and trend statistics.
 *
 * <p>{@link no.trendspor.indicators.IndicatorExtractor} reads one statement and returns its
 * observations (value, unit, year, exact text span) and its stated directions without numbers;
 * {@link no.trendspor.indicators.IndicatorAnalysis} groups them per municipality, sector and
 * indicator across reports, de-duplicates and flags conflicts, and attaches
 * {@link no.trendspor.stats.TrendStatistics}; the artifact
 * {@code trendspor-tablesaw} flattens the series into a Tablesaw table.
 */
package no.trendspor.indicators;
