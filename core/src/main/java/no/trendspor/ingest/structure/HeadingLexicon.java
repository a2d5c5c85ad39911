package no.trendspor.ingest.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that give a heading of a municipal report its meaning, from the resource
 * {@code report-structure-nb.txt}: heads of service-area names, prefixes put before them, front
 * matter, leaders' titles, section heads and finite verbs.
 *
 * <p>A heading word matches a listed word when it is the word or a compound ending in it (the head
 * of a Norwegian compound is its last part), followed by at most an inflection ending. Immutable
 * and thread-safe; {@link #standard()} is loaded once.
 */
public final class HeadingLexicon {

    /** The groups of the resource file. */
    public enum Group {
        SERVICE_AREA("service-area"), SECTOR_PREFIX("sector-prefix"), FRONT_MATTER("front-matter"),
        LEADER("leader"), SECTION("section"), FINITE_VERB("finite-verb");

        private final String fileName;

        Group(String fileName) {
            this.fileName = fileName;
        }
    }

    private static final String RESOURCE = "/no/trendspor/ingest/report-structure-nb.txt";
    /** Inflection endings a listed word may carry (bokmål and nynorsk nouns and adjectives). */
    private static final List<String> ENDINGS = List.of("", "e", "en", "er", "ene", "et", "a", "ar", "ane", "as",
            "s", "n", "r", "ne", "na", "ns", "ens", "ets", "es");
    private static final HeadingLexicon STANDARD = load();

    private final Map<Group, Set<String>> groups;
    private final int longest;

    private HeadingLexicon(Map<Group, Set<String>> groups) {
        this.groups = Map.copyOf(groups);
        this.longest = groups.values().stream().flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
    }

    /** The lexicon of the bundled resource. */
    public static HeadingLexicon standard() {
        return STANDARD;
    }

    /** Whether the word (any case) is exactly a word of the group (no compound, no ending). */
    public boolean isExactly(Group group, String word) {
        return groups.get(group).contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word (any case) is a word of the group or a compound ending in one, with an
     * inflection ending.
     */
    public boolean matches(Group group, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> set = groups.get(group);
        for (String ending : ENDINGS) {
            if (!w.endsWith(ending)) {
                continue;
            }
            String base = w.substring(0, w.length() - ending.length());
            // the base itself, or a compound whose first part has three letters or more and
            // whose last part (three letters or more) is listed: "skolebarn", not "lunge"
            if (set.contains(base)) {
                return true;
            }
            for (int start = Math.max(3, base.length() - longest); start <= base.length() - 3; start++) {
                if (set.contains(base.substring(start))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static HeadingLexicon load() {
        Map<String, Group> byName = new HashMap<>();
        for (Group g : Group.values()) {
            byName.put(g.fileName, g);
        }
        Map<Group, Set<String>> groups = new HashMap<>();
        for (Group g : Group.values()) {
            groups.put(g, new HashSet<>());
        }
        try (InputStream in = HeadingLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Group current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (content.isEmpty()) {
                    continue;
                }
                if (content.startsWith("@group ")) {
                    current = byName.get(content.substring(7).strip());
                    if (current == null) {
                        throw new IllegalStateException("unknown group in " + RESOURCE + ": " + content);
                    }
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException("word before any group in " + RESOURCE + ": " + content);
                }
                groups.get(current).addAll(Arrays.asList(content.split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeadingLexicon(groups);
    }
}
