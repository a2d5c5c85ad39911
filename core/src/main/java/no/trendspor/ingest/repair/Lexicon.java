package no.trendspor.ingest.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.no.NorwegianMinimalStemmer;

/**
 * General Norwegian word knowledge for the word repairer: Lucene's Norwegian stop set, the
 * Norwegian light and minimal stemmers (bokmål and nynorsk), and the hand-written general lexicon resource
 * {@code general-lexicon-nb.txt} (function words, number words, common verbs in all forms, very
 * common public-sector words, and "glue tails": finite verbs that never end a compound noun).
 *
 * <p>Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class Lexicon {

    private static final String RESOURCE = "/no/trendspor/ingest/general-lexicon-nb.txt";
    private static final Lexicon STANDARD = load();

    private final Set<String> words;
    private final Set<String> glueTails;
    private final int longestGlueTail;

    private Lexicon(Set<String> words, Set<String> glueTails) {
        this.words = Set.copyOf(words);
        this.glueTails = Set.copyOf(glueTails);
        this.longestGlueTail = glueTails.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The lexicon from the resource file plus Lucene's Norwegian stop set. */
    public static Lexicon standard() {
        return STANDARD;
    }

    /** Whether the lowercase word is a known general word. */
    public boolean knows(String lowercaseWord) {
        return words.contains(lowercaseWord);
    }

    /** Whether the lowercase word is a finite verb that may trail a glued noun. */
    public boolean isGlueTail(String lowercaseWord) {
        return glueTails.contains(lowercaseWord);
    }

    /** Length of the longest glue tail: a longer ending of a word cannot be one. */
    public int longestGlueTail() {
        return longestGlueTail;
    }

    /** Stem key → the lexicon words of at least four letters with it, sorted; built once, then read only. */
    private volatile Map<String, java.util.TreeSet<String>> stemIndex;

    /**
     * The lexicon's words of four letters or more by each of their {@link #stems stem keys}, each
     * list sorted. Built on first use and shared: the lexicon is the same for every document, so
     * its stems are computed once, not once per document.
     */
    Map<String, java.util.TreeSet<String>> stemIndex() {
        Map<String, java.util.TreeSet<String>> index = stemIndex;
        if (index == null) {
            Map<String, java.util.TreeSet<String>> built = new HashMap<>();
            for (String w : words) {
                if (w.length() >= 4) {
                    for (String key : stems(w)) {
                        built.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(w);
                    }
                }
            }
            index = java.util.Collections.unmodifiableMap(built);
            stemIndex = index;
        }
        return index;
    }

    /** All known general words. */
    public Set<String> words() {
        return words;
    }

    /**
     * The Norwegian stems (bokmål and nynorsk rules) of a lowercase word: the light stem and the
     * minimal stem, prefixed "L:" and "M:". Two words share a stem when any of these keys agree; the
     * light stemmer alone strips too much from some nouns ("skoleplan" to "skolepla").
     */
    public static List<String> stems(String lowercaseWord) {
        return STEMS.get(lowercaseWord);
    }

    /**
     * Stems by word: every document indexes the stems of all its words, and the words of one
     * municipality's reports (and of all municipalities') are mostly the same.
     */
    private static final no.trendspor.memo.BoundedMemo<String, List<String>> STEMS =
            new no.trendspor.memo.BoundedMemo<>(200_000, Lexicon::freshStems);

    private static List<String> freshStems(String lowercaseWord) {
        // New stemmers per call: cheap, and keeps this class free of shared mutable state.
        int flags = NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK;
        char[] a = lowercaseWord.toCharArray();
        char[] b = lowercaseWord.toCharArray();
        return List.of("L:" + new String(a, 0, new NorwegianLightStemmer(flags).stem(a, a.length)),
                "M:" + new String(b, 0, new NorwegianMinimalStemmer(flags).stem(b, b.length)));
    }

    private static Lexicon load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String group = "default";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (content.isEmpty()) {
                    continue;
                }
                if (content.startsWith("@group")) {
                    group = content.substring("@group".length()).trim();
                    continue;
                }
                for (String w : content.split("\\s+")) {
                    groups.computeIfAbsent(group, g -> new HashSet<>()).add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> words = new HashSet<>();
        groups.values().forEach(words::addAll);
        CharArraySet stop = NorwegianAnalyzer.getDefaultStopSet();
        for (Object o : stop) {
            words.add(new String((char[]) o));
        }
        return new Lexicon(words, groups.getOrDefault("glue-tails", Set.of()));
    }
}
