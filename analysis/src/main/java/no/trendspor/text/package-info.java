/**
 * Text analysis for Norwegian (bokmål, nynorsk where cheap) report statements: a Lucene analysis
 * chain with stop words, a measured choice of stemmer, compound splitting and domain synonyms, and
 * an analysed form of a statement that remembers for every term how it was obtained.
 */
package no.trendspor.text;
