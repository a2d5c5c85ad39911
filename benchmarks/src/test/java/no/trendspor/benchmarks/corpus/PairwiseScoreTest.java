package no.trendspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairwiseScoreTest {

  private final GroundTruth truth = new SyntheticCorpus(CorpusSpec.standard(2)).generate().truth();

  @Test
  void predictingExactlyThePlantedPairsScoresOne() {
    List<StatementPair> predicted = truth.positivePairs().stream().map(PlantedPair::pair).toList();
    PairwiseScore score = PairwiseScore.of(predicted, truth);
    assertEquals(1.0, score.precision());
    assertEquals(1.0, score.recall());
    assertEquals(1.0, score.f1());
  }

  @Test
  void halfThePairsPlusAsManyWrongOnesScoresAHalf() {
    List<PlantedPair> planted = truth.positivePairs();
    List<StatementPair> predicted = new ArrayList<>();
    for (int i = 0; i < planted.size() / 2; i++) {
      predicted.add(planted.get(i).pair());
      predicted.add(StatementPair.of("wrong#" + i, "other#" + i));
    }
    predicted.add(predicted.get(0)); // duplicates do not count twice
    PairwiseScore score = PairwiseScore.of(predicted, truth);
    assertEquals(planted.size() / 2, score.truePositives());
    assertEquals(0.5, score.precision(), 1e-12);
    assertEquals((double) (planted.size() / 2) / planted.size(), score.recall(), 1e-12);
  }

  @Test
  void pairsAreUnorderedAndNeedTwoIds() {
    assertEquals(StatementPair.of("a#1", "b#2"), StatementPair.of("b#2", "a#1"));
    assertThrows(IllegalArgumentException.class, () -> StatementPair.of("a#1", "a#1"));
  }

  @Test
  void nothingPredictedHasFullPrecisionAndNoRecall() {
    PairwiseScore score = PairwiseScore.of(List.of(), truth);
    assertEquals(1.0, score.precision());
    assertEquals(0.0, score.recall());
    assertEquals(0.0, score.f1());
  }
}
