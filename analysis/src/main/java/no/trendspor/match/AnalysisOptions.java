package no.trendspor.match;

import java.util.Map;
import java.util.TreeMap;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.StemmerChoice;
import no.trendspor.text.WordKnowledge;
import no.trendspor.text.WordKnowledgeSources;

/**
 * Options of {@link ChallengeAnalysis}.
 *
 * @param matchThreshold      smallest similarity at which two challenges of different years are
 *                            the same challenge
 * @param followupThreshold   smallest similarity at which a later result reports work on a
 *                            challenge
 * @param maxGapReports       how many report years present in a sector a challenge may be absent
 *                            from and still continue its chain
 * @param sectorThreshold     smallest combined name+content score at which two differently named
 *                            sectors of different years are the same sector
 * @param sectorOverrides     user map from a sector name as printed (case-insensitive) to the
 *                            aligned sector it belongs to, created when no earlier sector has that
 *                            name; sectors not in the map are aligned automatically (possibly to
 *                            an overridden one), so mapping a name to itself keeps it apart
 * @param keynessTopTerms     how many key terms a theme diff lists
 * @param stemmer             the stemmer of the analysis chain
 * @param foldDerivations     whether the analysis chain folds verbal nouns and -logisk adjectives
 * @param decisions           the analyst's decisions: confirmed and rejected links, equivalences
 * @param wordKnowledge       where the analysis chain takes Norwegian word knowledge from
 *                            (dictionaries, the public-sector list); {@link WordKnowledgeSources#none()}
 *                            by default
 */
public record AnalysisOptions(
        double matchThreshold,
        double followupThreshold,
        int maxGapReports,
        double sectorThreshold,
        Map<String, String> sectorOverrides,
        int keynessTopTerms,
        StemmerChoice stemmer,
        boolean foldDerivations,
        Decisions decisions,
        WordKnowledgeSources wordKnowledge) {

    /**
     * The default match threshold: inside the plateau of best F1 in the threshold sweep of
     * {@code GoldEvaluation --sweep} on the dev gold (0.200–0.325 on gold-built documents,
     * 0.200–0.300 on ingested ones, {@code --ingest --sweep}).
     */
    public static final double DEFAULT_MATCH_THRESHOLD = 0.25;

    /**
     * The default follow-up threshold, from a sweep on the dev gold's follow-ups with
     * {@code GoldEvaluation --followup-threshold T} (gold-built / ingested documents):
     * 0.100 F1 0.35 / 0.38, 0.125 0.48 / 0.50, 0.150 0.50 / 0.56, 0.175 0.48 / 0.40, 0.200 0.24 / 0.13.
     * The gold lists clear cases only, so precision is a lower bound.
     */
    public static final double DEFAULT_FOLLOWUP_THRESHOLD = 0.15;

    public AnalysisOptions {
        if (matchThreshold < 0 || matchThreshold > 1 || followupThreshold < 0 || followupThreshold > 1) {
            throw new IllegalArgumentException("thresholds must be in [0, 1]");
        }
        if (maxGapReports < 0) {
            throw new IllegalArgumentException("maxGapReports must be >= 0");
        }
        TreeMap<String, String> overrides = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        overrides.putAll(sectorOverrides);
        sectorOverrides = java.util.Collections.unmodifiableMap(overrides);
        java.util.Objects.requireNonNull(decisions, "decisions");
        java.util.Objects.requireNonNull(wordKnowledge, "wordKnowledge");
    }

    /** Options without decisions or word knowledge. */
    public AnalysisOptions(double matchThreshold, double followupThreshold, int maxGapReports, double sectorThreshold,
                           Map<String, String> sectorOverrides, int keynessTopTerms, StemmerChoice stemmer,
                           boolean foldDerivations) {
        this(matchThreshold, followupThreshold, maxGapReports, sectorThreshold, sectorOverrides, keynessTopTerms,
                stemmer, foldDerivations, Decisions.NONE, WordKnowledgeSources.none());
    }

    /** The defaults. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MATCH_THRESHOLD, DEFAULT_FOLLOWUP_THRESHOLD, 2, 0.4, Map.of(), 15,
                NorwegianTextAnalyzer.DEFAULT_STEMMER, true);
    }

    public AnalysisOptions withMatchThreshold(double t) {
        return new AnalysisOptions(t, followupThreshold, maxGapReports, sectorThreshold, sectorOverrides,
                keynessTopTerms, stemmer, foldDerivations, decisions, wordKnowledge);
    }

    public AnalysisOptions withFollowupThreshold(double t) {
        return new AnalysisOptions(matchThreshold, t, maxGapReports, sectorThreshold, sectorOverrides,
                keynessTopTerms, stemmer, foldDerivations, decisions, wordKnowledge);
    }

    public AnalysisOptions withStemmer(StemmerChoice s) {
        return new AnalysisOptions(matchThreshold, followupThreshold, maxGapReports, sectorThreshold,
                sectorOverrides, keynessTopTerms, s, foldDerivations, decisions, wordKnowledge);
    }

    public AnalysisOptions withFoldDerivations(boolean fold) {
        return new AnalysisOptions(matchThreshold, followupThreshold, maxGapReports, sectorThreshold,
                sectorOverrides, keynessTopTerms, stemmer, fold, decisions, wordKnowledge);
    }

    /** These options with the analyst's decisions. */
    public AnalysisOptions withDecisions(Decisions d) {
        return new AnalysisOptions(matchThreshold, followupThreshold, maxGapReports, sectorThreshold, sectorOverrides,
                keynessTopTerms, stemmer, foldDerivations, d, wordKnowledge);
    }

    /** These options with word knowledge from the given sources. */
    public AnalysisOptions withWordKnowledge(WordKnowledgeSources sources) {
        return new AnalysisOptions(matchThreshold, followupThreshold, maxGapReports, sectorThreshold, sectorOverrides,
                keynessTopTerms, stemmer, foldDerivations, decisions, sources);
    }

    /** The analyzer these options describe (the decisions' equivalences included). */
    public NorwegianTextAnalyzer analyzer() {
        return new NorwegianTextAnalyzer(stemmer, foldDerivations,
                WordKnowledge.load(wordKnowledge, decisions.equivalences()));
    }

    public AnalysisOptions withSectorOverrides(Map<String, String> overrides) {
        return new AnalysisOptions(matchThreshold, followupThreshold, maxGapReports, sectorThreshold, overrides,
                keynessTopTerms, stemmer, foldDerivations, decisions, wordKnowledge);
    }
}
