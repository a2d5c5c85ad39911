package no.trendspor.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The two seed reports as class-path resources, so tests and JShell users can load them by name.
 *
 * <p>The bytes are exactly those of the published extracts, damage included.
 */
public final class Seeds {

    /** Bærum kommune, annual report 2018: Oppvekst skole and Oppvekst barnehage. */
    public static final String BAERUM_2018 = "baerum-2018-oppvekst.txt";

    /** Bærum kommune, annual report 2020: Oppvekst barnehage (no heading line). */
    public static final String BAERUM_2020 = "baerum-2020-oppvekst-barnehage.txt";

    private static final String FOLDER = "/no/trendspor/seeds/";

    private Seeds() {
    }

    /** Names of all seeds, in report-year order. */
    public static List<String> names() {
        return List.of(BAERUM_2018, BAERUM_2020);
    }

    /** The raw bytes of the named seed. */
    public static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed named '" + name + "'; known: " + names());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + name, e);
        }
    }
}
