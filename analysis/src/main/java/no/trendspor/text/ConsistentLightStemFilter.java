package no.trendspor.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link NorwegianLightStemmer} (bokmål and nynorsk), applied so that the base form of a
 * noun ending in -s or -st gets the same stem as its inflected forms.
 *
 * <p>Why: the light stemmer makes one pass. It first drops a final "s" as a possessive, then strips
 * at most one ending, and "st" / "est" / "este" are among its endings (superlatives: billig-st,
 * fin-est, fin-este). A base form that ends in such letters loses them; an inflected form keeps
 * them, because the inflection ending is what gets stripped. So "plass" stems to "plas" but
 * "plasser" to "plass", "ressurs" to "ressur" but "ressursene" to "ressurs", "konsekvens" to
 * "konsekv" but "konsekvenser" to "konsekvens", "gevinst" to "gevin" but "gevinster" to
 * "gevinst", "tjeneste" to "tjen" but "tjenester" to "tjenest". Two corrections, both aimed at
 * those two rules:
 * <ol>
 *   <li><b>Second pass for a stem ending in -s or -st.</b> When the first pass stripped an
 *       ending (more than a possessive "s") and what is left ends in "s" or "st", that stem is the
 *       base form of the word, so it is stemmed once more, exactly as the base form itself is:
 *       "plasser" → "plass" → "plas", "tjenester" → "tjenest" → "tjen". Only these stems get the
 *       second pass; stemming every word twice over-stems ("tjeneste" → "tjen" → "tje").</li>
 *   <li><b>No superlative "-st" after n, k or a vowel other than e.</b> Bokmål superlatives in
 *       plain -st are built on adjectives in -ig/-lig/-som and a few irregular ones (størst, lengst,
 *       eldst); regular ones take -est. A word in -nst, -kst, -ist, -ust, -ost, -yst is a noun
 *       (gevinst, kunst, vekst, tekst, frist, spesialist, post), so its "st" is kept: "frist"
 *       stems to "frist", no longer to "fri" as "frihet" and "fri" do. The adverbs "minst" and
 *       "høyst" keep their "st" too, a small loss.</li>
 * </ol>
 * Superlatives in -est and nouns in -est/-este (gjest, prest, protest, tjeneste) cannot be told
 * apart without a lexicon; both keep the stemmer's reading, and correction 1 brings the inflected
 * forms of such nouns to the same stem.
 *
 * <p>Tokens marked as keywords are left alone, as {@code NorwegianLightStemFilter} leaves them.
 */
final class ConsistentLightStemFilter extends TokenFilter {

    /** Letters before a final "st" that mark it as part of a noun, not a superlative ending. */
    private static final String NOUN_BEFORE_ST = "nkaiouyæøå";

    /** Stateless (two final flags), so one instance serves every thread. */
    private static final NorwegianLightStemmer STEMMER =
            new NorwegianLightStemmer(NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

    ConsistentLightStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keywordAtt.isKeyword()) {
            termAtt.setLength(stem(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }

    /** The length of the stem of {@code word[0, len)}; the stem is a prefix of the word. */
    static int stem(char[] word, int len) {
        int stem = stemOnce(word, len);
        if (stem == withoutPossessive(word, len)) {
            return stem; // nothing but a possessive "s" was stripped: this is the base form's stem
        }
        if (endsWith(word, stem, "st")) {
            // the stemmer's rules for a base form in -st are its "st" / "est" / "ast" rules
            return stemOnce(word, stem);
        }
        if (endsWith(word, stem, "s") && stem > 4) {
            // a base form in -s loses the "s" (possessive rule) and then, in -ens, the "en"
            // (konsekvens -> konsekv); its other rules are not repeated, since they would strip
            // nouns in -se too far (syntese -> syntes -> syn)
            stem--;
            return endsWith(word, stem, "en") && stem > 4 ? stem - 2 : stem;
        }
        return stem;
    }

    /** One pass of the light stemmer, with the noun "-st" kept. */
    private static int stemOnce(char[] word, int len) {
        int core = withoutPossessive(word, len);
        int stem = STEMMER.stem(word, len);
        if (core - stem == 2 && stem > 0 && word[stem] == 's' && word[stem + 1] == 't'
                && NOUN_BEFORE_ST.indexOf(word[stem - 1]) >= 0) {
            return core;
        }
        return stem;
    }

    /** The length left by the stemmer's first rule, which drops a final "s" from words over 4 letters. */
    private static int withoutPossessive(char[] word, int len) {
        return len > 4 && word[len - 1] == 's' ? len - 1 : len;
    }

    private static boolean endsWith(char[] word, int len, String suffix) {
        int start = len - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (word[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The stem of one lower-case word (for tests and tools). */
    static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stem(chars, chars.length));
    }
}
