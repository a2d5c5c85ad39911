/**
 * A deterministic synthetic national corpus of municipal annual-report sector pages, with planted
 * recurring challenges, one-off distractors and PDF damage, and the ground truth to score matching
 * and cross-municipality search against. Entry point: {@link
 * no.trendspor.benchmarks.corpus.SyntheticCorpus}.
 */
package no.trendspor.benchmarks.corpus;
