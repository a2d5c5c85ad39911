package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.ingest.InputException;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With this artifact on the class path, the library's facade reads PDFs (found through
 * ServiceLoader): a report as PDF gives the same sectors and statements as the same report as text.
 */
class PdfAnalyzeTest {

    @Test
    void serviceLoaderFindsTheReader() {
        assertEquals(List.of(PdfReportReader.class), no.trendspor.spi.Providers.of(no.trendspor.spi.ReportFileReader.class)
                .stream().map(Object::getClass).toList());
    }

    @TempDir
    Path tmp;

    @Test
    void seedTypesetAsPdfParsesLikeTheText() throws IOException {
        String text = new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8);
        List<String> lines = text.lines().map(l -> l.replace('\u00a0', ' ')).toList();
        Path pdf = Files.write(tmp.resolve("baerum-2018.pdf"), TestPdfs.pdf(List.of(lines)));
        Path txt = Files.write(tmp.resolve("baerum-2018.txt"), Seeds.bytes(Seeds.BAERUM_2018));

        ReportDocument fromPdf = Trendspor.analyze(pdf).documents().get(0);
        ReportDocument fromText = Trendspor.analyze(txt).documents().get(0);

        assertEquals(fromText.year(), fromPdf.year());
        assertEquals(fromText.sectors().stream().map(Sector::name).toList(),
                fromPdf.sectors().stream().map(Sector::name).toList());
        for (int i = 0; i < fromText.sectors().size(); i++) {
            for (SectionKind kind : List.of(SectionKind.RESULT, SectionKind.CHALLENGE)) {
                assertEquals(fromText.sectors().get(i).statements(kind).size(),
                        fromPdf.sectors().get(i).statements(kind).size(), kind + " in sector " + i);
            }
        }
        assertTrue(fromPdf.warnings().stream().anyMatch(w -> w.code().equals("pdf-text")));
    }

    @Test
    void scannedPdfAsksForOcr() throws IOException {
        Path pdf = Files.write(tmp.resolve("scan-2019.pdf"), TestPdfs.imageOnly(2));
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> Trendspor.analyze(pdf));
        assertTrue(e.getMessage().contains("run OCR first"), e.getMessage());
        assertTrue(e.getMessage().contains("scan-2019.pdf"), e.getMessage());
    }
}
