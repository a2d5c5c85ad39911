package no.trendspor.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Stacks the parts of a compound word, as a Hunspell dictionary splits it
 * ({@link HunspellLexicon#compoundParts}), on the word (position increment 0), after the parts an
 * earlier compound filter stacked there and without repeating them: "klimaendringene" gets
 * "klima" and "endringene", which the bundled list of compound parts does not know.
 * {@link CompoundPartMarkerFilter} then marks them as parts.
 */
final class HunspellCompoundFilter extends TokenFilter {

    private final HunspellLexicon lexicon;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private final Set<String> stacked = new HashSet<>();
    private List<String> currentParts = List.of();
    private String currentWord = "";
    private State wordState;
    private State lookahead;
    private boolean exhausted;

    HunspellCompoundFilter(TokenStream in, HunspellLexicon lexicon) {
        super(in);
        this.lexicon = lexicon;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!pending.isEmpty()) {
                String part = pending.poll();
                if (!stacked.add(part) || part.equals(currentWord)) {
                    continue;
                }
                restoreState(wordState);
                termAtt.setEmpty().append(part);
                posIncAtt.setPositionIncrement(0);
                return true;
            }
            if (lookahead != null) {
                restoreState(lookahead);
                lookahead = null;
                beginWord();
                return true;
            }
            if (exhausted) {
                return false;
            }
            if (!input.incrementToken()) {
                exhausted = true;
                pending.addAll(currentParts);
                currentParts = List.of();
                continue;
            }
            if (posIncAtt.getPositionIncrement() == 0) {
                stacked.add(termAtt.toString());
                return true;
            }
            if (!currentParts.isEmpty()) {
                // a new word: first the parts of the previous one
                lookahead = captureState();
                pending.addAll(currentParts);
                currentParts = List.of();
                continue;
            }
            beginWord();
            return true;
        }
    }

    private void beginWord() {
        currentWord = termAtt.toString();
        currentParts = lexicon.compoundParts(currentWord);
        wordState = captureState();
        stacked.clear();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        stacked.clear();
        currentParts = List.of();
        currentWord = "";
        wordState = null;
        lookahead = null;
        exhausted = false;
    }
}
