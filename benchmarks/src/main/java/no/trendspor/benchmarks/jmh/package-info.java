/**
 * JMH benchmarks. They run only from {@code benchmarks/target/benchmarks.jar}, never as tests; see
 * {@code benchmarks/README.md}.
 */
package no.trendspor.benchmarks.jmh;
