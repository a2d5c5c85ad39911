package no.trendspor.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalised keys for indicator names, so that "sykefraværet" (2019) and "Sykefraværet" (2020)
 * or "elever med spesialundervisning" / "elevene med spesialundervisning" link into one series.
 *
 * <p>Lucene analysis: standard tokenizer, lower case, Norwegian stop words (Lucene's list),
 * Norwegian light stemmer (bokmål), numbers dropped. The key is the sorted set of stems joined
 * by a space, so word order does not matter. A stand-in until the matching package's analyzer
 * is wired in.
 */
public final class IndicatorNames {

    /** Words that say how much, not what: dropped from keys so they do not split a series. */
    private static final CharArraySet NOT_NAME_WORDS = new CharArraySet(List.of(
            // size and novelty adjectives that describe the counted things, not the indicator
            "små", "store", "større", "mindre", "nye", "ny", "nytt", "flere", "færre", "ulike",
            // quantifier nouns ("antall X" and "andel X" measure X; the unit tells which)
            "antall", "antallet", "totalt", "samlet"), true);

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new StopFilter(stream, NorwegianAnalyzer.getDefaultStopSet());
            stream = new StopFilter(stream, NOT_NAME_WORDS);
            stream = new NorwegianLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private IndicatorNames() {
    }

    /** The key for a name: sorted, de-duplicated stems of its content words. */
    public static String key(String name) {
        TreeSet<String> stems = new TreeSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("name", name)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!t.chars().allMatch(Character::isDigit)) {
                    stems.add(t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", stems);
    }

    /** Lower-cased display form with collapsed whitespace (no-break spaces included). */
    public static String display(String name) {
        return name.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
