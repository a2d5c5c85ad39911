package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.trendspor.Trendspor;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, one text form: input is read in Unicode NFC, so decomposed text (macOS, some PDF
 * tools) gives the analysis composed text gives; the original stays in {@code originalText}. And
 * file names beyond ASCII are read and printed right under LC_ALL=C through the launcher.
 */
class OneTextFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /**
     * The report with the recorded original text removed: every statement's originalText and the
     * text of unclassified entries (the input lines as they stood), compared in NFC instead.
     */
    private static JsonNode withoutOriginals(String json) throws IOException {
        JsonNode root = JSON.readTree(json);
        root.findParents("originalText").forEach(n -> ((ObjectNode) n).remove("originalText"));
        for (JsonNode doc : root.get("documents")) {
            for (JsonNode u : doc.get("unclassified")) {
                ((ObjectNode) u).put("text", Normalizer.normalize(u.get("text").asText(), Normalizer.Form.NFC));
            }
        }
        return root;
    }

    private static List<String> originals(String json) throws IOException {
        List<String> out = new ArrayList<>();
        JSON.readTree(json).findValues("originalText").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void decomposedSeedsGiveTheSameAnalysisAsComposedOnes() throws IOException {
        Map<String, String> composed = new TreeMap<>();
        Map<String, String> decomposed = new TreeMap<>();
        for (String name : Seeds.names()) {
            String text = new String(Seeds.bytes(name), StandardCharsets.UTF_8);
            composed.put(name, text);
            decomposed.put(name, nfd(text));
        }
        assertNotEquals(composed, decomposed, "the seeds hold letters that decompose (æ, ø, å)");
        String a = Trendspor.analyzeTexts(composed).toJson();
        String b = Trendspor.analyzeTexts(decomposed).toJson();
        assertEquals(withoutOriginals(a), withoutOriginals(b));
        // sectors, statements, indicators, links and diffs are there to compare
        JsonNode report = JSON.readTree(a);
        assertTrue(report.get("recurringChallenges").size() > 0 && report.get("indicators").size() > 0
                && report.get("themeDiffs").size() > 0, "the seeds' analysis is not empty");
        // the original text is kept as given
        assertTrue(originals(b).stream().anyMatch(o -> !Normalizer.isNormalized(o, Normalizer.Form.NFC)),
                "originalText keeps the decomposed input");
        assertEquals(originals(a), originals(b).stream().map(o -> Normalizer.normalize(o, Normalizer.Form.NFC)).toList());
    }

    @Test
    void decomposedCorpusPagesGiveTheSameAnalysis() throws IOException {
        Path corpus = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "no ../shared/corpus");
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpus)) {
            pages = files.filter(p -> p.getFileName().toString().startsWith("baerum_201")
                    && p.getFileName().toString().endsWith(".json")).sorted().limit(12).toList();
        }
        assumeTrue(!pages.isEmpty());
        List<Path> nfdPages = new ArrayList<>();
        Path dir = Files.createDirectories(tmp.resolve("nfd"));
        Path same = Files.createDirectories(tmp.resolve("nfc"));
        List<Path> nfcPages = new ArrayList<>();
        for (Path p : pages) {
            String json = Files.readString(p, StandardCharsets.UTF_8);
            nfcPages.add(Files.writeString(same.resolve(p.getFileName()), json, StandardCharsets.UTF_8));
            nfdPages.add(Files.writeString(dir.resolve(p.getFileName()), nfd(json), StandardCharsets.UTF_8));
        }
        String a = Trendspor.analyze(nfcPages).toJson().replace(same.toString(), "DIR");
        String b = Trendspor.analyze(nfdPages).toJson().replace(dir.toString(), "DIR");
        assertEquals(withoutOriginals(a), withoutOriginals(b));
    }

    @Test
    void decomposedTableTextGivesTheSameObservations() throws IOException {
        String csv = "region;statistikkvariabel;år;verdi\n0219 Bærum;Andel barn i barnehage;2019;92,3\n"
                + "3024 Bærum;Andel barn i barnehage;2020;93\n";
        Path a = Files.writeString(tmp.resolve("a.csv"), csv, StandardCharsets.UTF_8);
        Path b = Files.writeString(tmp.resolve("b.csv"), nfd(csv), StandardCharsets.UTF_8);
        var ta = no.trendspor.tables.KeyFigureTables.read(a, no.trendspor.tables.TableDefaults.NONE);
        var tb = no.trendspor.tables.KeyFigureTables.read(b, no.trendspor.tables.TableDefaults.NONE);
        assertEquals(ta.observations().stream().map(o -> o.municipalityName() + "|" + o.indicator() + "|" + o.value())
                .toList(), tb.observations().stream().map(o -> o.municipalityName() + "|" + o.indicator() + "|" + o.value())
                .toList());
    }

    /**
     * The launcher under LC_ALL=C: JDK 17 takes the file-name encoding from the locale (ASCII
     * there), so "bærum-2018.txt" was garbled in the output and could not be named at all; the
     * launcher runs Java in a UTF-8 locale when the locale's character set is ASCII.
     */
    @Test
    void fileNamesBeyondAsciiUnderThePosixLocaleThroughTheLauncher() throws Exception {
        Path launcher = Path.of(System.getProperty("trendspor.root", ".")).resolve("trendspor");
        assumeTrue(Files.isRegularFile(launcher) && Files.isExecutable(Path.of("/bin/sh")));
        assumeTrue(utf8LocaleAvailable(), "no UTF-8 locale installed");
        Path dir = Files.createDirectories(tmp.resolve("rapporter"));
        Path y2018 = Files.write(dir.resolve("bærum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));
        Path y2020 = Files.write(dir.resolve("bærum-2020.txt"), Seeds.bytes(Seeds.BAERUM_2020));
        for (String locale : List.of("C", "POSIX")) {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", launcher.toString(), "analyze", y2018.toString(), dir.toString());
            pb.environment().put("LC_ALL", locale);
            pb.environment().put("LANG", locale);
            pb.environment().put("TRENDSPOR_CLASSPATH", System.getProperty("java.class.path"));
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            JsonNode report = JSON.readTree(out);
            List<String> sources = new ArrayList<>();
            report.get("documents").forEach(d -> sources.add(d.get("source").asText()));
            assertEquals(List.of(y2018.toString(), y2020.toString()), sources, "names read and printed right");
            assertFalse(err.contains("letter case") || err.contains("\uFFFD") || err.contains("?rum"), err);
            assertTrue(err.isEmpty() || err.contains("bærum-2020.txt"), err);
        }
        // two names that an ASCII locale garbles alike ("b\uFFFD\uFFFDrum"): refused before as
        // differing "only in letter case or Unicode normalisation"
        Path other = Files.createDirectories(tmp.resolve("andre"));
        Files.write(other.resolve("oppvekst-bærum.txt"), Seeds.bytes(Seeds.BAERUM_2018));
        Files.write(other.resolve("oppvekst-bårum.txt"), Seeds.bytes(Seeds.BAERUM_2020));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", launcher.toString(), "analyze", other.toString());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("TRENDSPOR_CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        JsonNode report = JSON.readTree(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertFalse(err.contains("letter case"), err);
        assertEquals(2, report.get("documents").size());
    }

    /** Without the launcher, Java under LC_ALL=C says what is wrong in one line (exit 2). */
    @Test
    void plainJavaUnderThePosixLocaleSaysWhatToDo() throws Exception {
        Path file = Files.write(tmp.resolve("bærum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "no.trendspor.cli.Main", "analyze", file.toString());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        if (status == 0) {
            return; // this JVM reads file names as UTF-8 in any locale (not JDK 17 on Linux)
        }
        assertEquals(2, status, err);
        assertTrue(err.contains("cannot be a file name in this locale") && err.contains("LC_ALL=C.UTF-8"), err);
        assertFalse(err.contains("Exception"), err);
    }

    private static boolean utf8LocaleAvailable() {
        try {
            Process p = new ProcessBuilder("locale", "-a").start();
            String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return all.lines().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT).matches(".*\\.utf-?8"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
