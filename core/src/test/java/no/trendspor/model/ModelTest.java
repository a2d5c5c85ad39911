package no.trendspor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import no.trendspor.ingest.InputException;
import org.junit.jupiter.api.Test;

/** The small behaviours of the model values that reports and checks rely on. */
class ModelTest {

    @Test
    void lineSpansContainTheirEndsAndSortByFirstThenLast() {
        LineSpan span = new LineSpan(3, 5);
        assertTrue(span.contains(3) && span.contains(5));
        assertFalse(span.contains(2) || span.contains(6));
        assertEquals(3, span.length());
        List<LineSpan> spans = new ArrayList<>(List.of(new LineSpan(4, 9), new LineSpan(3, 7), new LineSpan(3, 5)));
        spans.sort(null);
        assertEquals(List.of(new LineSpan(3, 5), new LineSpan(3, 7), new LineSpan(4, 9)), spans);
        assertTrue(new LineSpan(3, 5).compareTo(new LineSpan(3, 5)) == 0);
        assertEquals("line 4", LineSpan.of(4).toString());
        assertEquals("lines 3-5", span.toString());
    }

    @Test
    void inputExceptionsNameTheLineOnlyWhenThereIsOne() {
        assertEquals("a.txt:1: bad", new InputException("a.txt", 1, "bad").getMessage());
        assertEquals("a.txt: bad", new InputException("a.txt", 0, "bad").getMessage());
        assertEquals(1, new InputException("a.txt", 1, "bad").line());
        assertEquals("a.txt", new InputException("a.txt", 0, "bad").source());
    }

    private static ReportDocument document() {
        Statement s1 = new Statement("id1", SectionKind.RESULT, null, "Ett.", "Ett.", new LineSpan(2, 3), List.of());
        Statement s2 = new Statement("id2", SectionKind.CHALLENGE, null, "To.", "To.", LineSpan.of(5), List.of());
        Sector skole = new Sector("Skole", Sector.NameSource.HEADING, List.of(s1));
        Sector kultur = new Sector("Kultur", Sector.NameSource.HEADING, List.of(s2));
        return new ReportDocument("r.txt", 2024, ReportDocument.YearSource.TITLE, "Storvik", List.of(skole, kultur),
                List.of(new Heading("Skole", 1, Heading.Kind.SECTOR)),
                List.of(new Unclassified("bilde", new LineSpan(7, 8), "caption")), List.of(), 9);
    }

    @Test
    void accountedLinesCoverStatementsHeadingsAndUnclassifiedInclusively() {
        BitSet seen = document().accountedLines();
        BitSet want = new BitSet();
        for (int line : new int[] {1, 2, 3, 5, 7, 8}) {
            want.set(line);
        }
        assertEquals(want, seen);
    }

    @Test
    void sectorsAreFoundByNameIgnoringCaseAndStatementsKeepSourceOrder() {
        ReportDocument doc = document();
        assertEquals("Kultur", doc.sector("KULTUR").orElseThrow().name());
        assertTrue(doc.sector("Helse").isEmpty());
        assertEquals(List.of("id1", "id2"), doc.statements().stream().map(Statement::id).toList());
        assertEquals("ReportDocument r.txt (2024, Storvik): 2 sectors, 2 statements, 1 unclassified", doc.toString());
        ReportDocument unnamed = new ReportDocument("r.txt", 2024, ReportDocument.YearSource.TITLE, null, List.of(),
                List.of(), List.of(), List.of(), 1);
        assertTrue(unnamed.toString().startsWith("ReportDocument r.txt (2024): 0 sectors"), unnamed.toString());
    }

    @org.junit.jupiter.api.Test
    void repeatedRepairsAreMergedInFirstAppearanceOrderWithTheirCounts() {
        Repair a = new Repair("ligature-split", "ti l", "til", 3, "why");
        Repair b = new Repair("hyphenation", "ut- vikling", "utvikling", 4, "because");
        Repair a2 = new Repair("ligature-split", "ti l", "til", 5, "why");
        Repair otherEvidence = new Repair("ligature-split", "ti l", "til", 6, "other reason");
        java.util.List<Repair> merged = Repair.merged(java.util.List.of(a, b, a2, otherEvidence, a));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                new Repair("ligature-split", "ti l", "til", 3, "why", 3), b, otherEvidence), merged);
        Statement st = new Statement("id", SectionKind.RESULT, null, "til til", "ti l ti l", LineSpan.of(3),
                java.util.List.of(a, a2));
        org.junit.jupiter.api.Assertions.assertEquals(1, st.repairs().size());
        org.junit.jupiter.api.Assertions.assertEquals(2, st.repairs().get(0).count());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Repair("k", "a", "b", 1, "e", 0));
    }

    @org.junit.jupiter.api.Test
    void anInputExceptionIsOneLineWhateverItQuotes() {
        InputException e = new InputException("t.csv", 2, "'to\nlinjer\r\u2028\u0007' is odd");
        assertEquals("t.csv:2: 'to\\nlinjer\\r\\u2028\\u0007' is odd", e.getMessage());
        assertEquals("t.csv: fine", new InputException("t.csv", 0, "fine").getMessage());
    }
}
