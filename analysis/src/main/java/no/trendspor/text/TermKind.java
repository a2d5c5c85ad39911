package no.trendspor.text;

/** How an analysed term was obtained from the text, so explanations can say which was used. */
public enum TermKind {
    /** The stem of a word of the text. */
    STEM,
    /** The stem of a dictionary part found inside a longer (compound) word. */
    COMPOUND_PART,
    /** A term injected by the domain synonym map for a word of the text. */
    SYNONYM,
    /**
     * The term of an equivalence group (the public-sector list's or the analyst's) standing for a
     * phrase of the text that is a member of the group ("mangel på fagfolk" for the group of
     * "rekruttere"); its surface is the phrase.
     */
    EQUIVALENT
}
