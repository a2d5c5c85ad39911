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

    private InputException refused(String json) throws IOException {
        Path page = Files.writeString(tmp.resolve("side.json"), json);
        return assertThrows(InputException.class, () -> new ReportLoader().load(List.of(page)));
    }

    private static final String TEXT = "\"text\": \"Viktige resultater og innsatser\\n\\n • Biblioteket er pusset opp.\\n\"";

    /** Issue 19: strict JSON pages, a year checked as a year read from the text is. */
    @Test
    void duplicateKeysAndTrailingTextAreErrors() throws IOException {
        InputException dup = refused("{" + TEXT + ",\n \"year\": 2018, \"year\": 2019}");
        assertEquals(tmp.resolve("side.json") + ":2: not readable JSON (the key 'year' appears twice in one object)",
                dup.getMessage());
        InputException trailing = refused("{" + TEXT + ", \"year\": 2018}\n{\"text\": \"a second page\"}");
        assertEquals(tmp.resolve("side.json") + ":2: not readable JSON (more text after the end of the document)",
                trailing.getMessage());
        InputException garbage = refused("{" + TEXT + ", \"year\": 2018} garbage");
        assertTrue(garbage.getMessage().contains("not readable JSON"), garbage.getMessage());
    }

    @Test
    void yearMustBeAWholeNumberFrom1990To2100() throws IOException {
        assertEquals(tmp.resolve("side.json") + ": \"year\" -2018 is not a year from 1990 to 2100",
                refused("{" + TEXT + ", \"year\": -2018}").getMessage());
        assertEquals(tmp.resolve("side.json") + ": \"year\" 20180 is not a year from 1990 to 2100",
                refused("{" + TEXT + ", \"year\": 20180}").getMessage());
        assertEquals(tmp.resolve("side.json") + ": \"year\" must be a whole number (or a string of digits) from 1990 to 2100,"
                + " not 2018.5", refused("{" + TEXT + ", \"year\": 2018.5}").getMessage());
        assertEquals(tmp.resolve("side.json") + ": \"year\" must be a whole number (or a string of digits) from 1990 to 2100,"
                + " not \"to tusen atten\"", refused("{" + TEXT + ", \"year\": \"to tusen atten\"}").getMessage());
        assertEquals(tmp.resolve("side.json") + ": \"municipality\" must be a string, not number",
                refused("{" + TEXT + ", \"year\": 2018, \"municipality\": 5}").getMessage());
    }

    @Test
    void aYearGivenAsAStringOfDigitsIsRead() throws IOException {
        Path page = Files.writeString(tmp.resolve("side.json"), "{" + TEXT + ", \"year\": \"2018\", \"sector\": \"Kultur\"}");
        assertEquals(2018, new ReportLoader().load(List.of(page)).get(0).year());
    }
}
