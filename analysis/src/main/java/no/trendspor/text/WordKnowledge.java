package no.trendspor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Norwegian word knowledge an analysis chain uses, loaded from its {@link WordKnowledgeSources}:
 * a Hunspell dictionary for compound parts, a thesaurus as weak synonym evidence, and equivalence
 * groups (the bundled public-sector list and the analyst's own, e.g. a programme name and the word
 * it stands for). Each group is a set of words or phrases that mean the same in report language;
 * the analysis gives them one dimension.
 *
 * <p>Immutable; the dictionaries behind it are read once per JVM.
 */
public final class WordKnowledge {

    /** The bundled public-sector equivalences. */
    static final String PUBLIC_SECTOR_LIST = "/no/trendspor/text/public-sector-equivalences.txt";

    /** No word knowledge: the analysis chain as it is without dictionaries. */
    public static final WordKnowledge NONE = new WordKnowledge(WordKnowledgeSources.none(), null, null, List.of(),
            List.of());

    private final WordKnowledgeSources sources;
    private final HunspellLexicon hunspell;
    private final Thesaurus thesaurus;
    private final List<List<String>> publicSectorGroups;
    private final List<List<String>> userGroups;

    private WordKnowledge(WordKnowledgeSources sources, HunspellLexicon hunspell, Thesaurus thesaurus,
                          List<List<String>> publicSectorGroups, List<List<String>> userGroups) {
        this.sources = sources;
        this.hunspell = hunspell;
        this.thesaurus = thesaurus;
        this.publicSectorGroups = publicSectorGroups;
        this.userGroups = userGroups;
    }

    /**
     * Loads the sources (dictionaries are read once per JVM) and adds the analyst's equivalence
     * groups.
     *
     * @param sources         where the dictionaries are
     * @param userEquivalences groups of words or phrases the analyst declares equivalent
     */
    public static WordKnowledge load(WordKnowledgeSources sources, List<List<String>> userEquivalences) {
        Objects.requireNonNull(sources, "sources");
        List<List<String>> user = new ArrayList<>();
        for (List<String> g : userEquivalences) {
            user.add(List.copyOf(g));
        }
        if (sources.equals(WordKnowledgeSources.none()) && user.isEmpty()) {
            return NONE;
        }
        HunspellLexicon h = sources.hasHunspell()
                ? HunspellLexicon.load(sources.hunspellAffix(), sources.hunspellDictionary()) : null;
        Thesaurus t = sources.hasThesaurus() ? Thesaurus.load(sources.thesaurus()) : null;
        List<List<String>> publicSector = sources.publicSectorList() ? PublicSectorList.GROUPS : List.of();
        return new WordKnowledge(sources, h, t, publicSector, List.copyOf(user));
    }

    /** The sources this knowledge was loaded from. */
    public WordKnowledgeSources sources() {
        return sources;
    }

    /** The Hunspell dictionary, or null when none is used. */
    public HunspellLexicon hunspell() {
        return hunspell;
    }

    /** The thesaurus, or null when none is used. */
    public Thesaurus thesaurus() {
        return thesaurus;
    }

    /** The bundled public-sector groups in use (empty when switched off). */
    public List<List<String>> publicSectorGroups() {
        return publicSectorGroups;
    }

    /** The analyst's equivalence groups. */
    public List<List<String>> userGroups() {
        return userGroups;
    }

    /** Every equivalence group: the public-sector list's, then the analyst's. */
    public List<List<String>> equivalenceGroups() {
        List<List<String>> all = new ArrayList<>(publicSectorGroups);
        all.addAll(userGroups);
        return all;
    }

    /** What was used, for the report. */
    public WordKnowledgeUse use() {
        return new WordKnowledgeUse(hunspell != null ? hunspell.affixFile().toString() : null,
                thesaurus != null ? thesaurus.source().toString() : null, !publicSectorGroups.isEmpty(),
                userGroups.size());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordKnowledge k && k.sources.equals(sources) && k.userGroups.equals(userGroups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sources, userGroups);
    }

    @Override
    public String toString() {
        return "WordKnowledge " + use();
    }

    /** The bundled list, read once. */
    private static final class PublicSectorList {
        static final List<List<String>> GROUPS = read();

        private static List<List<String>> read() {
            InputStream in = WordKnowledge.class.getResourceAsStream(PUBLIC_SECTOR_LIST);
            if (in == null) {
                throw new IllegalStateException("missing resource " + PUBLIC_SECTOR_LIST);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parseGroups(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Groups written one per line, members separated by commas; '#' starts a comment. */
    static List<List<String>> parseGroups(BufferedReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (body.isEmpty()) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (String m : body.split(",")) {
                if (!m.isBlank()) {
                    group.add(m.strip());
                }
            }
            if (group.size() >= 2) {
                out.add(List.copyOf(group));
            }
        }
        return List.copyOf(out);
    }
}
