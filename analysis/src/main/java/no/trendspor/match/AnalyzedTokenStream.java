package no.trendspor.match;

import java.util.List;
import no.trendspor.text.AnalyzedTerm;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A statement's analysed terms replayed as a Lucene token stream, so the search index holds
 * exactly the analysis the matching used, without running the chain a second time. A word's
 * compound parts and synonyms stand at the word's position (increment 0), as the analysis chain
 * puts them, so field lengths and BM25 scores are those of the chain.
 */
final class AnalyzedTokenStream extends TokenStream {

    private final List<AnalyzedTerm> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    AnalyzedTokenStream(List<AnalyzedTerm> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        AnalyzedTerm t = terms.get(next);
        term.setEmpty().append(t.term());
        increment.setPositionIncrement(t.newPosition() || next == 0 ? 1 : 0);
        next++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
