package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.trendspor.ingest.block.RepeatedPassages;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Unclassified;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;

/** A file of the same report pages many times over reads as the pages once, with nothing lost. */
class RepeatedPagesTest {

    private final ReportParser parser = new ReportParser();

    /** A seed as a page that ends with a line break. */
    private static String page(String seed) {
        String s = new String(Seeds.bytes(seed), StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s : s + "\n";
    }

    @Test
    void aPageRepeatedManyTimesGivesTheStatementsOfOnePage() {
        String page = page(Seeds.BAERUM_2018);
        String text = page.repeat(40);
        ReportDocument once = parser.parse("baerum-2018.txt", page, IngestHints.NONE);
        ReportDocument many = parser.parse("baerum-2018.txt", text, IngestHints.NONE);
        assertEquals(once.sectors(), many.sectors());
        assertEquals(once.headings(), many.headings());
        List<Unclassified> repeats = many.unclassified().stream()
                .filter(u -> u.reason().equals(RepeatedPassages.REASON)).toList();
        int pageLines = (int) page.lines().count();
        assertEquals(1, repeats.size());
        assertEquals(40 * pageLines, repeats.get(0).lines().last());
        assertEquals(40 * pageLines, many.lineCount());
        TestData.assertLossless(text, many);
    }

    /** Memory grows with the distinct text: documents read by one parser share their equal statement texts. */
    @Test
    void documentsReadByOneParserHoldEqualStatementTextsOnce() {
        String page = page(Seeds.BAERUM_2018);
        ReportDocument first = parser.parse("baerum-2018.txt", page, IngestHints.NONE);
        ReportDocument again = parser.parse("kopi/baerum-2018.txt", page, IngestHints.NONE);
        List<no.trendspor.model.Statement> a = first.statements();
        List<no.trendspor.model.Statement> b = again.statements();
        assertEquals(a.size(), b.size());
        assertTrue(!a.isEmpty());
        for (int i = 0; i < a.size(); i++) {
            org.junit.jupiter.api.Assertions.assertSame(a.get(i).text(), b.get(i).text());
            org.junit.jupiter.api.Assertions.assertSame(a.get(i).originalText(), b.get(i).originalText());
        }
    }

    @Test
    void twoPagesRepeatedInTurnAreEachKeptOnce() {
        String a = page(Seeds.BAERUM_2018);
        String b = page(Seeds.BAERUM_2020);
        String text = (a + b).repeat(5);
        ReportDocument doc = parser.parse("baerum-2018.txt", text, IngestHints.NONE);
        ReportDocument once = parser.parse("baerum-2018.txt", a + b, IngestHints.NONE);
        assertEquals(once.sectors(), doc.sectors());
        TestData.assertLossless(text, doc);
    }

    /**
     * Streamed from a source that is never held whole: 2 000 copies of a page (9 MB) read through
     * an InputStream; the document holds one page's statements and accounts for every line.
     */
    @Test
    void aLongStreamOfRepeatedPagesIsReadLineByLine() {
        byte[] page = page(Seeds.BAERUM_2018).getBytes(StandardCharsets.UTF_8);
        int copies = 2_000;
        InputStream in = new SequenceInputStream(Collections.enumeration(
                IntStream.range(0, copies).mapToObj(i -> (InputStream) new java.io.ByteArrayInputStream(page))
                        .collect(Collectors.toList())));
        ReportDocument doc = parser.parse("baerum-2018.txt", in, IngestHints.NONE);
        ReportDocument once = parser.parse("baerum-2018.txt", page, IngestHints.NONE);
        assertEquals(once.statements(), doc.statements());
        int pageLines = (int) new String(page, StandardCharsets.UTF_8).lines().count();
        Unclassified last = doc.unclassified().get(doc.unclassified().size() - 1);
        assertEquals(new LineSpan(pageLines + 1, copies * pageLines), last.lines());
        assertTrue(last.text().startsWith((copies - 1) + " passages in a row"), last.text());
    }
}
