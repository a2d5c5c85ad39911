package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.trendspor.model.Repair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import org.junit.jupiter.api.Test;

/** Edges of the whole pipeline: exact limits, line ends, runs of several documents, line numbers of repairs. */
class ReportParserEdgeTest {

    private static final String HEAD = "Skole\nSkole skal gi gode tjenester til alle elever.\nViktige resultater og innsatser i 2024\n";
    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String text) {
        return parser.parse("e.txt", text, IngestHints.NONE);
    }

    private static List<String> results(ReportDocument doc) {
        return doc.statements().stream().filter(s -> s.section() == SectionKind.RESULT).map(Statement::text).toList();
    }

    @Test
    void aLineOfExactlyTheMaximumLengthIsAccepted() {
        String token = "x".repeat(Limits.MAX_LINE_LENGTH - 3);
        assertEquals(List.of(token), results(parse(HEAD + " • " + token)));
    }

    @Test
    void oneLineMoreThanTheMaximumIsRefusedNamingThatLine() {
        String text = "a\n".repeat(Limits.MAX_LINES) + "b\n";
        InputException e = assertThrows(InputException.class, () -> parse(text));
        assertEquals(Limits.MAX_LINES + 1, e.line());
        assertEquals("e.txt:" + (Limits.MAX_LINES + 1) + ": more than " + Limits.MAX_LINES
                + " lines (not counting passages that repeat earlier text)", e.getMessage());
    }

    @Test
    void aFinalCarriageReturnEndsTheLastLineWithoutStartingAnother() {
        ReportDocument doc = parse(HEAD.replace("\n", "\r\n") + " • Første.\r\n • Andre.\r");
        assertEquals(List.of("Første.", "Andre."), results(doc));
        assertEquals(5, doc.lineCount());
        ReportDocument lf = parse(HEAD + " • Første.\n • Andre.\n");
        assertEquals(5, lf.lineCount());
        ReportDocument none = parse(HEAD + " • Første.\n • Andre.");
        assertEquals(5, none.lineCount());
    }

    @Test
    void cleanInputHasNoWarningsAndInvisibleLinesAreKeptAsWhitespace() {
        ReportDocument doc = parse(HEAD + " • Første.\n\u200B\u00A0\n • Andre.\n");
        assertEquals(List.of(), doc.warnings());
        assertEquals(List.of(new Unclassified("\u200B\u00A0", no.trendspor.model.LineSpan.of(5), "whitespace")),
                doc.unclassified());
    }

    @Test
    void unclassifiedEntriesAreInLineOrderWhateverStageFoundThem() {
        ReportDocument doc = parse("SHOW MORE\n\u200B\nPage 3\n\u2060\n" + HEAD + " • Første.\n");
        List<Integer> lines = doc.unclassified().stream().map(u -> u.lines().first()).toList();
        assertEquals(List.of(1, 2, 3, 4), lines);
    }

    @Test
    void aRunSharesItsVocabularySoOneReportsWordsMendAnothersSplits() {
        String word = "fritidsklubb";
        String intact = HEAD + IntStream.range(0, 3).mapToObj(i -> " • Punkt " + i + " om " + word + ".\n")
                .collect(Collectors.joining());
        String split = HEAD + " • Ny friti dsklubb i sentrum.\n";
        ReportDocument alone = parser.parse("b.txt", split, IngestHints.NONE);
        List<ReportDocument> run = parser.parseAll(List.of(
                new ReportParser.Input("a.txt", intact.getBytes(java.nio.charset.StandardCharsets.UTF_8), IngestHints.NONE),
                new ReportParser.Input("b.txt", split.getBytes(java.nio.charset.StandardCharsets.UTF_8), IngestHints.NONE)));
        assertEquals(2, run.size());
        assertEquals("a.txt", run.get(0).source());
        assertEquals(parse(intact).statements().stream().map(Statement::text).toList(),
                run.get(0).statements().stream().map(Statement::text).toList());
        String mended = results(run.get(1)).get(0);
        String unmended = results(alone).get(0);
        assertTrue(mended.contains(word), mended);
        assertTrue(!unmended.contains(word), unmended);
    }

    @Test
    void repairsOnWrappedLinesNameTheLineTheyAreOn() {
        String text = HEAD + " • Kommunen har i år\n   arbeidet godt med\n   mott ok av nye elever.\n";
        ReportDocument doc = parse(text);
        Statement s = doc.statements().stream().filter(st -> st.section() == SectionKind.RESULT).findFirst().orElseThrow();
        assertEquals(new no.trendspor.model.LineSpan(4, 6), s.lines());
        Repair r = s.repairs().stream().filter(x -> x.kind().equals("ligature-split")).findFirst().orElseThrow();
        assertEquals(6, r.line());
        assertEquals("Kommunen har i år arbeidet godt med mottok av nye elever.", s.text());
    }

    @Test
    void hyphenatedBreaksJoinRealWordsButNoMonsterWords() {
        ReportDocument doc = parse(HEAD + " • Vi har styrket opp-\n   følgingen av elevene.\n");
        assertEquals(List.of("Vi har styrket oppfølgingen av elevene."), results(doc));
        String monster = HEAD + " • Start " + "ab-\n   ".repeat(200) + "slutt.\n";
        ReportDocument m = parse(monster);
        // A word never grows past the longest plausible hyphenated head (80 letters), so joining
        // stays linear however many "ab-" lines follow each other.
        for (String w : results(m).get(0).split(" ")) {
            assertTrue(w.length() <= 84, w.length() + ": " + w);
        }
        assertTrue(m.statements().stream().flatMap(s -> s.repairs().stream()).anyMatch(r -> r.kind().equals("hyphenation")));
    }

    /** Issue 19: a caller's year hint is checked like a year read from the text. */
    @org.junit.jupiter.api.Test
    void aYearHintOutside1990To2100IsRefused() {
        no.trendspor.ingest.InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                no.trendspor.ingest.InputException.class, () -> new ReportParser().parse("side.json",
                        "Kultur\nViktige resultater og innsatser\n • Biblioteket er pusset opp.\n",
                        new IngestHints(-2018, null, null)));
        org.junit.jupiter.api.Assertions.assertEquals(
                "side.json: the report year -2018 given with the input is not a year from 1990 to 2100", e.getMessage());
    }
}
