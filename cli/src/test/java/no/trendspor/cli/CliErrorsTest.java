package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage and bad paths give one readable line on stderr and a documented status. */
class CliErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void versionNamesTheProject() {
        CliRunner r = CliRunner.run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("trendspor "), r.out());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRunner r = CliRunner.run();
        assertEquals(Main.USAGE_ERROR, r.status());
        assertTrue(r.err().startsWith("trendspor: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingPathNamesThePath() {
        Path missing = tmp.resolve("does-not-exist.txt");
        CliRunner r = CliRunner.run("analyze", missing.toString());
        assertEquals(Main.INPUT_ERROR, r.status());
        assertEquals("trendspor: " + missing + ": no such file or directory", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void directoryWithoutTextFilesIsAnInputError() throws IOException {
        Files.writeString(tmp.resolve("notes.md"), "nothing here");
        CliRunner r = CliRunner.run("analyze", tmp.toString());
        assertEquals(Main.INPUT_ERROR, r.status());
        assertTrue(r.err().contains("holds no report files (.txt, .json, .pdf)"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-2018.txt"), "x");
        CliRunner r = CliRunner.run("analyze", "--format", "xml", file.toString());
        assertEquals(Main.USAGE_ERROR, r.status());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void outIntoMissingDirectoryFailsBeforeAnyWork() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-2018.txt"), "x");
        Path out = tmp.resolve("missing/report.json");
        CliRunner r = CliRunner.run("analyze", "--out", out.toString(), file.toString());
        assertEquals(Main.OUTPUT_ERROR, r.status());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void outOntoAnInputFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-2018.txt"), "keep me");
        CliRunner r = CliRunner.run("analyze", "--out", file.toString(), file.toString());
        assertEquals(Main.OUTPUT_ERROR, r.status());
        assertEquals("keep me", Files.readString(file));
    }
}
