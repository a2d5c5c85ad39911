package no.trendspor.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds two productive Norwegian derivations onto their base after stemming, which the Lucene
 * stemmers leave apart (they strip inflection only):
 * <ul>
 *   <li>verbal nouns in -ing / -ering onto the verb stem: endring → endr (endre), rekruttering →
 *       rekrutt (rekruttere), omstilling → omstill (omstille). Reports say the same thing with the
 *       verb one year and the noun the next.</li>
 *   <li>adjectives in -logisk / -grafisk / -nomisk onto the noun in -logi / -grafi / -nomi:
 *       teknologisk → teknologi, demografisk → demografi, økonomisk → økonomi.</li>
 * </ul>
 * A fold is only made when at least four letters remain, so short words (ting, ring) stay.
 */
final class DerivationFoldingFilter extends TokenFilter {

    private static final int MIN_REMAINING = 4;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    DerivationFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(termAtt.toString());
        if (folded != null) {
            termAtt.setEmpty().append(folded);
        }
        return true;
    }

    /** The folded form, or {@code null} when the term is left as it is. */
    static String fold(String t) {
        for (String adj : new String[] {"logisk", "grafisk", "nomisk"}) {
            if (t.endsWith(adj)) {
                return t.substring(0, t.length() - 2);
            }
        }
        if (t.endsWith("ering") && t.length() - 5 >= MIN_REMAINING) {
            return t.substring(0, t.length() - 5);
        }
        if (t.endsWith("ing") && t.length() - 3 >= MIN_REMAINING) {
            return t.substring(0, t.length() - 3);
        }
        return null;
    }
}
