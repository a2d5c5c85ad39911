package no.trendspor.indicators;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;

/**
 * Normalised keys for indicator names, so that "sykefraværet" (2019) and "Sykefraværet" (2020)
 * or "elever med spesialundervisning" / "elevene med spesialundervisning" link into one series.
 *
 * <p>The key comes from the same Norwegian analysis the challenge matching uses
 * ({@link NorwegianTextAnalyzer}: stop words, light stemmer, derivation folding, synonym groups
 * taken to their canonical term), so an indicator and a challenge about the same thing are read
 * the same way. The key is the sorted set of the name's stems, without words that say how much
 * rather than what, and without numbers; word order does not matter.
 */
public final class IndicatorNames {

    /** Words that say how much, not what: dropped from keys so they do not split a series. */
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            // size and novelty adjectives that describe the counted things, not the indicator
            "små", "store", "større", "mindre", "nye", "ny", "nytt", "flere", "færre", "ulike",
            // quantifier nouns ("antall X" and "andel X" measure X; the unit tells which)
            "antall", "antallet", "totalt", "samlet");

    // The analyzer is thread-safe (Lucene reuses components per thread) and costly to build.
    private static final NorwegianTextAnalyzer ANALYZER = new NorwegianTextAnalyzer();

    private IndicatorNames() {
    }

    /** The key for a name with the default analysis chain: sorted, de-duplicated stems of its content words. */
    public static String key(String name) {
        return key(name, ANALYZER);
    }

    /** The key for a name: sorted, de-duplicated stems of its content words, by this analysis chain. */
    public static String key(String name, NorwegianTextAnalyzer analyzer) {
        TreeSet<String> stems = new TreeSet<>();
        for (AnalyzedTerm t : analyzer.analyze(name).terms()) {
            if (t.kind() != TermKind.STEM || NOT_NAME_WORDS.contains(t.surface().toLowerCase(Locale.ROOT))
                    || t.term().chars().allMatch(Character::isDigit)) {
                continue;
            }
            stems.add(analyzer.canonical(t.term()));
        }
        return String.join(" ", stems);
    }

    /** Lower-cased display form with collapsed whitespace (no-break spaces included). */
    public static String display(String name) {
        return name.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
