package no.trendspor.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Norwegian municipality a folder's name names ("Bærum", "baerum", "bærum-kommune",
 * "Nord_Odal"), from the bundled list of municipality names. Letter case, the word "kommune",
 * separators (space, '-', '_') and the ASCII spellings of æ, ø, å (ae, o/oe, a/aa) do not matter.
 * Immutable and thread-safe.
 */
final class FolderMunicipality {

    /** Classpath location of the bundled municipality names. */
    static final String RESOURCE = "/no/trendspor/io/municipalities-nb.txt";

    private static final FolderMunicipality BUNDLED = load();

    private final Map<String, String> byKey;

    private FolderMunicipality(Map<String, String> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    static FolderMunicipality bundled() {
        return BUNDLED;
    }

    /** The municipality a folder of this name names, spelt as the list spells it. */
    Optional<String> municipality(String folderName) {
        return Optional.ofNullable(byKey.get(key(folderName)));
    }

    /** The folder (everything before the last separator) of a source name; "" when there is none. */
    static String folderOf(String source) {
        int cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf(java.io.File.separatorChar));
        return cut < 0 ? "" : source.substring(0, cut);
    }

    /** The last name of a folder path. */
    static String lastName(String folder) {
        int cut = Math.max(folder.lastIndexOf('/'), folder.lastIndexOf(java.io.File.separatorChar));
        return folder.substring(cut + 1);
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        s = s.replace('æ', '\u0001').replace('ø', 'o').replace('å', 'a').replace("\u0001", "ae");
        s = s.replace("aa", "a").replace("oe", "o");
        s = s.replaceAll("[\\s_-]+", " ").strip();
        s = s.replaceAll("\\s*\\bkommunes?$", "").strip();
        return s;
    }

    private static FolderMunicipality load() {
        try (InputStream in = FolderMunicipality.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> byKey = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    byKey.putIfAbsent(key(name), name);
                }
            }
            return new FolderMunicipality(byKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
