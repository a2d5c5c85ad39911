package no.trendspor.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GeneratedCorpus;
import no.trendspor.benchmarks.corpus.PairwiseScore;
import no.trendspor.benchmarks.corpus.PlantedChallenge;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.match.ChallengeAnalysisResult;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.match.SearchHit;
import no.trendspor.model.ReportDocument;
import no.trendspor.text.NorwegianTextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the harness machinery at one municipality (a second or two): ingest, truth
 * mapping, both baselines, the exhaustive scan and the slope. No timing is asserted.
 */
class NationalHarnessTest {

  private static GeneratedCorpus corpus;
  private static List<ReportDocument> docs;
  private static TruthMapping mapping;

  @BeforeAll
  static void ingestOneMunicipality() throws Exception {
    corpus = new SyntheticCorpus(CorpusSpec.standard(1)).generate();
    docs = NationalHarness.ingest(corpus.reports());
    mapping = new TruthMapping(docs, corpus.truth());
  }

  @Test
  void ingestKeepsReportOrderAndMapsEveryPlantedChallenge() {
    assertEquals(corpus.reports().size(), docs.size());
    for (int i = 0; i < docs.size(); i++) {
      assertEquals(corpus.reports().get(i).source(), docs.get(i).source());
    }
    assertEquals(corpus.truth().challenges().size(), mapping.mapped(),
        "every planted challenge bullet is found by line span");
  }

  @Test
  void analysisScoresAboveTheNaiveBaselineOnThePlantedTruth() {
    ChallengeAnalysisResult result = ChallengeAnalysis.analyze(docs);
    PairwiseScore analysis = PairwiseScore.of(mapping.pairs(NationalHarness.clusters(result.recurringChallenges())),
        corpus.truth());
    NaiveBaseline.Result naive = new NaiveBaseline(0.25, true, Long.MAX_VALUE).run(docs);
    PairwiseScore naiveScore = PairwiseScore.of(mapping.pairs(naive.clusters()), corpus.truth());
    assertTrue(analysis.truePositives() > 0);
    assertTrue(naive.comparisons() == naive.fullComparisons() && !naive.truncated());
    assertTrue(analysis.f1() >= naiveScore.f1(), analysis + " vs naive " + naiveScore);
  }

  @Test
  void cappedNaiveRunStopsAndExtrapolates() {
    NaiveBaseline.Result capped = new NaiveBaseline(0.25, false, 100).run(docs);
    assertTrue(capped.truncated());
    assertEquals(100, capped.comparisons());
    assertTrue(capped.fullComparisons() > 100);
    assertTrue(capped.estimatedSeconds() >= capped.prepareSeconds());
  }

  @Test
  void exhaustiveScanAgreesWithTheIndexOnTopHits() {
    ExhaustiveBm25 exhaustive = new ExhaustiveBm25(docs, new NorwegianTextAnalyzer());
    try (ChallengeIndex index = ChallengeIndex.build(docs)) {
      assertEquals(index.size(), exhaustive.size());
      int agree = 0;
      int total = 0;
      List<PlantedChallenge> planted = corpus.truth().challenges();
      for (int i = 0; i < planted.size(); i += 20) {
        String q = planted.get(i).text();
        List<SearchHit> hits = index.search(q, 5);
        List<ExhaustiveBm25.Hit> scan = exhaustive.search(q, 5);
        for (int k = 0; k < Math.min(hits.size(), scan.size()); k++) {
          total++;
          if (hits.get(k).statementId().equals(scan.get(k).statementId())) {
            agree++;
          }
        }
      }
      assertTrue(total > 0);
      assertTrue(agree >= 0.9 * total, agree + " of " + total);
    }
  }

  @Test
  void slopeOfAPowerLawIsItsExponent() {
    double[] x = {Math.log(1), Math.log(10), Math.log(100)};
    double[] y = {Math.log(2), Math.log(2 * Math.pow(10, 1.5)), Math.log(2 * Math.pow(100, 1.5))};
    assertEquals(1.5, NationalHarness.slope(x, y), 1e-9);
  }
}
