package no.trendspor.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.match.SearchHit;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Candidate retrieval per query: {@link ChallengeIndex#search} (Lucene BM25) over the challenge
 * statements of 100 municipalities × 10 years (about 41 700), top 10. The queries are 200
 * challenge statements of the corpus, evenly spaced, cycled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SearchBenchmark {

  @Param({"100"})
  public int municipalities;

  private ChallengeIndex index;
  private final List<String> queries = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    List<ReportDocument> docs = HotPathData.parsed(municipalities);
    index = ChallengeIndex.build(docs);
    List<String> challenges = HotPathData.statementTexts(docs, SectionKind.CHALLENGE);
    for (int i = 0; i < 200; i++) {
      queries.add(challenges.get((int) ((long) i * challenges.size() / 200)));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    index.close();
  }

  /** One query, top 10. */
  @Benchmark
  public List<SearchHit> searchTop10() {
    String q = queries.get(next);
    next = (next + 1) % queries.size();
    return index.search(q, 10);
  }
}
