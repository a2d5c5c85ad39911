package no.trendspor.text;

/**
 * One term of an analysed text.
 *
 * @param term    the analysed term (a stem)
 * @param kind    how it was obtained
 * @param surface  the word of the text it came from, lower-cased
 * @param sentence the 0-based sentence of the text it came from
 * @param newPosition true when the term stands at a new position of the token stream (a word, or a
 *                 synonym spanning words), false when it shares the previous term's position (a
 *                 compound part or a one-word synonym): lets an index replay the analysis exactly
 */
public record AnalyzedTerm(String term, TermKind kind, String surface, int sentence, boolean newPosition) {

    /** A term at a new position when it is a stem, at the previous one otherwise. */
    public AnalyzedTerm(String term, TermKind kind, String surface, int sentence) {
        this(term, kind, surface, sentence, kind == TermKind.STEM);
    }

    @Override
    public String toString() {
        return kind == TermKind.STEM ? term : term + "(" + kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + surface + ")";
    }
}
