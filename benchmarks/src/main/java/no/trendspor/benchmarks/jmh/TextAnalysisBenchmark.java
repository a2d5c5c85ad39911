package no.trendspor.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text analysis per statement: {@link NorwegianTextAnalyzer#analyze} (sentence split, tokenise,
 * stop words, compound splitting, stemming, derivation folding, synonyms), cycling through all
 * statements of 3 municipalities × 10 years.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class TextAnalysisBenchmark {

  private final NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
  private List<String> texts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    texts = HotPathData.statementTexts(HotPathData.parsed(3), null);
  }

  /** One statement analysed. */
  @Benchmark
  public AnalyzedText analyzeStatement() {
    String t = texts.get(next);
    next = (next + 1) % texts.size();
    return analyzer.analyze(t);
  }
}
