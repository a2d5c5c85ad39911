package no.trendspor.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the analysis takes its Norwegian word knowledge from, besides the stemmer and the bundled
 * word lists:
 * <ul>
 *   <li>a Hunspell bokmål dictionary ({@code nb_NO.aff} and {@code nb_NO.dic}, Debian package
 *       {@code hunspell-no}) for the parts of compound words ({@link HunspellLexicon});</li>
 *   <li>the bokmål thesaurus ({@code th_nb_NO_v2.dat}, Debian package {@code mythes-no}) as weak
 *       synonym evidence ({@link Thesaurus});</li>
 *   <li>the public-sector equivalences bundled with Trendspor ({@code public-sector-equivalences.txt},
 *       written for the project, Apache-licensed like the code).</li>
 * </ul>
 * The two dictionaries are GPL data and never bundled: they are read from the paths given here, and
 * {@link #system()} finds them where Debian installs them. A path that is null is not used.
 *
 * @param hunspellAffix      the Hunspell affix file, or null
 * @param hunspellDictionary the Hunspell dictionary file beside it, or null
 * @param thesaurus          the MyThes thesaurus ({@code .dat}), or null
 * @param publicSectorList   whether the bundled public-sector equivalences are used
 */
public record WordKnowledgeSources(Path hunspellAffix, Path hunspellDictionary, Path thesaurus,
                                   boolean publicSectorList) {

    /** Where Debian's {@code hunspell-no} puts the bokmål dictionary. */
    public static final Path SYSTEM_HUNSPELL = Path.of("/usr/share/hunspell/nb_NO.aff");
    /** Where Debian's {@code mythes-no} puts the bokmål thesaurus. */
    public static final Path SYSTEM_THESAURUS = Path.of("/usr/share/mythes/th_nb_NO_v2.dat");
    /** The file names looked for in a folder the user gives. */
    static final String AFFIX = "nb_NO.aff";
    static final String DICTIONARY = "nb_NO.dic";
    static final String THESAURUS = "th_nb_NO_v2.dat";

    public WordKnowledgeSources {
        if ((hunspellAffix == null) != (hunspellDictionary == null)) {
            throw new IllegalArgumentException("a Hunspell dictionary needs both its .aff and its .dic file");
        }
    }

    /** No word knowledge beyond the stemmer and the bundled synonyms, stop words and compound parts. */
    public static WordKnowledgeSources none() {
        return new WordKnowledgeSources(null, null, null, false);
    }

    /** What is bundled with Trendspor: the public-sector equivalences. The default. */
    public static WordKnowledgeSources bundled() {
        return new WordKnowledgeSources(null, null, null, true);
    }

    /**
     * The bundled knowledge plus the Hunspell dictionary and the thesaurus where Debian installs
     * them ({@link #SYSTEM_HUNSPELL}, {@link #SYSTEM_THESAURUS}), each only when present.
     */
    public static WordKnowledgeSources system() {
        return bundled().withDictionariesIn(List.of(SYSTEM_HUNSPELL.getParent(), SYSTEM_THESAURUS.getParent()));
    }

    /**
     * The bundled knowledge plus the dictionaries found in a folder the user gives: {@code nb_NO.aff}
     * with {@code nb_NO.dic} and {@code th_nb_NO_v2.dat}, in the folder itself or in its
     * {@code hunspell/} and {@code mythes/} sub-folders (the layout of {@code /usr/share}).
     */
    public static WordKnowledgeSources in(Path folder) {
        return bundled().withDictionariesIn(List.of(folder, folder.resolve("hunspell"), folder.resolve("mythes")));
    }

    private WordKnowledgeSources withDictionariesIn(List<Path> folders) {
        Path aff = null;
        Path dic = null;
        Path th = null;
        for (Path f : folders) {
            if (aff == null && Files.isRegularFile(f.resolve(AFFIX)) && Files.isRegularFile(f.resolve(DICTIONARY))) {
                aff = f.resolve(AFFIX);
                dic = f.resolve(DICTIONARY);
            }
            if (th == null && Files.isRegularFile(f.resolve(THESAURUS))) {
                th = f.resolve(THESAURUS);
            }
        }
        return new WordKnowledgeSources(aff, dic, th, publicSectorList);
    }

    /** These sources without the Hunspell dictionary. */
    public WordKnowledgeSources withoutHunspell() {
        return new WordKnowledgeSources(null, null, thesaurus, publicSectorList);
    }

    /** These sources without the thesaurus. */
    public WordKnowledgeSources withoutThesaurus() {
        return new WordKnowledgeSources(hunspellAffix, hunspellDictionary, null, publicSectorList);
    }

    /** These sources with or without the bundled public-sector equivalences. */
    public WordKnowledgeSources withPublicSectorList(boolean use) {
        return new WordKnowledgeSources(hunspellAffix, hunspellDictionary, thesaurus, use);
    }

    /** Whether a Hunspell dictionary is given. */
    public boolean hasHunspell() {
        return hunspellAffix != null;
    }

    /** Whether a thesaurus is given. */
    public boolean hasThesaurus() {
        return thesaurus != null;
    }
}
