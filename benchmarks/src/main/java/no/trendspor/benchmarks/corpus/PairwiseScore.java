package no.trendspor.benchmarks.corpus;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of predicted "same challenge" pairs against the planted pairs.
 *
 * @param truePositives predicted pairs that are planted
 * @param predicted     distinct predicted pairs
 * @param planted       planted pairs
 */
public record PairwiseScore(long truePositives, long predicted, long planted) {

  /** Scores predicted pairs (duplicates ignored) against the truth's planted positive pairs. */
  public static PairwiseScore of(Collection<StatementPair> predicted, GroundTruth truth) {
    Set<StatementPair> distinct = new HashSet<>(predicted);
    Set<StatementPair> planted = truth.positivePairSet();
    long hits = distinct.stream().filter(planted::contains).count();
    return new PairwiseScore(hits, distinct.size(), planted.size());
  }

  /** Share of predicted pairs that are planted; 1 when nothing is predicted. */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  /** Share of planted pairs that were predicted; 1 when nothing is planted. */
  public double recall() {
    return planted == 0 ? 1.0 : (double) truePositives / planted;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
