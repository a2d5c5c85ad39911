package no.trendspor.text;

/**
 * The Lucene stemmers for Norwegian that the analyzer can use.
 *
 * <p>Chosen by measurement on the dev gold (pairwise F1 of recurring-challenge detection with
 * everything else equal, see {@code no.trendspor.eval.GoldEvaluation --stemmers}); the figures
 * are recorded on {@link NorwegianTextAnalyzer#DEFAULT_STEMMER}.
 */
public enum StemmerChoice {
    /** Snowball's Norwegian stemmer (aggressive suffix stripping). */
    SNOWBALL,
    /** {@code NorwegianLightStemFilter}, bokmål and nynorsk. */
    LIGHT,
    /** {@code NorwegianMinimalStemFilter} (plural and definite forms only), bokmål and nynorsk. */
    MINIMAL
}
