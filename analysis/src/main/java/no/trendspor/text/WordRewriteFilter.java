package no.trendspor.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token filter that replaces a word by another form of it before stemming (e.g. a definite
 * plural by its singular), or leaves it as it is. Subclasses say only how a word is rewritten.
 */
abstract class WordRewriteFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    WordRewriteFilter(TokenStream in) {
        super(in);
    }

    /** The word to put in place of {@code word}, or {@code null} to leave it. */
    abstract String rewriteWord(String word);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String rewritten = rewriteWord(termAtt.toString());
        if (rewritten != null) {
            termAtt.setEmpty().append(rewritten);
        }
        return true;
    }
}
