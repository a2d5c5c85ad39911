package no.trendspor.ingest.text;

/**
 * One logical line after normalisation. A physical input line holding two bullets joined by an
 * inline " • " gives two logical lines with the same {@link #number}.
 *
 * @param number    the 1-based input line it came from
 * @param indent    leading spaces in the input (after odd spaces became plain spaces)
 * @param bullet    whether the line starts a bullet (the bullet sign is removed from the text)
 * @param text      the normalised text: odd spaces, soft hyphens and zero-width characters
 *                  handled, runs of spaces collapsed, trimmed, bullet sign removed
 * @param raw       the input text of this (part of the) line, trimmed, bullet sign removed,
 *                  otherwise verbatim (mojibake included)
 * @param invisible {@code true} for a line that held only invisible characters (e.g. a lone
 *                  no-break space): blank for the structure, but still accounted for
 */
public record NormalizedLine(int number, int indent, boolean bullet, String text, String raw, boolean invisible) {

    /** Whether the line holds no text. */
    public boolean blank() {
        return text.isEmpty();
    }

    /** The line written back in canonical form; normalising it again gives the same line. */
    public String render() {
        return " ".repeat(indent) + (bullet ? "• " : "") + text;
    }
}
