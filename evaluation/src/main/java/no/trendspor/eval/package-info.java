/**
 * Evaluation of recurring-challenge detection against the hand-made gold files
 * ({@code ../shared/gold}): pairwise precision, recall and F1 as the gold README defines them,
 * with false positives and negatives, a word-overlap baseline, a threshold sweep with
 * leave-one-chain-out, the stemmer comparison and agreement of link relations with the gold; on
 * documents built from the gold statements or parsed by the real ingest
 * ({@link IngestedDocuments}). Entry point: {@link GoldEvaluation}. {@link LinkAudit} lists the
 * links made on unlabelled pages for a false-positive check by eye.
 */
package no.trendspor.eval;
