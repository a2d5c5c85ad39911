package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import no.trendspor.Trendspor;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives byte-identical output whatever the order of the arguments, the file
 * system's listing order, the default locale, time zone and charset.
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    private Path dir;
    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void writeInputs() throws IOException {
        dir = Files.createDirectories(tmp.resolve("inputs"));
        for (String name : Seeds.names()) {
            files.add(Files.write(dir.resolve(name), Seeds.bytes(name)));
        }
        // A third document with letters, numbers and a date-like year, for formatting to bite on.
        files.add(Files.writeString(dir.resolve("kultur-2019.txt"), "Kultur\nKultur skal gi gode tilbud til alle.\n"
                + "Viktige resultater og innsatser i 2019\n • Besøket økte med 12,5 prosent til 1 234 567.\n"
                + "Utfordringer fremover\n • Økonomien er stram i 2020.\n"));
    }

    @Test
    void localeAndTimeZoneDoNotChangeTheJson() {
        String oslo = withDefaults(Locale.forLanguageTag("nb-NO"), "Europe/Oslo", () -> Trendspor.analyze(dir).toJson());
        String utc = withDefaults(Locale.US, "UTC", () -> Trendspor.analyze(dir).toJson());
        String turkish = withDefaults(Locale.forLanguageTag("tr-TR"), "Asia/Istanbul", () -> Trendspor.analyze(dir).toJson());
        assertEquals(oslo, utc);
        assertEquals(oslo, turkish); // dotless i: the classic toLowerCase() trap
        String mdOslo = withDefaults(Locale.forLanguageTag("nb-NO"), "Europe/Oslo", () -> Trendspor.analyze(dir).toMarkdown());
        String mdUtc = withDefaults(Locale.US, "UTC", () -> Trendspor.analyze(dir).toMarkdown());
        assertEquals(mdOslo, mdUtc);
    }

    @Test
    void argumentOrderDoesNotChangeTheJson() {
        String forward = Trendspor.analyze(files).toJson();
        List<Path> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        assertEquals(forward, Trendspor.analyze(reversed).toJson());
        List<Path> withDir = new ArrayList<>(reversed);
        withDir.add(1, dir);
        assertEquals(forward, Trendspor.analyze(withDir).toJson(), "the directory names the same files again");
        assertEquals(forward, Trendspor.analyze(dir).toJson());
    }

    @Test
    void listingOrderDoesNotChangeTheJson() throws IOException {
        String first = Trendspor.analyze(dir).toJson();
        List<byte[]> contents = new ArrayList<>();
        for (Path f : files) {
            contents.add(Files.readAllBytes(f));
            Files.delete(f);
        }
        // Recreated in the opposite order, with a decoy subdirectory created in between.
        for (int i = files.size() - 1; i >= 0; i--) {
            Files.write(files.get(i), contents.get(i));
            if (i == 1) {
                Files.createDirectories(dir.resolve("aaa-empty"));
            }
        }
        assertEquals(first, Trendspor.analyze(dir).toJson());
    }

    @Test
    void forkedJvmsWithDifferentLocaleTimeZoneAndCharsetPrintTheSameBytes() throws Exception {
        byte[] oslo = cli("-Duser.language=nb", "-Duser.country=NO", "-Duser.timezone=Europe/Oslo",
                "-Dfile.encoding=UTF-8");
        byte[] us = cli("-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
                "-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII");
        assertTrue(new String(oslo, java.nio.charset.StandardCharsets.UTF_8).contains("Bærum"));
        assertArrayEquals(oslo, us);
    }

    private byte[] cli(String... props) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "no.trendspor.cli.Main", "analyze", dir.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "forked CLI finished");
        assertEquals(0, p.exitValue());
        return out.toByteArray();
    }

    private static <T> T withDefaults(Locale locale, String zone, java.util.function.Supplier<T> run) {
        Locale oldLocale = Locale.getDefault();
        TimeZone oldZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            return run.get();
        } finally {
            Locale.setDefault(oldLocale);
            TimeZone.setDefault(oldZone);
        }
    }
}
