package no.trendspor.model;

/**
 * One change the ingest made to the text, kept so a reader can see and undo it.
 *
 * @param kind     what was repaired, e.g. {@code encoding}, {@code ligature-split}, {@code glued-words},
 *                 {@code hyphenation}, {@code whitespace}
 * @param before   the text as it stood in the input
 * @param after    the text after the repair
 * @param line     the 1-based input line where the repaired text starts
 * @param evidence why the repair was judged safe, in words
 */
public record Repair(String kind, String before, String after, int line, String evidence) {
}
