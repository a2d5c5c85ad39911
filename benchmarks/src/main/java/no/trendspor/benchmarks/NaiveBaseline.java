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

  /** Result: clusters of parsed statement ids with two or more members, and the work done. */
  record Result(List<List<String>> clusters, long comparisons, long statements) {}

  private final NorwegianTextAnalyzer analyzer = new NorwegianTextAnalyzer();
  private final double threshold;

  NaiveBaseline(double threshold) {
    this.threshold = threshold;
  }

  Result run(List<ReportDocument> docs) {
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
            groups.computeIfAbsent(municipality + '\u0000' + s.name(), k -> new ArrayList<>())
                .add(new Item(st.id(), d.year(), a));
          }
        }
      }
    }
    StatementSimilarity similarity = StatementSimilarity.fit(all, analyzer::canonical);
    List<List<String>> clusters = new ArrayList<>();
    long comparisons = 0;
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
    return new Result(clusters, comparisons, all.size());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
