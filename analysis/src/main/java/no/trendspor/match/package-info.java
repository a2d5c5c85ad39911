/**
 * Matching of report statements across years: an explained similarity of two statements,
 * optimal one-to-one assignment (Hungarian algorithm), recurring-challenge chains with gap years,
 * sector alignment across renamings, theme diffs with term keyness, follow-ups of challenges in
 * later results, and a BM25 search over challenge statements. Entry point: {@link
 * no.trendspor.match.ChallengeAnalysis#analyze(java.util.List, AnalysisOptions)}.
 */
package no.trendspor.match;
