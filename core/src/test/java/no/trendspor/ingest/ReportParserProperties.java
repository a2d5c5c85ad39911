package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Statement;

/** Invariants of the whole pipeline on generated input. */
class ReportParserProperties {

    private static final IngestHints HINTS = new IngestHints(2031, null, "Generert sektor");
    private final ReportParser parser = new ReportParser();

    @Property(tries = 300)
    void arbitraryStringsParseLosslesslyOrFailWithInputException(@ForAll String text) {
        try {
            ReportDocument doc = parser.parse("any.txt", text, HINTS);
            TestData.assertLossless(text, doc);
        } catch (InputException expected) {
            assertTrue(expected.getMessage().startsWith("any.txt"));
        }
    }

    @Property(tries = 300)
    void arbitraryBytesNeverThrowAnythingButInputException(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            parser.parse("bytes.bin", bytes, IngestHints.NONE);
        } catch (InputException expected) {
            assertEquals("bytes.bin", expected.source());
        }
    }

    @Property(tries = 300)
    void printableTextWithoutYearHintNeverThrowsAnythingButInputException(@ForAll("printable") String text) {
        try {
            ReportDocument doc = parser.parse("printable.txt", text, IngestHints.NONE);
            TestData.assertLossless(text, doc);
        } catch (InputException expected) {
            assertEquals("printable.txt", expected.source());
        }
    }

    @Property(tries = 300)
    void reportShapedTextIsParsedLosslessly(@ForAll("reports") String text) {
        ReportDocument doc = parser.parse("report.txt", text, HINTS);
        TestData.assertLossless(text, doc);
        for (Statement s : doc.statements()) {
            assertTrue(s.lines().last() <= doc.lineCount());
            assertTrue(!s.text().isBlank());
        }
    }

    @Property(tries = 200)
    void repairsAreIdempotent(@ForAll("reports") String text) {
        ReportDocument doc = parser.parse("report.txt", text, HINTS);
        // Identical neighbours would be a duplicate line in the rebuilt text, so keep one of each run.
        List<String> repaired = new ArrayList<>();
        for (Statement s : doc.statements()) {
            if (repaired.isEmpty() || !repaired.get(repaired.size() - 1).equals(s.text())) {
                repaired.add(s.text());
            }
        }
        if (repaired.isEmpty()) {
            return;
        }
        StringBuilder again = new StringBuilder("Viktige resultater og innsatser i 2031\n");
        for (String t : repaired) {
            again.append(" • ").append(t).append('\n');
        }
        ReportDocument second = parser.parse("again.txt", again.toString(), HINTS);
        List<String> texts = second.statements().stream().map(Statement::text).toList();
        assertEquals(repaired, texts);
        assertTrue(second.statements().stream().allMatch(s -> s.repairs().isEmpty()),
                () -> "more repairs: " + second.statements().stream().flatMap(s -> s.repairs().stream()).toList());
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', 'ø').withChars('\n', '\u00A0', '•', '\u00AD', '\r')
                .ofMaxLength(300);
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> word = Arbitraries.of("kommunen", "har", "økt", "innsatsen", "for", "barn", "og", "unge",
                "til", "ti l", "mott ok", "knytt et", "rett er", "tjenestene", "kvalitet", "planen", "skal", "nye",
                "tiltak", "i", "med", "arbeidet", "fått", "offi sielt", "helse-", "omsorg", "2031", "15 prosent");
        Arbitrary<String> sentence = word.list().ofMinSize(2).ofMaxSize(12)
                .map(ws -> Character.toUpperCase(ws.get(0).charAt(0)) + String.join(" ", ws).substring(1));
        Arbitrary<String> name = Arbitraries.of("Skole", "Helse og omsorg", "Kultur", "Teknikk og miljø");
        Arbitrary<List<String>> piece = Arbitraries.oneOf(
                name.map(List::of),
                name.map(n -> List.of(n + " skal gi gode tjenester til alle.")),
                Arbitraries.of(List.of("Viktige resultater og innsatser i 2031"), List.of("Utfordringer fremover"),
                        List.of("Utfordringar"), List.of("Sektorens utfordringer"), List.of(""), List.of("", ""),
                        List.of("Page 4"), List.of("SHOW MORE"), List.of("⇡ Til toppen"), List.of("Tabell 3 viser nøkkeltall for Kultur"),
                        List.of("Tabell-1-2"), List.of("\u00A0"), List.of("2031 2030 2029 17 18")),
                sentence.map(s -> List.of(" • " + s + ".")),
                sentence.map(s -> List.of("n " + s + ".")),
                Combinators.combine(sentence, sentence).as((a, b) -> List.of(" • " + a, "  " + b.toLowerCase() + ".")),
                Combinators.combine(sentence, sentence).as((a, b) -> List.of("• " + a + ". • " + b + ".")),
                sentence.map(s -> List.of(s)),
                sentence.map(s -> List.of(s + ".", s + ".")));
        return piece.list().ofMaxSize(30).map(pieces -> {
            // A title first, so no generated report is empty.
            List<String> lines = new ArrayList<>(List.of("Årsrapport 2031", ""));
            pieces.forEach(lines::addAll);
            return String.join("\n", lines);
        });
    }

    @Property(tries = 50)
    void parsingTwiceGivesTheSameDocument(@ForAll("reports") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(parser.parse("a/r.txt", bytes, HINTS).toString(), parser.parse("a/r.txt", bytes, HINTS).toString());
        assertEquals(parser.parse("a/r.txt", bytes, HINTS).statements(), parser.parse("b/r.txt", bytes, HINTS).statements());
    }
}
