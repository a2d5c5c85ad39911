package no.trendspor.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import no.trendspor.match.StatementSimilarity;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
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
 * Similarity per pair: {@link StatementSimilarity#score} with the IDF fitted on all statements of
 * 10 municipalities × 10 years. {@code challengePair}: two challenge statements of the same
 * municipality and sector, different years (what chaining compares), 4096 distinct pairs cycled so
 * the similarity's small per-thread segment memo mostly misses. {@code sectorPair}: the joined
 * texts of two sectors of consecutive years (what sector alignment compares, the costliest
 * comparison in the analysis).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SimilarityBenchmark {

  private StatementSimilarity similarity;
  private final List<AnalyzedText[]> pairs = new ArrayList<>();
  private final List<AnalyzedText[]> sectorPairs = new ArrayList<>();
  private int next;
  private int nextSector;

  @Setup(Level.Trial)
  public void setUp() {
    NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
    List<ReportDocument> docs = HotPathData.parsed(10);
    List<AnalyzedText> all = new ArrayList<>();
    // municipality + sector -> challenges (any year), and per document its joined sectors
    java.util.Map<String, List<AnalyzedText>> groups = new java.util.TreeMap<>();
    java.util.Map<String, List<AnalyzedText>> joinedByMunicipality = new java.util.TreeMap<>();
    for (ReportDocument d : docs) {
      for (Sector s : d.sectors()) {
        StringBuilder joined = new StringBuilder();
        for (Statement st : s.statements()) {
          AnalyzedText a = analyzer.analyze(st.text());
          all.add(a);
          joined.append(st.text()).append('\n');
          if (st.section() == SectionKind.CHALLENGE) {
            groups.computeIfAbsent(d.municipality() + "|" + s.name(), k -> new ArrayList<>()).add(a);
          }
        }
        joinedByMunicipality.computeIfAbsent(d.municipality() + "|" + d.year(), k -> new ArrayList<>())
            .add(analyzer.analyze(joined.toString()));
      }
    }
    similarity = StatementSimilarity.fit(all, analyzer::canonical);
    SplittableRandom random = new SplittableRandom(8);
    List<List<AnalyzedText>> lists = new ArrayList<>(groups.values());
    while (pairs.size() < 4096) {
      List<AnalyzedText> g = lists.get(random.nextInt(lists.size()));
      pairs.add(new AnalyzedText[] {g.get(random.nextInt(g.size())), g.get(random.nextInt(g.size()))});
    }
    List<List<AnalyzedText>> years = new ArrayList<>(joinedByMunicipality.values());
    for (int i = 0; i + 1 < years.size() && sectorPairs.size() < 1024; i++) {
      for (AnalyzedText a : years.get(i)) {
        for (AnalyzedText b : years.get(i + 1)) {
          sectorPairs.add(new AnalyzedText[] {a, b});
        }
      }
    }
  }

  /** Two challenge statements of one municipality and sector. */
  @Benchmark
  public double challengePair() {
    AnalyzedText[] p = pairs.get(next);
    next = (next + 1) % pairs.size();
    return similarity.score(p[0], p[1]);
  }

  /** Two whole sectors (joined statements) of consecutive years of one municipality. */
  @Benchmark
  public double sectorPair() {
    AnalyzedText[] p = sectorPairs.get(nextSector);
    nextSector = (nextSector + 1) % sectorPairs.size();
    return similarity.score(p[0], p[1]);
  }
}
