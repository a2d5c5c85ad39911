/**
 * Evaluation of recurring-challenge detection against the hand-made gold files
 * ({@code ../shared/gold}): pairwise precision, recall and F1 as the gold README defines them,
 * with false positives and negatives, a word-overlap baseline, a threshold sweep with
 * leave-one-chain-out, and the stemmer comparison. Entry point: {@link GoldEvaluation}.
 */
package no.trendspor.eval;
