package no.trendspor.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GeneratedCorpus;
import no.trendspor.benchmarks.corpus.GroundTruth;
import no.trendspor.benchmarks.corpus.PlantedChallenge;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.match.SearchHit;
import no.trendspor.model.ReportDocument;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Cross-municipality search over one corpus: {@link ChallengeIndex} against {@link ExhaustiveBm25}
 * on the same queries. Queries are planted recurring challenges, evenly spaced through the truth,
 * their clean text used as the query. Reports per-query latency after indexing (mean, p95), the
 * top-10 overlap with the exhaustive scan (exact: same ids; tie-tolerant: an index hit also counts
 * when its exhaustive score equals the exhaustive 10th score within 1e-4), and how many of the
 * top 10 are the query's planted concept (any municipality).
 */
final class SearchEvaluation {

  static final int K = 10;

  private SearchEvaluation() {}

  static void run(int municipalities, int queryCount, PrintStream out) throws Exception {
    System.gc();
    GeneratedCorpus corpus = new SyntheticCorpus(CorpusSpec.standard(municipalities)).generate();
    List<ReportDocument> docs = NationalHarness.ingest(corpus.reports());
    GroundTruth truth = corpus.truth();
    TruthMapping mapping = new TruthMapping(docs, truth);

    long t0 = System.nanoTime();
    ChallengeIndex index = ChallengeIndex.build(docs);
    double indexSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    ExhaustiveBm25 exhaustive = new ExhaustiveBm25(docs, new NorwegianTextAnalyzer());
    double exhaustivePrepSeconds = (System.nanoTime() - t1) / 1e9;

    List<PlantedChallenge> recurring = truth.challenges().stream().filter(PlantedChallenge::recurring).toList();
    List<PlantedChallenge> queries = new ArrayList<>();
    for (int i = 0; i < queryCount && i < recurring.size(); i++) {
      queries.add(recurring.get((int) ((long) i * recurring.size() / queryCount)));
    }
    // JIT warm-up on other planted challenges, not timed.
    for (int i = 0; i < Math.min(100, recurring.size()); i++) {
      index.search(recurring.get((i * 7919 + 13) % recurring.size()).text(), K);
    }

    double[] indexMs = new double[queries.size()];
    double[] scanMs = new double[queries.size()];
    double exact = 0;
    double tolerant = 0;
    double relevant = 0;
    for (int q = 0; q < queries.size(); q++) {
      String text = queries.get(q).text();
      long a = System.nanoTime();
      List<SearchHit> hits = index.search(text, K);
      indexMs[q] = (System.nanoTime() - a) / 1e6;
      long b = System.nanoTime();
      List<ExhaustiveBm25.Hit> scan = exhaustive.search(text, K);
      scanMs[q] = (System.nanoTime() - b) / 1e6;

      Set<String> scanIds = new HashSet<>();
      scan.forEach(h -> scanIds.add(h.statementId()));
      double kth = scan.isEmpty() ? Double.POSITIVE_INFINITY : scan.get(scan.size() - 1).score();
      List<ExhaustiveBm25.Hit> all = exhaustive.search(text, Integer.MAX_VALUE);
      java.util.Map<String, Double> scoreOf = new java.util.HashMap<>();
      all.forEach(h -> scoreOf.put(h.statementId(), h.score()));
      int same = 0;
      int sameTolerant = 0;
      int rel = 0;
      String concept = queries.get(q).conceptId();
      for (SearchHit h : hits) {
        if (scanIds.contains(h.statementId())) {
          same++;
          sameTolerant++;
        } else if (Math.abs(scoreOf.getOrDefault(h.statementId(), -1.0) - kth) <= 1e-4) {
          sameTolerant++;
        }
        if (truth.byId(mapping.plantedId(h.statementId())).map(c -> c.conceptId().equals(concept)).orElse(false)) {
          rel++;
        }
      }
      int denominator = Math.max(1, Math.min(K, scan.size()));
      exact += (double) same / denominator;
      tolerant += (double) sameTolerant / denominator;
      relevant += hits.isEmpty() ? 0 : (double) rel / hits.size();
    }
    int n = queries.size();
    out.printf(Locale.ROOT, "%n## Cross-municipality search, %d municipalities: %d challenge statements indexed in"
            + " %.2f s (exhaustive scan prepared in %.2f s); %d planted-concept queries, top %d; load %s%n",
        municipalities, index.size(), indexSeconds, exhaustivePrepSeconds, n, K, NationalHarness.loadAverage());
    out.printf(Locale.ROOT, "ChallengeIndex.search: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, max %.2f ms per query%n",
        mean(indexMs), percentile(indexMs, 50), percentile(indexMs, 95), percentile(indexMs, 100));
    out.printf(Locale.ROOT, "exhaustive scan (every statement scored): mean %.2f ms, p95 %.2f ms per query"
        + " (%.1f× the index)%n", mean(scanMs), percentile(scanMs, 95), mean(scanMs) / mean(indexMs));
    out.printf(Locale.ROOT, "top-%d overlap with the exhaustive scan: %.2f %% exact, %.2f %% counting score ties;"
        + " same planted concept in the top %d: %.1f %%%n", K, 100 * exact / n, 100 * tolerant / n, K,
        100 * relevant / n);
    index.close();
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(Double.NaN);
  }

  static double percentile(double[] v, double p) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))];
  }
}
