package no.trendspor.ingest.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words of the documents being parsed (one document, or all documents of one run), counted,
 * with their adjacent pairs and their Norwegian stems. It is the first evidence the word repairer
 * asks: a form the documents use elsewhere is a real word.
 *
 * <p>Build with {@link #add(String)} for every text, then use; not thread-safe while adding.
 */
public final class Vocabulary {

    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<Pair, Integer> pairs = new HashMap<>();
    /** Stem → the document's words (at least four letters) with that stem, unsorted; built when first asked. */
    private Map<String, List<String>> stems;

    /** Two adjacent words (a record, not a joined string: a text's pairs are counted, rarely asked for). */
    private record Pair(String first, String second) {
    }

    /** Adds the words of one text. */
    public Vocabulary add(String text) {
        List<String> words = words(text);
        String prev = null;
        for (String w : words) {
            counts.merge(w, 1, Integer::sum);
            if (prev != null) {
                pairs.merge(new Pair(prev, w), 1, Integer::sum);
            }
            prev = w;
        }
        stems = null;
        return this;
    }

    /** How often the lowercase word occurs. */
    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    /** How often the two lowercase words occur next to each other. */
    public int pairCount(String a, String b) {
        return pairs.getOrDefault(new Pair(a, b), 0);
    }

    /**
     * A document word other than {@code except} (at least four letters, and used at least once
     * outside the pair {@code except} was built from) that shares the stem of {@code word}, or
     * {@code null}.
     */
    public String sameStem(String word, String except, Lexicon lexicon) {
        if (stems == null) {
            stems = new HashMap<>();
            for (String w : counts.keySet()) {
                if (w.length() >= 4) {
                    for (String key : Lexicon.stems(w)) {
                        stems.computeIfAbsent(key, s -> new ArrayList<>(2)).add(w);
                    }
                }
            }
        }
        Map<String, TreeSet<String>> lexiconStems = lexicon.stemIndex();
        for (String key : Lexicon.stems(word)) {
            // The first in sorted order of the document's and the lexicon's words with this stem.
            String fromDocuments = least(stems.get(key), word, except);
            String fromLexicon = first(lexiconStems.get(key), word, except);
            if (fromDocuments != null || fromLexicon != null) {
                return fromDocuments == null ? fromLexicon : fromLexicon == null ? fromDocuments
                        : fromDocuments.compareTo(fromLexicon) <= 0 ? fromDocuments : fromLexicon;
            }
        }
        return null;
    }

    /** The least of {@code words} in sorted order other than {@code word} and {@code except}, or null. */
    private static String least(List<String> words, String word, String except) {
        if (words == null) {
            return null;
        }
        String least = null;
        for (String w : words) {
            if (!w.equals(except) && !w.equals(word) && (least == null || w.compareTo(least) < 0)) {
                least = w;
            }
        }
        return least;
    }

    private static String first(TreeSet<String> words, String word, String except) {
        if (words == null) {
            return null;
        }
        for (String w : words) {
            if (!w.equals(except) && !w.equals(word)) {
                return w;
            }
        }
        return null;
    }

    /** The lowercase letter runs of a text, in order. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // Lower-casing never shortens a text; when it keeps its length, every character kept its
        // place and the runs can be cut from the lower-case text (one string per word, not two).
        boolean aligned = lower.length() == text.length();
        for (int[] run : letterRuns(text)) {
            out.add(aligned ? lower.substring(run[0], run[1])
                    : text.substring(run[0], run[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** [start, end) of each run of letters in a text, in order: the words repairs work on. */
    static List<int[]> letterRuns(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}
