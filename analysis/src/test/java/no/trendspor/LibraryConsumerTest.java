package no.trendspor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a Java project gets when it depends on {@code trendspor-analysis} alone: the class path
 * Maven gives it (this module's classes plus its runtime-scope dependencies, written by the
 * dependency plugin's {@code build-classpath} in {@code generate-test-resources}), checked for size
 * and for the heavy libraries that belong to the optional artifacts, and a consumer program
 * compiled and run on exactly that class path in a fresh JVM.
 */
class LibraryConsumerTest {

    /** The budget for the whole consumer class path. */
    static final long MAX_BYTES = 15L * 1024 * 1024;

    /** Libraries only the optional artifacts (pdf, tablesaw, cli) may bring. */
    static final List<String> FORBIDDEN = List.of("picocli", "pdfbox", "fontbox", "tablesaw", "fastutil", "icu4j",
            "guava", "commons-logging", "univocity", "classgraph");

    private static final String CONSUMER = """
            import java.nio.file.Path;
            import no.trendspor.Trendspor;

            public class Consumer {
                public static void main(String[] args) {
                    System.out.print(Trendspor.analyze(Path.of(args[0])).toJson());
                }
            }
            """;

    @TempDir
    Path tmp;

    static List<Path> consumerClassPath() throws IOException {
        Path target = Path.of("target");
        Path listed = target.resolve("consumer-classpath.txt");
        assertTrue(Files.isRegularFile(listed), "run through Maven: " + listed + " is written by the "
                + "dependency plugin in generate-test-resources");
        List<Path> entries = new ArrayList<>();
        entries.add(target.resolve("classes").toAbsolutePath());
        for (String entry : Files.readString(listed, StandardCharsets.UTF_8).strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    @Test
    void classPathIsSmallAndHoldsNoneOfTheOptionalArtifactsLibraries() throws IOException {
        List<Path> entries = consumerClassPath();
        long total = 0;
        for (Path entry : entries) {
            String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                assertTrue(!name.contains(forbidden), "the library brings " + entry);
            }
            total += size(entry);
        }
        assertTrue(total <= MAX_BYTES, "consumer class path is " + total + " bytes: " + entries);
    }

    @Test
    void consumerRunsAnalyzeOnTheSeedsWithNothingOnStderr() throws Exception {
        Path source = Files.writeString(tmp.resolve("Consumer.java"), CONSUMER);
        Path seeds = Path.of(System.getProperty("trendspor.root", "..")).resolve("seeds").toAbsolutePath();
        String classPath = String.join(File.pathSeparator, consumerClassPath().stream().map(Path::toString).toList());
        Path out = tmp.resolve("out.json");
        Path err = tmp.resolve("err.txt");
        // source-file mode: the consumer is compiled against, and run on, exactly this class path
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, source.toString(), seeds.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "consumer did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertEquals("", stderr, "the library prints nothing on stderr");
        assertEquals(Trendspor.analyze(seeds).toJson(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static long size(Path entry) {
        if (Files.isRegularFile(entry)) {
            return entry.toFile().length();
        }
        try (Stream<Path> files = Files.walk(entry)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
