package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report pages saved as JSON (text plus what the catalogue says of the page) are read with hints. */
class ReportLoaderJsonPageTest {

    @TempDir
    Path tmp;

    @Test
    void catalogueFieldsFillWhatTheTextDoesNotSay() throws IOException {
        // A page that names neither its year in a heading nor its municipality.
        Path page = Files.writeString(tmp.resolve("page.json"), """
                {"municipality": "Eksempelvik", "year": 2019, "sector": "Kultur",
                 "text": "Viktige resultater og innsatser\\n\\n • Biblioteket er pusset opp.\\n\\nUtfordringer fremover\\n\\n • Flere besøkende krever lengre åpningstider.\\n"}
                """);
        ReportDocument doc = new ReportLoader().load(List.of(page)).get(0);
        assertEquals(2019, doc.year());
        assertEquals("Eksempelvik", doc.municipality());
        assertEquals("Kultur", doc.sectors().get(0).name());
        assertEquals(1, doc.sectors().get(0).statements(SectionKind.CHALLENGE).size());
    }

    @Test
    void jsonWithoutPageTextIsRefusedByName() throws IOException {
        Path notAPage = Files.writeString(tmp.resolve("gold.json"), "{\"chain\": \"x\"}");
        InputException e = assertThrows(InputException.class, () -> new ReportLoader().load(List.of(notAPage)));
        assertTrue(e.getMessage().startsWith(notAPage + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("\"text\""), e.getMessage());
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"text\": ");
        InputException e2 = assertThrows(InputException.class, () -> new ReportLoader().load(List.of(broken)));
        assertTrue(e2.getMessage().contains("not readable JSON"), e2.getMessage());
    }
}
