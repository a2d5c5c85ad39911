package no.trendspor.benchmarks.corpus;

/**
 * One planted piece of damage, so tests and the harness can tell planted damage from generator bugs.
 *
 * @param source file name of the report
 * @param line   1-based line in the damaged text (for a missing heading: the line it would precede)
 * @param kind   what was done
 * @param before the affected text before damage (the word pair, the word, the heading)
 * @param after  the same text after damage
 */
public record DamageEvent(String source, int line, DamageKind kind, String before, String after) {}
