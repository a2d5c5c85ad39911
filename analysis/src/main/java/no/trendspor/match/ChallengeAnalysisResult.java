package no.trendspor.match;

import java.util.List;

/**
 * Everything {@link ChallengeAnalysis} finds, as plain lists (serialisable as is).
 *
 * @param sectorAlignments    each sector of each municipality across years, with renamings
 * @param recurringChallenges challenges present in two or more years
 * @param themeDiffs          per sector and consecutive pair of years: persisting, new, dropped,
 *                            reversed, key terms
 * @param followups           later result bullets that report work on a challenge
 */
public record ChallengeAnalysisResult(
        List<SectorAlignment> sectorAlignments,
        List<RecurringChallenge> recurringChallenges,
        List<ThemeDiff> themeDiffs,
        List<Followup> followups) {

    public ChallengeAnalysisResult {
        sectorAlignments = List.copyOf(sectorAlignments);
        recurringChallenges = List.copyOf(recurringChallenges);
        themeDiffs = List.copyOf(themeDiffs);
        followups = List.copyOf(followups);
    }

    @Override
    public String toString() {
        return "ChallengeAnalysisResult: " + sectorAlignments.size() + " sectors, " + recurringChallenges.size()
                + " recurring challenges, " + themeDiffs.size() + " theme diffs, " + followups.size() + " followups";
    }
}
