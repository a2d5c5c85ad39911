package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user can say that a renamed sector is the same sector (--sector NAME=SECTOR). */
class SectorOverrideTest {

    @TempDir
    Path tmp;

    private static String page(String sector, int year, String mission, String result, String challenge) {
        return "Eksempelvik kommune\n\n" + sector + "\n\n" + sector + " skal " + mission + "\n\n"
                + "Viktige resultater og innsatser i " + year + "\n\n • " + result + "\n\n"
                + "Utfordringer fremover\n\n • " + challenge + "\n";
    }

    private JsonNode alignments(String... extra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("r"));
        Files.writeString(dir.resolve("a-2019.txt"), page("Grunnskoleopplæring", 2019,
                "sikre elevenes faglige utbytte.", "Leseprosjektet på mellomtrinnet er avsluttet.",
                "Skolebyggene trenger omfattende vedlikehold."));
        Files.writeString(dir.resolve("b-2020.txt"), page("Oppvekst skole", 2020,
                "gi alle barn en trygg og god oppvekst.", "Ny ungdomsskole på Eik er tatt i bruk.",
                "Lærerdekningen i ungdomsskolen er for svak."));
        String[] args = new String[extra.length + 2];
        args[0] = "analyze";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[args.length - 1] = dir.toString();
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out()).get("sectorAlignments");
    }

    @Test
    void renamedSectorIsJoinedWhenTheUserSaysSo() throws IOException {
        assertEquals(2, alignments().size(), "different names and content: two sectors");
        JsonNode joined = alignments("--sector", "Grunnskoleopplæring=Oppvekst skole");
        assertEquals(1, joined.size(), joined.toString());
        assertEquals(2, joined.get(0).get("names").size());
        assertTrue(joined.toString().contains("Grunnskoleopplæring"));
    }

    // Two years of one school sector under two names, with different content apart from one
    // challenge and one indicator restated in both years; made-up text and figures.
    private Path renamedSchoolSector() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("s"));
        ObjectMapper json = new ObjectMapper();
        Files.writeString(dir.resolve("a-2019.json"), json.writeValueAsString(java.util.Map.of("municipality",
                "Eksempelvik", "year", 2019, "text", page("Grunnskoleopplæring", 2019,
                        "sikre elevenes faglige utbytte.",
                        "Andelen elever med spesialundervisning gikk ned til 6,4 prosent i 2019.",
                        "Skolebyggene trenger omfattende vedlikehold."))));
        Files.writeString(dir.resolve("b-2020.json"), json.writeValueAsString(java.util.Map.of("municipality",
                "Eksempelvik", "year", 2020, "text", page("Oppvekst skole", 2020,
                        "gi alle barn en trygg og god oppvekst.",
                        "Andelen elever med spesialundervisning gikk ned til 5,3 prosent i 2020.",
                        "Skolebyggene trenger omfattende vedlikehold."))));
        return dir;
    }

    private Path table() throws IOException {
        return Files.writeString(tmp.resolve("nokkeltall.csv"), """
                "region";"statistikkvariabel";"år";"verdi"
                "Eksempelvik";"Andel elever med spesialundervisning (prosent)";"2019";6,4
                "Eksempelvik";"Andel elever med spesialundervisning (prosent)";"2020";5,3
                """);
    }

    private static java.util.Set<String> sectors(JsonNode root, String field) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        root.get(field).forEach(n -> out.add(n.get("sector").asText()));
        return out;
    }

    @Test
    void anOverrideMovesChallengesIndicatorsAndKeyFiguresTogether() throws IOException {
        Path reports = renamedSchoolSector();
        Path table = table();
        String[] files = {reports.resolve("a-2019.json").toString(), reports.resolve("b-2020.json").toString()};
        // Mapping each name to itself keeps the sectors apart: everything splits.
        CliRunner apart = CliRunner.run("analyze", "--sector", "Grunnskoleopplæring=Grunnskoleopplæring",
                "--sector", "Oppvekst skole=Oppvekst skole", "--table", table.toString(), files[0], files[1]);
        assertEquals(0, apart.status(), apart.err());
        JsonNode before = new ObjectMapper().readTree(apart.out());
        assertEquals(2, before.get("sectorAlignments").size(), before.get("sectorAlignments").toString());
        assertEquals(0, before.get("recurringChallenges").size());
        assertEquals(java.util.Set.of("Grunnskoleopplæring", "Oppvekst skole"), sectors(before, "indicators"));
        assertEquals(java.util.Set.of("Grunnskoleopplæring", "Oppvekst skole"), sectors(before, "proseVsTables"));

        CliRunner merged = CliRunner.run("analyze", "--sector", "Grunnskoleopplæring=Oppvekst skole",
                "--table", table.toString(), files[0], files[1]);
        assertEquals(0, merged.status(), merged.err());
        JsonNode after = new ObjectMapper().readTree(merged.out());
        assertEquals(1, after.get("sectorAlignments").size());
        assertEquals(java.util.Set.of("Oppvekst skole"), sectors(after, "recurringChallenges"));
        assertEquals(java.util.Set.of("Oppvekst skole"), sectors(after, "themeDiffs"));
        assertEquals(java.util.Set.of("Oppvekst skole"), sectors(after, "indicators"));
        assertEquals(java.util.Set.of("Oppvekst skole"), sectors(after, "proseVsTables"));
        JsonNode series = after.get("indicators").get(0);
        assertEquals(2, series.get("points").size(), series.toString());
        assertEquals(2, after.get("proseVsTables").get(0).get("years").size());

        // The library gives the same from the same options.
        java.util.List<no.trendspor.model.ReportDocument> docs = new no.trendspor.io.ReportLoader()
                .load(java.util.List.of(Path.of(files[0]), Path.of(files[1])));
        no.trendspor.match.AnalysisOptions options = no.trendspor.match.AnalysisOptions.defaults()
                .withSectorOverrides(java.util.Map.of("Grunnskoleopplæring", "Oppvekst skole"));
        no.trendspor.report.TrendReport report = no.trendspor.Trendspor.withKeyFigures(
                no.trendspor.Trendspor.analyzeDocuments(docs, options), java.util.List.of(table), options);
        assertEquals(1, report.recurringChallenges().size());
        assertEquals("Oppvekst skole", report.recurringChallenges().get(0).sector());
        assertEquals(java.util.List.of("Oppvekst skole"),
                report.indicators().stream().map(no.trendspor.indicators.IndicatorSeries::sector).distinct().toList());
        assertEquals(java.util.List.of("Oppvekst skole"), report.keyFigures().comparisons().stream()
                .map(no.trendspor.keyfigures.SideBySide::sector).distinct().toList());
        assertEquals(merged.out(), report.toJson());
    }
}
