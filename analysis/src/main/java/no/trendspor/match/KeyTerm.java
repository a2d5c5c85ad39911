package no.trendspor.match;

import java.util.Locale;

/**
 * A term whose frequency differs between two years of a sector.
 *
 * @param term        the term (a stem)
 * @param word        the word a reader knows it by: its most frequent form in the two years'
 *                    statements (lower case), since stems such as "barnehag" read badly
 * @param countBefore occurrences in the earlier year
 * @param countAfter  occurrences in the later year
 * @param logLikelihood log-likelihood G² (two-cell form, Rayson &amp; Garside)
 * @param pValue      p of G² under χ² with one degree of freedom
 * @param logRatio    effect size: log2 of the later over the earlier relative frequency (0.5 added
 *                    to a zero count); positive = rose
 */
public record KeyTerm(String term, String word, int countBefore, int countAfter, double logLikelihood, double pValue,
                      double logRatio) {

    /** True when the term is relatively more frequent in the later year. */
    public boolean rose() {
        return logRatio > 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %d→%d (G²=%.2f, p=%.3f, log2 ratio %+.2f)", word, countBefore,
                countAfter, logLikelihood, pValue, logRatio);
    }
}
