package no.trendspor.benchmarks.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import no.trendspor.match.HungarianAlgorithm;
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
 * Hungarian assignment per matrix size: {@link HungarianAlgorithm#maximize} on a square matrix of
 * similarity-like weights (uniform in [0, 1), seeded). Chaining and sector alignment use 3–15 rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class HungarianBenchmark {

  @Param({"5", "10", "50", "200"})
  public int size;

  private double[][] weights;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(size);
    weights = new double[size][size];
    for (double[] row : weights) {
      for (int j = 0; j < size; j++) {
        row[j] = random.nextDouble();
      }
    }
  }

  /** One assignment. */
  @Benchmark
  public int[] maximize() {
    return HungarianAlgorithm.maximize(weights);
  }
}
