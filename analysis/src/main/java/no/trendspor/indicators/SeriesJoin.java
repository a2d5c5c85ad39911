package no.trendspor.indicators;

import java.util.List;

/**
 * Why the observations read under one name joined an indicator series read under another: the
 * evidence, like a challenge link's explanation.
 *
 * @param name          the name the joining observations were read under (for a statement that
 *                      names no quantity: its quote)
 * @param sector        the aligned sector they were read in
 * @param years         the years they give values for
 * @param joinedName    the name of the observations of the series they joined (the closest one)
 * @param joinedSector  the aligned sector of those
 * @param reason        {@code similar-name} (same sector, names share nearly all their terms),
 *                      {@code values-agree} (the names share most terms and a year stated by both
 *                      has the same value, none disagrees), or {@code same-name-other-sector}
 *                      (the same name in a sector of the municipality that is never reported in
 *                      the same year as the series's: the sector was named differently that year),
 *                      or {@code values-agree-unnamed} (a statement naming no quantity restates
 *                      years of this series, and of no other, with the same values)
 * @param nameScore     share of the two names' analysed terms in common (Dice) in [0, 1]
 * @param sharedTerms   the analysed terms both names have
 * @param agreeingYears years both state with the same value
 */
public record SeriesJoin(String name, String sector, List<Integer> years, String joinedName, String joinedSector,
                         String reason, double nameScore, List<String> sharedTerms, List<Integer> agreeingYears) {

    public SeriesJoin {
        years = List.copyOf(years);
        sharedTerms = List.copyOf(sharedTerms);
        agreeingYears = List.copyOf(agreeingYears);
    }
}
