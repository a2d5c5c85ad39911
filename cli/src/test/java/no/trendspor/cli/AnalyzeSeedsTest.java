package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the seeds, through the command line, as a user runs it. */
class AnalyzeSeedsTest {

    @TempDir
    Path tmp;

    private Path seedsFolder() throws IOException {
        return CliRunner.seedsFolder(tmp);
    }

    @Test
    void jsonHasTheDocumentedShapeAndTheSeedsSectors() throws IOException {
        CliRunner r = CliRunner.run("analyze", "--format", "json", seedsFolder().toString());
        assertEquals(0, r.status(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        JsonNode docs = root.get("documents");
        assertEquals(2, docs.size());
        assertEquals(2018, docs.get(0).get("year").asInt());
        assertEquals("Oppvekst skole", docs.get(0).get("sectors").get(0).get("name").asText());
        assertEquals("Oppvekst barnehage", docs.get(0).get("sectors").get(1).get("name").asText());
        assertEquals(2020, docs.get(1).get("year").asInt());
        assertEquals("Bærum", docs.get(1).get("municipality").asText(), "inferred from the 2018 report");
        for (String field : new String[] {"recurringChallenges", "themeDiffs", "indicators"}) {
            assertTrue(root.get(field).isArray(), field);
        }
        JsonNode first = docs.get(0).get("sectors").get(0).get("statements").get(0);
        for (String field : new String[] {"id", "section", "text", "originalText", "lines"}) {
            assertTrue(first.has(field), field);
        }
    }

    @Test
    void sameInputGivesByteIdenticalJsonWhateverTheOrderOfArguments() throws IOException {
        Path dir = seedsFolder();
        Path a = dir.resolve(Seeds.BAERUM_2018);
        Path b = dir.resolve(Seeds.BAERUM_2020);
        String one = CliRunner.run("analyze", a.toString(), b.toString()).out();
        String two = CliRunner.run("analyze", b.toString(), a.toString()).out();
        String three = CliRunner.run("analyze", dir.toString()).out();
        assertTrue(one.length() > 1000);
        assertEquals(one, two);
        assertEquals(one, three);
    }

    @Test
    void outWritesTheSameReportToAFile() throws IOException {
        Path dir = seedsFolder();
        Path out = tmp.resolve("report.md");
        CliRunner r = CliRunner.run("analyze", "--format", "markdown", "--out", out.toString(), dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out(), "stdout carries nothing when --out is given");
        assertEquals(CliRunner.run("analyze", "--format", "markdown", dir.toString()).out(), Files.readString(out));
    }

    @Test
    void twoDocumentsForTheSameMunicipalityYearAndSectorAreRefused() throws IOException {
        Path dir = seedsFolder();
        Files.copy(dir.resolve(Seeds.BAERUM_2020), dir.resolve("copy-2020.txt"), StandardCopyOption.REPLACE_EXISTING);
        CliRunner r = CliRunner.run("analyze", dir.toString());
        assertEquals(Main.INPUT_ERROR, r.status());
        assertTrue(r.err().contains("claims the same municipality"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void documentsThatNameNoMunicipalityOrSectorClaimNothing() {
        // Two overview pages of one year: no municipality, no sector heading. Not duplicates.
        var report = no.trendspor.Trendspor.analyzeTexts(java.util.Map.of(
                "oversikt-2019.txt", "Årsrapport 2019\n\nInnholdet i rapporten er delt i tre deler.\n",
                "forord-2019.txt", "Årsrapport 2019\n\nÅret var preget av store endringer.\n"));
        assertEquals(2, report.documents().size());
    }

    @Test
    void binaryInputNamesTheFile() throws IOException {
        Path pdf = Files.write(tmp.resolve("report-2019.txt"), "%PDF-1.7\n\u0000\u0001binary".getBytes());
        CliRunner r = CliRunner.run("analyze", pdf.toString());
        assertEquals(Main.INPUT_ERROR, r.status());
        assertTrue(r.err().startsWith("trendspor: " + pdf), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
