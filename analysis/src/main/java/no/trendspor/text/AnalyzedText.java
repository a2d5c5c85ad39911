package no.trendspor.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text after analysis: its terms in text order, each with the way it was obtained.
 *
 * @param text  the text as given
 * @param terms the terms, in text order (a word's compound parts and synonyms follow the word)
 */
public record AnalyzedText(String text, List<AnalyzedTerm> terms) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
    }

    /** The distinct terms of one kind, sorted. */
    public Set<String> terms(TermKind kind) {
        Set<String> out = new TreeSet<>();
        for (AnalyzedTerm t : terms) {
            if (t.kind() == kind) {
                out.add(t.term());
            }
        }
        return out;
    }

    /** The number of sentences the text was split into (at least 1). */
    public int sentenceCount() {
        int max = 0;
        for (AnalyzedTerm t : terms) {
            max = Math.max(max, t.sentence());
        }
        return max + 1;
    }

    /** All distinct terms of any kind, sorted. */
    public Set<String> distinctTerms() {
        Set<String> out = new TreeSet<>();
        for (AnalyzedTerm t : terms) {
            out.add(t.term());
        }
        return out;
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
