package no.trendspor.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Hunspell dictionary (bokmål {@code nb_NO.aff} / {@code nb_NO.dic}, as the Debian package
 * {@code hunspell-no} installs it) read with Lucene's {@code hunspell} package: the lemmas of a
 * word and the parts of a compound word.
 *
 * <p>The dictionary is GPL data: it is never bundled, only read from a path the user gives or the
 * system's standard location ({@link WordKnowledgeSources}). Reading it takes seconds, so each
 * pair of files is read once per JVM ({@link #load}). Lookups are cached per word; the class is
 * thread-safe (Lucene's {@link Hunspell} is not, so each thread gets its own over the shared,
 * immutable {@link Dictionary}).
 */
public final class HunspellLexicon {

    /** Shortest part of a compound word ({@code COMPOUNDMIN} of the bokmål dictionary). */
    public static final int MIN_PART = 4;
    /** Letters that join the parts of a Norwegian compound ("velferd-s-teknologi", "barn-e-hage"). */
    private static final String LINKING_LETTERS = "se";
    /** Longest word decomposed (longer tokens are not words). */
    private static final int MAX_WORD = 40;

    private static final Map<Path, HunspellLexicon> LOADED = new ConcurrentHashMap<>();

    private final Path affix;
    private final ThreadLocal<Hunspell> hunspell;
    private final Map<String, List<String>> parts = new ConcurrentHashMap<>();
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Boolean> words = new ConcurrentHashMap<>();

    private HunspellLexicon(Path affix, Dictionary dictionary) {
        this.affix = affix;
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
    }

    /**
     * The lexicon of an affix file and the dictionary beside it ({@code X.aff} and {@code X.dic}),
     * read once per JVM.
     *
     * @throws UncheckedIOException     when a file cannot be read
     * @throws IllegalArgumentException when the files are not a Hunspell dictionary
     */
    public static HunspellLexicon load(Path affix, Path dictionary) {
        Path key = affix.toAbsolutePath().normalize();
        return LOADED.computeIfAbsent(key, k -> read(affix, dictionary));
    }

    private static HunspellLexicon read(Path affix, Path dictionary) {
        try (InputStream aff = Files.newInputStream(affix); InputStream dic = Files.newInputStream(dictionary)) {
            return new HunspellLexicon(affix, new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Hunspell dictionary " + affix, e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(affix + ": not a Hunspell affix file: " + e.getMessage(), e);
        }
    }

    /** The affix file this lexicon was read from. */
    public Path affixFile() {
        return affix;
    }

    /** Whether the dictionary accepts the (lower-case) word, as a simple or a compound word. */
    public boolean isWord(String word) {
        if (word.length() > MAX_WORD) {
            return false;
        }
        return words.computeIfAbsent(word, w -> hunspell.get().spell(w));
    }

    /**
     * The dictionary form of an inflected word ("forbedret" → "forbedre", "handlingsplanen" →
     * "handlingsplan", "barna" → "barn"), or {@code null} when the word is itself a dictionary form
     * or unknown. Of several readings the one sharing the longest beginning with the word is taken,
     * then the longest, then the first alphabetically, so the choice never depends on the order of
     * the dictionary.
     */
    public String lemma(String word) {
        if (word.length() > MAX_WORD) {
            return null;
        }
        String l = lemmas.computeIfAbsent(word, this::computeLemma);
        return l.isEmpty() ? null : l;
    }

    private String computeLemma(String word) {
        List<String> roots = hunspell.get().getRoots(word);
        if (roots.isEmpty() || roots.contains(word)) {
            return "";
        }
        return roots.stream()
                .filter(r -> r.length() >= 2)
                .max(Comparator.<String>comparingInt(r -> commonPrefix(r, word))
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.<String>reverseOrder()))
                .orElse("");
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * The parts of a compound word, each a word of the dictionary of at least {@link #MIN_PART}
     * letters, modifiers first and the head last, with every longer head as well
     * ("spesialisthelsetjenesten" → spesialist, helsetjenesten, helse, tjenesten); empty when the
     * word is not a compound the dictionary can split. The modifier must be a word the dictionary
     * knows by itself, the head any word it accepts; of several splits the one with the longest
     * modifier is taken, since a dictionary word is the reading a writer meant
     * ("barnehage|lærer", not "barne|hagelærer"), and the modifier is split in turn. A modifier
     * may end in a linking "s" or "e" ("velferds-", "barne-").
     */
    public List<String> compoundParts(String word) {
        if (word.length() < 2 * MIN_PART || word.length() > MAX_WORD) {
            return List.of();
        }
        return parts.computeIfAbsent(word, this::computeParts);
    }

    private List<String> computeParts(String word) {
        List<String> out = new ArrayList<>();
        split(word, out, 0);
        return List.copyOf(out);
    }

    /** Adds the parts of {@code word} to {@code out}; false when it cannot be split. */
    private boolean split(String word, List<String> out, int depth) {
        if (depth > 4 || word.length() < 2 * MIN_PART) {
            return false;
        }
        for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
            String head = word.substring(cut);
            String modifier = modifier(word.substring(0, cut));
            if (modifier == null || !isWord(head)) {
                continue;
            }
            List<String> modifierParts = new ArrayList<>();
            if (!split(modifier, modifierParts, depth + 1)) {
                modifierParts.add(modifier);
            }
            out.addAll(modifierParts);
            out.add(head);
            List<String> headParts = new ArrayList<>();
            if (split(head, headParts, depth + 1)) {
                out.addAll(headParts);
            }
            return true;
        }
        return false;
    }

    /** The modifier a compound's first part stands for (without a linking letter), or null. */
    private String modifier(String first) {
        if (first.length() >= MIN_PART && isSimpleWord(first)) {
            return first;
        }
        char last = first.charAt(first.length() - 1);
        if (LINKING_LETTERS.indexOf(last) >= 0) {
            String bare = first.substring(0, first.length() - 1);
            if (bare.length() >= MIN_PART && isSimpleWord(bare)) {
                return bare;
            }
        }
        return null;
    }

    /** A word the dictionary knows by itself (a dictionary form or an inflection of one). */
    private boolean isSimpleWord(String w) {
        return !hunspell.get().getRoots(w).isEmpty();
    }

    @Override
    public String toString() {
        return "HunspellLexicon " + affix;
    }
}
