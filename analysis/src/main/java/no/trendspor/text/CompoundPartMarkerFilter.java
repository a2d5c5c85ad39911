package no.trendspor.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the sub-words a compound filter stacked on a word (position increment 0) with the type
 * {@link #TYPE}, so later stages and explanations can tell compound parts from words, and drops a
 * "part" that is the whole word itself or the word minus an inflection ending of at most three
 * letters (the dictionary filter emits those when a dictionary entry is the word itself).
 */
final class CompoundPartMarkerFilter extends TokenFilter {

    /** The token type given to compound parts. */
    static final String TYPE = "COMPOUND_PART";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private String lastWord = "";

    CompoundPartMarkerFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (posIncAtt.getPositionIncrement() > 0) {
                lastWord = termAtt.toString();
                return true;
            }
            String part = termAtt.toString();
            // A dictionary word plus an inflection ending (barnehag-ene) is that word, not a compound.
            boolean inflected = lastWord.startsWith(part) && lastWord.length() - part.length() <= 3;
            if (!inflected) {
                typeAtt.setType(TYPE);
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lastWord = "";
    }
}
