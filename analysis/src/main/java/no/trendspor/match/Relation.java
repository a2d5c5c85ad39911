package no.trendspor.match;

/** How a later statement of a recurring challenge relates to an earlier one. */
public enum Relation {
    /** The same text, apart from case, punctuation, whitespace and extraction damage. */
    IDENTICAL,
    /** The same problem in other words. */
    REWORDED,
    /** The same subject with the stated trend flipped (e.g. "går ned" then "øker"). */
    DIRECTION_REVERSED,
    /** The same problem with a clearly smaller or larger scope (one mostly contains the other). */
    NARROWED_OR_BROADENED
}
