package no.trendspor.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.trendspor.model.ReportDocument;

/**
 * Test access to the gold files in {@code ../shared/gold}; tests using it are skipped when the
 * shared data is absent.
 */
public final class GoldFixture {

    private GoldFixture() {
    }

    /** The gold directory, or a skipped test. */
    public static Path goldDir() {
        Path dir = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/gold").normalize();
        assumeTrue(Files.isDirectory(dir), "no gold data at " + dir);
        return dir;
    }

    /** A directory of the shared data ({@code corpus}, {@code seeds}), or a skipped test. */
    public static Path sharedDir(String name) {
        Path dir = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared").resolve(name).normalize();
        assumeTrue(Files.isDirectory(dir), "no shared data at " + dir);
        return dir;
    }

    /** The gold chains' source files parsed by the real ingest. */
    public static List<ReportDocument> ingested(List<GoldFile> gold) {
        return IngestedDocuments.of(gold, sharedDir("corpus"), sharedDir("seeds"));
    }

    /** All gold files. */
    public static List<GoldFile> all() {
        return GoldFile.readAll(goldDir());
    }

    /** The gold file of one chain. */
    public static GoldFile chain(String chain) {
        Optional<GoldFile> g = all().stream().filter(x -> x.chain().equals(chain)).findFirst();
        assumeTrue(g.isPresent(), "no gold chain " + chain);
        return g.get();
    }

    /** Documents built from a gold file's statements, only of the source files accepted. */
    public static List<ReportDocument> documents(GoldFile gold, java.util.function.Predicate<String> file) {
        return GoldDocuments.of(gold).stream().filter(d -> file.test(d.source())).toList();
    }

    /** The text of a gold statement by id. */
    public static String text(GoldFile gold, String id) {
        return gold.statements().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().text();
    }
}
