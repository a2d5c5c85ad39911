package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --decisions FILE}: the keys of the JSON report in a decisions file, read back. */
class DecisionsCliTest {

    @TempDir
    Path tmp;

    @Test
    void aConfirmedPossibleLinkBecomesALinkAndTheReportSaysSo() throws IOException {
        Path seeds = CliRunner.seedsFolder(tmp);
        CliRunner first = CliRunner.run("analyze", seeds.toString());
        assertEquals(0, first.status(), first.err());
        JsonNode before = new ObjectMapper().readTree(first.out());
        JsonNode possible = before.get("possibleLinks").get(0);
        int recurring = before.get("recurringChallenges").size();
        // no word knowledge unless asked for, and the report says so
        assertTrue(before.get("wordKnowledge").get("hunspell").isNull(), before.get("wordKnowledge")::toString);
        assertFalse(before.get("wordKnowledge").get("publicSectorList").asBoolean());
        assertTrue(before.get("documents").get(0).get("sectors").get(0).get("statements").get(0).has("key"));

        Path decisions = Files.writeString(tmp.resolve("decisions.txt"), "confirm " + possible.get("fromKey").asText()
                + " -> " + possible.get("toKey").asText() + "\n");
        CliRunner second = CliRunner.run("analyze", "--decisions", decisions.toString(), seeds.toString());
        assertEquals(0, second.status(), second.err());
        JsonNode after = new ObjectMapper().readTree(second.out());
        assertEquals("applied", after.get("decisions").get(0).get("status").asText(), after.get("decisions")::toString);
        assertEquals(before.get("documents"), after.get("documents"));
        assertTrue(after.get("recurringChallenges").size() >= recurring);
        boolean joined = false;
        for (JsonNode rc : after.get("recurringChallenges")) {
            String ids = rc.get("occurrences").toString();
            joined |= ids.contains(possible.get("fromStatementId").asText())
                    && ids.contains(possible.get("toStatementId").asText());
        }
        assertTrue(joined, after.get("recurringChallenges")::toString);

        CliRunner md = CliRunner.run("analyze", "-f", "markdown", "--decisions", decisions.toString(),
                seeds.toString());
        assertTrue(md.out().contains("## Analyst decisions"), md.out());
    }

    @Test
    void aBadDecisionsFileIsOneReadableError() throws IOException {
        Path seeds = CliRunner.seedsFolder(tmp);
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "# fine\nlink a -> b\n");
        CliRunner r = CliRunner.run("analyze", "--decisions", bad.toString(), seeds.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("bad.txt:2: unknown decision 'link'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().isEmpty());
    }
}
