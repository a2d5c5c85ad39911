package no.trendspor.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.match.StatementSimilarity;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * The naive recurring-challenge baseline: every challenge statement is compared with every other
 * challenge statement of the same municipality and sector (as the page names it) from another
 * year, with the library's own {@link StatementSimilarity} (IDF fitted on all statements, as the
 * analysis does), pairs at or above the threshold are linked, and clusters are the connected
 * components (union–find). It has no sector alignment, no one-to-one constraint, no follow-ups
 * and no theme diffs: it is the cheapest thing that answers the same question.
 */
final class NaiveBaseline {

  /**
   * Result: clusters of parsed statement ids with two or more members, the comparisons made, the
   * comparisons the full run would make, and whether it stopped early (then the clusters are
   * incomplete and only the time per comparison is meaningful).
   */
  record Result(List<List<String>> clusters, long comparisons, long fullComparisons, long statements,
      boolean truncated, double prepareSeconds, double compareSeconds) {

    /** Measured time, or preparation plus the measured time per comparison × all comparisons. */
    double estimatedSeconds() {
      return truncated ? prepareSeconds + compareSeconds / comparisons * fullComparisons
          : prepareSeconds + compareSeconds;
    }
  }

  private final NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
  private final double threshold;
  private final boolean perMunicipality;
  private final long maxComparisons;

  /**
   * @param threshold       similarity at which two statements are linked
   * @param perMunicipality true: groups are municipality + sector (the brief's baseline); false:
   *                        sector name only, across all municipalities (the "every
   *                        statement of the same sector"), which grows with the square of the
   *                        corpus
   * @param maxComparisons  stop after this many comparisons (time is then extrapolated)
   */
  NaiveBaseline(double threshold, boolean perMunicipality, long maxComparisons) {
    this.threshold = threshold;
    this.perMunicipality = perMunicipality;
    this.maxComparisons = maxComparisons;
  }

  Result run(List<ReportDocument> docs) {
    long t0 = System.nanoTime();
    record Item(String id, int year, AnalyzedText analysed) {}
    Map<String, List<Item>> groups = new TreeMap<>();
    List<AnalyzedText> all = new ArrayList<>();
    for (ReportDocument d : docs) {
      String municipality = d.municipality() == null ? ChallengeAnalysis.UNKNOWN_MUNICIPALITY
          : d.municipality().strip();
      for (Sector s : d.sectors()) {
        for (Statement st : s.statements()) {
          AnalyzedText a = analyzer.analyze(st.text());
          all.add(a);
          if (st.section() == SectionKind.CHALLENGE) {
            groups.computeIfAbsent((perMunicipality ? municipality + '\u0000' : "") + s.name(),
                    k -> new ArrayList<>())
                .add(new Item(st.id(), d.year(), a));
          }
        }
      }
    }
    StatementSimilarity similarity = StatementSimilarity.fit(all, analyzer::canonical);
    List<List<String>> clusters = new ArrayList<>();
    long comparisons = 0;
    long full = 0;
    for (List<Item> items : groups.values()) {
      int[] perYear = new int[4000];
      for (Item it : items) {
        perYear[Math.floorMod(it.year(), 4000)]++;
      }
      long same = 0;
      for (int c : perYear) {
        same += (long) c * (c - 1) / 2;
      }
      full += (long) items.size() * (items.size() - 1) / 2 - same;
    }
    long t1 = System.nanoTime();
    boolean truncated = false;
    outer:
    for (List<Item> items : groups.values()) {
      int n = items.size();
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (items.get(i).year() == items.get(j).year()) {
            continue;
          }
          if (comparisons >= maxComparisons) {
            truncated = true;
            break outer;
          }
          comparisons++;
          if (similarity.score(items.get(i).analysed(), items.get(j).analysed()) >= threshold) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
      Map<Integer, List<String>> components = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i).id());
      }
      for (List<String> c : components.values()) {
        if (c.size() > 1) {
          clusters.add(c);
        }
      }
    }
    long t2 = System.nanoTime();
    return new Result(clusters, comparisons, full, all.size(), truncated, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
