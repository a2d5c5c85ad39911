package no.trendspor.text;

import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces an inflected word by its dictionary form from a Hunspell dictionary before stemming
 * ({@link HunspellLexicon#lemma}: "handlingsplanen" → "handlingsplan", "innovasjoner" →
 * "innovasjon"), so the stemmer sees one form where its suffix rules would give two stems.
 */
final class HunspellLemmaFilter extends WordRewriteFilter {

    private final HunspellLexicon lexicon;

    HunspellLemmaFilter(TokenStream in, HunspellLexicon lexicon) {
        super(in);
        this.lexicon = lexicon;
    }

    @Override
    String rewriteWord(String word) {
        return lexicon.lemma(word);
    }
}
