package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key-figure table given with the reports is set beside the indicators the prose states. */
class AnalyzeWithTablesTest {

    // Made-up figures in SSB's long CSV layout, under Bærum's pre-2020 number.
    private static final String CSV = """
            "region";"statistikkvariabel";"år";"verdi"
            "0219 Bærum (-2019)";"Andel elever med spesialundervisning (prosent)";"2015";7,2
            "3024 Bærum";"Andel elever med spesialundervisning (prosent)";"2018";5,1
            """;

    @TempDir
    Path tmp;

    @Test
    void tableAndProseAreComparedAndTheDisagreementFlagged() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.write(seeds.resolve(Seeds.BAERUM_2018), Seeds.bytes(Seeds.BAERUM_2018));
        Path table = Files.writeString(tmp.resolve("spesialundervisning.csv"), CSV);

        CliRunner r = CliRunner.run("analyze", "--table", table.toString(), seeds.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode tables = root.get("keyFigureTables");
        assertEquals(1, tables.size(), "0219 and 3024 are one municipality: one series");
        JsonNode comparisons = root.get("proseVsTables");
        assertEquals(1, comparisons.size(), comparisons.toString());
        JsonNode c = comparisons.get(0);
        assertTrue(c.get("disagreement").asBoolean());
        assertEquals(2015, c.get("years").get(0).get("year").asInt());
        assertTrue(c.get("years").get(0).get("agree").asBoolean());
        assertEquals(4.7, c.get("years").get(1).get("prose").asDouble());
        assertEquals(5.1, c.get("years").get(1).get("table").asDouble());

        CliRunner md = CliRunner.run("analyze", "--format", "markdown", "--table", table.toString(), seeds.toString());
        assertTrue(md.out().contains("Key-figure tables beside the prose"), md.out());
        assertTrue(md.out().contains("⚠ disagree"));

        CliRunner html = CliRunner.run("analyze", "--format", "html", "--table", table.toString(), seeds.toString());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.out());
        assertEquals(1, page.select("#key-figures").size());
        assertTrue(page.select("#key-figures td").eachText().contains("⚠ disagree"));
    }

    @Test
    void unreadableTableNamesTheFileAndLine() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.write(seeds.resolve(Seeds.BAERUM_2018), Seeds.bytes(Seeds.BAERUM_2018));
        Path table = Files.writeString(tmp.resolve("bad.csv"), "\"region\";\"år\";\"verdi\"\n\"0219 Bærum\";\"2018\";abc\n");
        CliRunner r = CliRunner.run("analyze", "--table", table.toString(), seeds.toString());
        assertEquals(Main.INPUT_ERROR, r.status(), r.err());
        assertTrue(r.err().startsWith("trendspor: " + table), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
