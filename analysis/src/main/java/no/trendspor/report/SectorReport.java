package no.trendspor.report;

import java.util.List;
import java.util.Objects;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.match.Followup;
import no.trendspor.match.PossibleLink;
import no.trendspor.match.ThemeDiff;

/**
 * Everything the report says about one sector of one municipality: its report years, its
 * challenges year by year, what changed between consecutive years, follow-ups and indicators.
 * The Markdown and HTML reports are written from these views, one section per sector.
 *
 * @param municipality the municipality ({@code (unknown)} when no document names it)
 * @param sector       the sector's aligned (latest) name
 * @param years        the report years that have this sector, ascending
 * @param challenges   recurring challenges first (in analysis order), then challenges named in one
 *                     year only (by year, then document order)
 * @param themeDiffs   one per pair of consecutive report years, ascending
 * @param followups    later results that report work on a challenge
 * @param indicators   the sector's indicator series
 * @param challengesPerYear number of distinct challenges named in each of {@code years}
 * @param cutShortYears the years whose challenge list is cut short in the source (a page of the
 *                      sector ends inside it or before it), so a challenge not seen there may still
 *                      have been named
 * @param possibleLinks the sector's possible links (possibly the same challenge: for the reader to
 *                      check), ranked by score
 */
public record SectorReport(String municipality, String sector, List<Integer> years, List<ChallengeRow> challenges,
        List<ThemeDiff> themeDiffs, List<Followup> followups, List<IndicatorSeries> indicators,
        List<Integer> challengesPerYear, List<Integer> cutShortYears, List<PossibleLink> possibleLinks) {

    /** Copies the lists; {@code challengesPerYear} must have one count per year. */
    public SectorReport {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(sector, "sector");
        years = List.copyOf(years);
        challenges = List.copyOf(challenges);
        themeDiffs = List.copyOf(themeDiffs);
        followups = List.copyOf(followups);
        indicators = List.copyOf(indicators);
        challengesPerYear = List.copyOf(challengesPerYear);
        cutShortYears = List.copyOf(cutShortYears);
        possibleLinks = List.copyOf(possibleLinks);
        if (challengesPerYear.size() != years.size()) {
            throw new IllegalArgumentException("one challenge count per year expected");
        }
    }

    /** A sector view without possible links. */
    public SectorReport(String municipality, String sector, List<Integer> years, List<ChallengeRow> challenges,
            List<ThemeDiff> themeDiffs, List<Followup> followups, List<IndicatorSeries> indicators,
            List<Integer> challengesPerYear, List<Integer> cutShortYears) {
        this(municipality, sector, years, challenges, themeDiffs, followups, indicators, challengesPerYear,
                cutShortYears, List.of());
    }

    /** "Municipality – sector", the section title. */
    public String title() {
        return municipality + " – " + sector;
    }

    /** The recurring challenges only. */
    public List<ChallengeRow> recurringChallenges() {
        return challenges.stream().filter(ChallengeRow::isRecurring).toList();
    }

    /**
     * One sentence on the latest change, e.g. "4 of 5 challenges in 2020 were already named in
     * 2018; 1 new, 2 dropped; 1 reversed direction".
     */
    public String summary() {
        return ReportText.summary(this);
    }

    @Override
    public String toString() {
        return title() + ": " + summary();
    }
}
