package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import no.trendspor.model.ReportDocument;

/** Test helpers: where the shared data lies, and the lossless check. */
final class TestData {

    private TestData() {
    }

    /** {@code /work/shared} as seen from the repository root. */
    static Path shared() {
        return Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared").normalize();
    }

    static boolean sharedPresent(String sub) {
        return Files.isDirectory(shared().resolve(sub));
    }

    /** Splits like the parser: CRLF, CR or LF; a final line break starts no new line. */
    static String[] lines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > 0 && lines[lines.length - 1].isEmpty()) {
            return java.util.Arrays.copyOf(lines, lines.length - 1);
        }
        return lines;
    }

    /** Asserts that every non-blank line of {@code text} is accounted for in {@code doc}. */
    static void assertLossless(String text, ReportDocument doc) {
        String[] lines = lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        BitSet seen = doc.accountedLines();
        assertTrue(doc.lineCount() == lines.length, () -> doc.source() + ": lineCount " + doc.lineCount()
                + " but " + lines.length + " lines");
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (!lines[i].isBlank()) {
                assertTrue(seen.get(line), () -> doc.source() + ": line " + line + " lost: " + lines[line - 1]);
            }
        }
    }
}
