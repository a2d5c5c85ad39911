package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** Example behaviour of the layout reading: columns, wrapped headings, list items, hyphenation, limits. */
class LayoutReadingTest {

    private static final List<String> HEADINGS = List.of("Viktige resultater og innsatser i 2018", "Utfordringer fremover");

    private static PdfText seedIn(Typesetter.Variant variant) {
        String text = TypesetRoundTrip.typesettable(new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8));
        ReportDocument parsed = new ReportParser().parse("seed-2018.txt", text, IngestHints.NONE);
        byte[] pdf = Typesetter.typeset(Typesetter.paragraphs(text, parsed), variant, "Årsrapport 2018", "15.03.2019").pdf();
        return new PdfTextExtractor().extract("seed-2018.pdf", pdf);
    }

    @Test
    void twoColumnsAreReadOneAfterTheOtherWithWrappedLinesJoined() {
        PdfText read = seedIn(Typesetter.VARIANTS.get(1)); // two columns, drawn markers, hyphenated
        List<String> lines = read.text().lines().filter(l -> !l.isBlank()).toList();
        // the section headings stand alone, each on one line, twice (two sectors)
        for (String h : HEADINGS) {
            assertEquals(2, lines.stream().filter(h::equals).count(), h + " in\n" + read.text());
        }
        // drawn markers come back as "•" items, one line per item however it wrapped
        assertTrue(lines.stream().anyMatch(l -> l.equals("• Gjennomført omfattende omstilling i PP-tjenesten.")), read.text());
        long items = lines.stream().filter(l -> l.startsWith("• ")).count();
        long inText = new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8).lines()
                .filter(l -> l.strip().startsWith("•")).count();
        assertEquals(inText, items, read.text());
        // provenance: an item wrapped over printed lines keeps all of them, in one column or across two
        for (int n = 1; n <= read.lines().size(); n++) {
            List<PrintedLine> parts = read.printedLines(n);
            if (read.origin(n).text().startsWith("• Tilpasset undervisning")) {
                assertTrue(parts.size() >= 2, parts.toString());
            }
        }
    }

    @Test
    void aHeadingWrappedInANarrowColumnIsOneLine() {
        PdfText read = seedIn(Typesetter.VARIANTS.get(3)); // three columns: the results heading wraps
        assertTrue(read.text().lines().anyMatch(HEADINGS.get(0)::equals), read.text());
        boolean wrapped = false;
        for (int n = 1; n <= read.lines().size(); n++) {
            wrapped |= read.origin(n).text().equals(HEADINGS.get(0)) && read.printedLines(n).size() > 1;
        }
        assertTrue(wrapped, "the heading was set on more than one printed line");
    }

    @Test
    void hyphenatedLineEndsAreJoinedAsTheTextIngestJoinsThem() {
        assertEquals("barnehagen", join("barne-", "hagen", Set.of()));
        assertEquals("barne- og ungdomsskole", join("barne-", "og ungdomsskole", Set.of()));
        assertEquals("PP-tjenesten", join("PP-", "tjenesten", Set.of()));
        assertEquals("2018-2020", join("2018-", "2020", Set.of()));
        assertEquals("e-post", join("e-", "post", Set.of("e-post")));
        assertEquals("slutt. Neste", join("slutt.", "Neste", Set.of()));
        assertEquals("avsnitt", join("av\u00ADsnitt".substring(0, 3), "snitt", Set.of()));
    }

    private static String join(String line, String next, Set<String> hyphenated) {
        StringBuilder sb = new StringBuilder(line);
        Paragraphs.join(sb, next, hyphenated);
        return sb.toString();
    }

    @Test
    void aPageTreeBeyondTheLimitIsRefusedNamingTheFile() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            pages.add(List.of("Side med tekst " + p));
        }
        byte[] pdf = TestPdfs.pdf(pages);
        InputException e = assertThrows(InputException.class, () -> new PdfTextExtractor(2).extract("stor.pdf", pdf));
        assertEquals("stor.pdf: the page tree claims 3 pages; more than 2 are not read", e.getMessage());
        assertEquals(3, new PdfTextExtractor(3).extract("stor.pdf", pdf).pageCount());
        assertThrows(IllegalArgumentException.class, () -> new PdfTextExtractor(0));
    }
}
