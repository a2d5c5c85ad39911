package no.trendspor.keyfigures;

/**
 * Something about a key-figure table an analyst should know, that does not stop it being read.
 *
 * @param source  the table file
 * @param row     the first row (CSV line, or JSON-stat cell number) it concerns
 * @param code    {@code unknown-municipality}
 * @param message one sentence
 */
public record TableWarning(String source, int row, String code, String message) {

    @Override
    public String toString() {
        return source + ":" + row + ": " + message;
    }
}
