package no.trendspor.model;

/**
 * Something the user should know about the input that did not stop the analysis, e.g. a repaired
 * encoding.
 *
 * @param code    a short stable code, e.g. {@code encoding-repaired}
 * @param message one readable sentence
 * @param line    the 1-based line it concerns, or 0 for the whole document
 */
public record Warning(String code, String message, int line) {
}
