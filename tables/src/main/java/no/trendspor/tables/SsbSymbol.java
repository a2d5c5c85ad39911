package no.trendspor.tables;

import java.util.Arrays;
import java.util.Optional;

/**
 * SSB's standard symbols in tables ("Standardtegn i tabeller"), as they appear in statistics-bank
 * CSV cells and in JSON-stat {@code status}. Each constant says what SSB means by it and how
 * Trendspor reads it.
 *
 * <p>Note that "-" is <em>not</em> a missing value for SSB: it means nil (nothing to report), so it
 * is read as 0 with the symbol kept, and an analyst can still tell it from a printed 0.
 */
public enum SsbSymbol {
    /** ".": category not applicable ("Tall kan ikke forekomme"). Missing. */
    NOT_APPLICABLE(".", false),
    /** "..": data not available ("Oppgave mangler"). Missing. */
    NOT_AVAILABLE("..", false),
    /** "...": data not yet available ("Oppgave mangler foreløpig"). Missing. */
    NOT_YET_AVAILABLE("...", false),
    /** ":": suppressed to protect confidentiality ("Vises ikke av konfidensialitetshensyn"). Missing. */
    CONFIDENTIAL(":", false),
    /** "-": nil, magnitude zero ("Null"). Read as 0. */
    NIL("-", true),
    /** "*" after a number: provisional figure ("Foreløpig tall"). The number is kept. */
    PROVISIONAL("*", true);

    private final String text;
    private final boolean hasValue;

    SsbSymbol(String text, boolean hasValue) {
        this.text = text;
        this.hasValue = hasValue;
    }

    /** The symbol as SSB prints it. */
    public String text() {
        return text;
    }

    /** True when a number goes with the symbol (nil is 0, provisional keeps its number). */
    public boolean hasValue() {
        return hasValue;
    }

    /** The symbol whose printed form is exactly {@code cell} (after trimming). */
    public static Optional<SsbSymbol> of(String cell) {
        String t = cell == null ? "" : cell.strip();
        return Arrays.stream(values()).filter(s -> s.text.equals(t)).findFirst();
    }
}
