package no.trendspor.text;

/**
 * One term of an analysed text.
 *
 * @param term    the analysed term (a stem)
 * @param kind    how it was obtained
 * @param surface  the word of the text it came from, lower-cased
 * @param sentence the 0-based sentence of the text it came from
 */
public record AnalyzedTerm(String term, TermKind kind, String surface, int sentence) {

    @Override
    public String toString() {
        return kind == TermKind.STEM ? term : term + "(" + kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + surface + ")";
    }
}
