package no.trendspor.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GroundTruth;
import no.trendspor.benchmarks.corpus.MunicipalityCorpus;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
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
 * Cost of the synthetic corpus itself, so harness figures can subtract it: generating one
 * municipality (ten years, all sectors, truth and damage), and deriving its planted pairs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class GeneratorBenchmark {

  /** 0 = clean text; the default rate; a heavily damaged corpus. */
  @Param({"0.0", "0.03", "0.2"})
  public double damageRate;

  private SyntheticCorpus corpus;
  private int next;
  private MunicipalityCorpus sample;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = new SyntheticCorpus(CorpusSpec.standard(357).withDamageRate(damageRate));
    sample = corpus.municipality(0);
  }

  /** One municipality × 10 years; cycles through all 357 so no single one dominates. */
  @Benchmark
  public MunicipalityCorpus municipalityTenYears() {
    int index = next;
    next = (next + 1) % corpus.spec().municipalities();
    return corpus.municipality(index);
  }

  /** Grouping one municipality's challenges into planted positive pairs. */
  @Benchmark
  public int positivePairsOfOneMunicipality() {
    return new GroundTruth(sample.challenges()).positivePairs().size();
  }
}
