package no.trendspor.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The analysed terms of sentences, by sentence text, shared by the threads of a run. The analysis of
 * a sentence is a pure function of its text, so a hit gives exactly what a fresh analysis gives;
 * memory is bounded by emptying the table when it holds {@link #CAPACITY} sentences (a long-lived
 * analyzer in a server must not grow without end), which costs time only.
 */
final class SentenceMemo {

    /** About 60 MB of sentences and terms at the size of a municipal report's sentence. */
    static final int CAPACITY = 200_000;

    private final Map<String, List<AnalyzedTerm>> bySentence = new ConcurrentHashMap<>();

    /** The terms of {@code sentence}, from the table or from {@code analysis} (then kept). */
    List<AnalyzedTerm> terms(String sentence, Function<String, List<AnalyzedTerm>> analysis) {
        List<AnalyzedTerm> known = bySentence.get(sentence);
        if (known != null) {
            return known;
        }
        List<AnalyzedTerm> fresh = analysis.apply(sentence);
        if (bySentence.size() >= CAPACITY) {
            bySentence.clear();
        }
        bySentence.putIfAbsent(sentence, fresh);
        return fresh;
    }

    int size() {
        return bySentence.size();
    }
}
