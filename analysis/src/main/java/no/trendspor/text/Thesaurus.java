package no.trendspor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A MyThes thesaurus ({@code th_nb_NO_v2.dat}, as the Debian package {@code mythes-no} installs it):
 * for a word, the words listed as its synonyms in any of its senses. The first line names the
 * encoding (ISO-8859-1 for bokmål); then each entry is {@code word|senses} followed by one line per
 * sense, {@code (part of speech)|synonym|synonym|...}.
 *
 * <p>Only single words are kept (a phrase such as "gjøre ferdig" cannot stand for one word of a
 * statement), and a pair is kept in both directions. The thesaurus mixes senses ("heve" is listed
 * both with "forbedre" and with "avslutte"), so it is weak evidence: the similarity gives a pair
 * found only here a lower weight than a synonym (see {@code StatementSimilarity}).
 *
 * <p>GPL data: never bundled, read from a path the user gives or the system's standard location,
 * once per JVM ({@link #load}).
 */
public final class Thesaurus {

    private static final Map<Path, Thesaurus> LOADED = new ConcurrentHashMap<>();

    private final Path source;
    /** word → the words it is listed with, either way round. */
    private final Map<String, Set<String>> related;
    /** word → the words it lists that also list it. */
    private final Map<String, Set<String>> mutual;

    private Thesaurus(Path source, Map<String, Set<String>> related, Map<String, Set<String>> mutual) {
        this.source = source;
        this.related = related;
        this.mutual = mutual;
    }

    /**
     * The thesaurus in a MyThes {@code .dat} file, read once per JVM.
     *
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when it is not a MyThes file (names the line)
     */
    public static Thesaurus load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), k -> read(file));
    }

    private static Thesaurus read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thesaurus " + file, e);
        }
    }

    /** Parses a MyThes file from a stream ({@code source} names it in messages). */
    static Thesaurus parse(Path source, InputStream in) throws IOException {
        // The first line is the encoding's name, in ASCII; read it byte by byte.
        StringBuilder first = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                first.append((char) b);
            }
        }
        Charset charset;
        try {
            charset = Charset.forName(first.toString().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":1: not a MyThes thesaurus (no encoding on the first line)");
        }
        Map<String, Set<String>> listed = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
        String line;
        int lineNo = 1;
        int sensesLeft = 0;
        String head = null;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\\|");
            if (sensesLeft == 0) {
                if (fields.length != 2) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'word|senses'");
                }
                head = word(fields[0]);
                try {
                    sensesLeft = Integer.parseInt(fields[1].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + lineNo + ": expected a number of senses");
                }
                continue;
            }
            sensesLeft--;
            if (head == null) {
                continue;
            }
            for (int i = 1; i < fields.length; i++) {
                String w = word(fields[i]);
                if (w != null && !w.equals(head)) {
                    listed.computeIfAbsent(head, k -> new TreeSet<>()).add(w);
                }
            }
        }
        Map<String, Set<String>> related = new TreeMap<>();
        Map<String, Set<String>> mutual = new TreeMap<>();
        listed.forEach((w, others) -> {
            for (String o : others) {
                related.computeIfAbsent(w, k -> new TreeSet<>()).add(o);
                related.computeIfAbsent(o, k -> new TreeSet<>()).add(w);
                if (listed.getOrDefault(o, Set.of()).contains(w)) {
                    mutual.computeIfAbsent(w, k -> new TreeSet<>()).add(o);
                }
            }
        });
        return new Thesaurus(source, freeze(related), freeze(mutual));
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> m) {
        m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(m);
    }

    /** A single lower-case word, or null for a phrase, a bracketed remark or an empty field. */
    private static String word(String field) {
        String w = field.strip().toLowerCase(java.util.Locale.ROOT);
        if (w.isEmpty() || w.equals("-")) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return null;
            }
        }
        return w;
    }

    /** The file this thesaurus was read from. */
    public Path source() {
        return source;
    }

    /**
     * Every word with at least one related word, with its related words (sorted).
     *
     * @param mutualOnly only pairs each of whose words is listed under the other (a tighter,
     *                   smaller relation)
     */
    public Map<String, Set<String>> entries(boolean mutualOnly) {
        return mutualOnly ? mutual : related;
    }

    /** The words related to a lower-case word (empty when it has none). */
    public Set<String> related(String word) {
        return related.getOrDefault(word, Set.of());
    }

    @Override
    public String toString() {
        return "Thesaurus " + source + " (" + related.size() + " words, " + mutual.size() + " with mutual entries)";
    }
}
