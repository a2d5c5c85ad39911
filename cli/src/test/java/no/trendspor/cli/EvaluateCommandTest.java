package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final Path SHARED = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared");

    @Test
    void evaluatesTheIngestAgainstTheGold() {
        assumeTrue(Files.isDirectory(SHARED.resolve("gold")), "no ../shared/gold on this machine");
        CliRunner r = CliRunner.run("evaluate", "--gold", SHARED.resolve("gold").toString(),
                "--corpus", SHARED.resolve("corpus").toString(), "--seeds", SHARED.resolve("seeds").toString());
        assertEquals(0, r.status(), r.err());
        Matcher found = Pattern.compile("gold statements found in the documents: (\\d+) of (\\d+)").matcher(r.out());
        assertTrue(found.find(), r.out());
        assertEquals(found.group(2), found.group(1), "every gold statement is extracted");
        Matcher f1 = Pattern.compile("trendspor \\(threshold [0-9.]+, stemmer \\w+\\): P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)")
                .matcher(r.out());
        assertTrue(f1.find(), r.out());
        Matcher baseline = Pattern.compile("baseline Jaccard \\(threshold [0-9.]+\\): P=[0-9.]+ R=[0-9.]+ F1=([0-9.]+)")
                .matcher(r.out());
        assertTrue(baseline.find(), r.out());
        assertTrue(Double.parseDouble(f1.group(3)) > Double.parseDouble(baseline.group(1)),
                "the matcher beats the word-overlap baseline");
    }

    @Test
    void missingGoldFolderIsAnInputError(@TempDir Path tmp) {
        CliRunner r = CliRunner.run("evaluate", "--gold", tmp.resolve("nope").toString());
        assertEquals(Main.INPUT_ERROR, r.status());
        assertTrue(r.err().contains("no gold folder"), r.err());
    }
}
