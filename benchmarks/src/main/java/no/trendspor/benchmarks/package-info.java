/**
 * The end-to-end harness of issue 8 ({@link no.trendspor.benchmarks.NationalHarness}): the
 * synthetic national corpus ingested and analysed at several sizes, scored against the planted
 * truth and timed against naive baselines run in the same process. The JMH suites live in
 * {@code no.trendspor.benchmarks.jmh}, the generator in {@code no.trendspor.benchmarks.corpus}.
 */
package no.trendspor.benchmarks;
