/**
 * Stage 4: evidence-based repair of words damaged by PDF extraction (ligature splits, glued words),
 * with the general lexicon, Lucene's Norwegian resources and the documents' own vocabulary as evidence.
 */
package no.trendspor.ingest.repair;
