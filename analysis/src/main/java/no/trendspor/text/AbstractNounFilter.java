package no.trendspor.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * Rewrites the inflected forms of Norwegian abstract nouns in -het and -itet ("kvaliteten",
 * "kvaliteter", "myndighetene", "sikkerhetens") to the indefinite singular ("kvalitet",
 * "myndighet", "sikkerhet") before stemming.
 *
 * <p>Why: the light stemmer strips "-et" from the indefinite singular ("kvalitet" → "kvalit") but
 * only "-en"/"-er" from the inflected forms ("kvaliteten" → "kvalitet"), so one report's
 * "kvalitet" and the next report's "kvaliteten" do not meet. These two suffixes make a large,
 * productive class of words in public-sector text (kvalitet, kapasitet, aktivitet, myndighet,
 * sikkerhet, mulighet, tilgjengelighet, forutsigbarhet).
 */
final class AbstractNounFilter extends WordRewriteFilter {

    /** Shortest word rewritten: "het" and "itet" words shorter than this are left alone. */
    static final int MIN_LENGTH = 6;

    private static final String[] ENDINGS = {"enes", "ene", "ens", "ers", "en", "er"};

    AbstractNounFilter(TokenStream in) {
        super(in);
    }

    @Override
    String rewriteWord(String word) {
        return rewrite(word);
    }

    /** The indefinite singular, or {@code null} when the word is not an inflected -het/-itet noun. */
    static String rewrite(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending)) {
                String base = word.substring(0, word.length() - ending.length());
                if (base.length() >= MIN_LENGTH && (base.endsWith("het") || base.endsWith("itet"))) {
                    return base;
                }
                return null;
            }
        }
        return null;
    }
}
