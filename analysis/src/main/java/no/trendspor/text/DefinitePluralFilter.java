package no.trendspor.text;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;

/**
 * Rewrites the definite plural of Norwegian nouns in -er ("innbyggerne", "brukerne",
 * "medarbeiderne", genitive "-ernes") to the indefinite singular ("innbygger") before stemming.
 *
 * <p>Why: none of Lucene's three Norwegian stemmers conflates this form with the others; they
 * strip only its last letter(s), so "innbyggerne" stems to "innbyggern" while "innbygger",
 * "innbyggere" and "innbyggeren" stem to "innbygg". Agent and person nouns in -er are everywhere
 * in report text (innbyggere, brukere, deltakere, søkere, lærere, sykepleiere, medarbeidere), and
 * a report says "brukerne" one year and "brukere" the next.
 *
 * <p>Words of other kinds that end in -erne (adjectives such as "moderne", "interne", "eksterne";
 * nouns such as "stjerne", "hjerne"; the verb "fjerne") are listed as exceptions, and words shorter
 * than {@link #MIN_LENGTH} letters are left alone.
 */
final class DefinitePluralFilter extends WordRewriteFilter {

    /** Shortest word rewritten ("eierne" and shorter stay). */
    static final int MIN_LENGTH = 7;

    /** Words in -erne(s) that are not definite plurals of -er nouns (with their common prefixes). */
    private static final Set<String> NOT_PLURALS = Set.of("moderne", "interne", "eksterne", "fjerne", "stjerne",
            "hjerne", "lanterne", "kaserne", "cisterne", "taverne", "kjerne", "gjerne");

    DefinitePluralFilter(TokenStream in) {
        super(in);
    }

    @Override
    String rewriteWord(String word) {
        return rewrite(word);
    }

    /** The indefinite singular, or {@code null} when the word is left as it is. */
    static String rewrite(String word) {
        String base;
        if (word.endsWith("ernes")) {
            base = word.substring(0, word.length() - 1);
        } else if (word.endsWith("erne")) {
            base = word;
        } else {
            return null;
        }
        if (base.length() < MIN_LENGTH) {
            return null;
        }
        for (String no : NOT_PLURALS) {
            // also as the head of a compound: "ressurskjerne", "ledestjerne"
            if (base.endsWith(no)) {
                return null;
            }
        }
        return base.substring(0, base.length() - 2);
    }
}
