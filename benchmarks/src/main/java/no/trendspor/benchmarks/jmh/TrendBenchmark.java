package no.trendspor.benchmarks.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import no.trendspor.stats.TrendAnalyzer;
import no.trendspor.stats.TrendStatistics;
import no.trendspor.stats.UnitKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Trend statistics per series: {@link TrendAnalyzer#analyze} (OLS with confidence interval,
 * Theil–Sen, Mann–Kendall) on a percent series of n yearly points (a drift plus noise, seeded).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TrendBenchmark {

  @Param({"4", "10", "30"})
  public int n;

  private int[] years;
  private double[] values;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(n);
    years = new int[n];
    values = new double[n];
    for (int i = 0; i < n; i++) {
      years[i] = 2000 + i;
      values[i] = 40 + 0.8 * i + 3 * (random.nextDouble() - 0.5);
    }
  }

  /** One series. */
  @Benchmark
  public TrendStatistics analyze() {
    return TrendAnalyzer.analyze(years, values, UnitKind.PERCENT);
  }
}
