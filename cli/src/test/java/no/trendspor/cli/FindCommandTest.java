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

class FindCommandTest {

    @TempDir
    Path tmp;

    private Path seeds() throws IOException {
        for (String name : Seeds.names()) {
            Files.write(tmp.resolve(name), Seeds.bytes(name));
        }
        return tmp;
    }

    @Test
    void recruitmentOfHealthNursesIsFoundInBothYearsFirst() throws IOException {
        CliRunner r = CliRunner.run("find", "--format", "json", "-n", "3", "rekruttering av helsesykepleiere",
                seeds().toString());
        assertEquals(0, r.status(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("rekruttering av helsesykepleiere", root.get("query").asText());
        JsonNode hits = root.get("hits");
        assertEquals(3, hits.size());
        // The two statements that name the recruitment of helsesykepleiere rank above everything else.
        assertTrue(hits.get(0).get("text").asText().toLowerCase().contains("helsesykepleiere"));
        assertTrue(hits.get(1).get("text").asText().toLowerCase().contains("helsesykepleiere"));
        assertEquals(java.util.Set.of(2018, 2020),
                java.util.Set.of(hits.get(0).get("year").asInt(), hits.get(1).get("year").asInt()));
        assertTrue(hits.get(0).get("score").asDouble() >= hits.get(1).get("score").asDouble());
    }

    @Test
    void outputIsDeterministic() throws IOException {
        Path dir = seeds();
        String a = CliRunner.run("find", "--format", "json", "psykisk helse", dir.toString()).out();
        String b = CliRunner.run("find", "--format", "json", "psykisk helse", dir.toString()).out();
        assertEquals(a, b);
    }

    @Test
    void zeroLimitIsAUsageError() throws IOException {
        CliRunner r = CliRunner.run("find", "-n", "0", "x", seeds().toString());
        assertEquals(Main.USAGE_ERROR, r.status());
        assertTrue(r.err().contains("--limit"), r.err());
    }
}
