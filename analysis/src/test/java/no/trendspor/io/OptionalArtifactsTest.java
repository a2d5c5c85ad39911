package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.ingest.InputException;
import no.trendspor.report.TrendReport;
import no.trendspor.spi.KeyFigureReader;
import no.trendspor.spi.Providers;
import no.trendspor.spi.ReportFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library alone (this module's class path has neither trendspor-pdf nor trendspor-tables):
 * a PDF or a key-figure table is refused in one line that names the file and the artifact to add.
 */
class OptionalArtifactsTest {

    @TempDir
    Path tmp;

    @Test
    void noProvidersOnTheLibrarysOwnClassPath() {
        assertEquals(List.of(), Providers.of(ReportFileReader.class));
        assertEquals(List.of(), Providers.of(KeyFigureReader.class));
    }

    @Test
    void aPdfNamesTheArtifactThatReadsIt() throws IOException {
        Path pdf = Files.write(tmp.resolve("rapport-2019.pdf"), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        InputException e = assertThrows(InputException.class, () -> Trendspor.analyze(pdf));
        assertEquals(pdf.toString(), e.source());
        assertTrue(e.getMessage().contains("no.trendspor:trendspor-pdf"), e.getMessage());
    }

    @Test
    void aTableNamesTheArtifactThatReadsIt() throws IOException {
        Path table = Files.writeString(tmp.resolve("nokkeltall.csv"), "\"region\";\"år\";\"verdi\"\n");
        TrendReport report = Trendspor.analyzeSeeds();
        InputException e = assertThrows(InputException.class, () -> Trendspor.withKeyFigures(report, List.of(table)));
        assertEquals(table.toString(), e.source());
        assertTrue(e.getMessage().contains("no.trendspor:trendspor-tables"), e.getMessage());
    }
}
