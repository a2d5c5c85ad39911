package no.trendspor.report;

import no.trendspor.match.Relation;

/**
 * How a challenge appears in one report year, as one mark in the year-by-challenge table and the
 * timeline: named for the first time, or related to its previous occurrence in one of four ways.
 */
public enum ChallengeMark {
    /** The first year the challenge is named. */
    FIRST("●", "first", "first named"),
    /** The same wording as the previous occurrence. */
    IDENTICAL("=", "identical", "same wording"),
    /** The same problem in other words. */
    REWORDED("~", "reworded", "reworded"),
    /** The same subject with the stated trend flipped. */
    DIRECTION_REVERSED("⇄", "direction-reversed", "direction reversed"),
    /** The same problem with a clearly smaller or larger scope. */
    NARROWED_OR_BROADENED("±", "narrowed-or-broadened", "narrowed or broadened");

    private final String symbol;
    private final String cssClass;
    private final String meaning;

    ChallengeMark(String symbol, String cssClass, String meaning) {
        this.symbol = symbol;
        this.cssClass = cssClass;
        this.meaning = meaning;
    }

    /** The mark for a later occurrence related to the previous one by {@code relation}. */
    public static ChallengeMark of(Relation relation) {
        return switch (relation) {
            case IDENTICAL -> IDENTICAL;
            case REWORDED -> REWORDED;
            case DIRECTION_REVERSED -> DIRECTION_REVERSED;
            case NARROWED_OR_BROADENED -> NARROWED_OR_BROADENED;
        };
    }

    /** One character for table cells (●, =, ~, ⇄, ±). */
    public String symbol() {
        return symbol;
    }

    /** The class name used in HTML and SVG (also the JSON spelling of the relation). */
    public String cssClass() {
        return cssClass;
    }

    /** A few words for the legend. */
    public String meaning() {
        return meaning;
    }
}
