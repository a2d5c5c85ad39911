package no.trendspor.benchmarks.corpus;

/**
 * A positive pair for pairwise F1: two statements of the same concept, municipality and sector in
 * different years.
 *
 * @param pair      the two statement ids
 * @param conceptId the concept they share
 */
public record PlantedPair(StatementPair pair, String conceptId) {}
