package no.trendspor.keyfigures;

import java.util.List;

/**
 * One indicator as the report's prose states it next to the same indicator in a key-figure table,
 * year by year, with disagreements flagged.
 *
 * @param municipality   the municipality
 * @param sector         the sector of the prose series
 * @param proseIndicator the indicator's name as extracted from the prose
 * @param tableIndicator the indicator's label in the table
 * @param tableSource    the table's file name
 * @param nameSimilarity share of the two names' analysed terms in common, in [0, 1]
 * @param years          the years both give a value for
 * @param disagreement   true when any of those years differs beyond rounding
 */
public record SideBySide(String municipality, String sector, String proseIndicator, String tableIndicator,
        String tableSource, double nameSimilarity, List<YearPair> years, boolean disagreement) {

    public SideBySide {
        years = List.copyOf(years);
    }

    /**
     * One year of both sources.
     *
     * @param year       the year
     * @param prose      the value stated in the prose
     * @param table      the value in the table
     * @param agree      true when they are equal up to rounding
     */
    public record YearPair(int year, double prose, double table, boolean agree) {
    }
}
