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
 * @param possibleLinks       links the analysis is not sure of (below the threshold, or not clearly
 *                            ahead of another statement of the year) for an analyst to check, ranked
 *                            per municipality and sector; they change none of the lists above
 * @param decisions           what became of each of the analyst's decisions, in file order
 * @param wordKnowledge       the word knowledge the text analysis used (dictionaries read, lists)
 */
public record ChallengeAnalysisResult(
        List<SectorAlignment> sectorAlignments,
        List<RecurringChallenge> recurringChallenges,
        List<ThemeDiff> themeDiffs,
        List<Followup> followups,
        List<PossibleLink> possibleLinks,
        List<DecisionOutcome> decisions,
        no.trendspor.text.WordKnowledgeUse wordKnowledge) {

    public ChallengeAnalysisResult {
        sectorAlignments = List.copyOf(sectorAlignments);
        recurringChallenges = List.copyOf(recurringChallenges);
        themeDiffs = List.copyOf(themeDiffs);
        followups = List.copyOf(followups);
        possibleLinks = List.copyOf(possibleLinks);
        decisions = List.copyOf(decisions);
        java.util.Objects.requireNonNull(wordKnowledge, "wordKnowledge");
    }

    /** A result without possible links. */
    public ChallengeAnalysisResult(List<SectorAlignment> sectorAlignments, List<RecurringChallenge> recurringChallenges,
                                   List<ThemeDiff> themeDiffs, List<Followup> followups) {
        this(sectorAlignments, recurringChallenges, themeDiffs, followups, List.of(), List.of(),
                no.trendspor.text.WordKnowledge.NONE.use());
    }

    @Override
    public String toString() {
        return "ChallengeAnalysisResult: " + sectorAlignments.size() + " sectors, " + recurringChallenges.size()
                + " recurring challenges, " + themeDiffs.size() + " theme diffs, " + followups.size() + " followups, " + possibleLinks.size() + " possible links";
    }
}
