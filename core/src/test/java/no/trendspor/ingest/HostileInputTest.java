package no.trendspor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Repair;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input at library level: each gives a correct document or an
 * {@link InputException} naming the source (and the line where it applies), never another
 * exception, an OutOfMemoryError or a StackOverflowError.
 */
class HostileInputTest {

    private static final String HEAD = "Skole\nSkole skal gi gode tjenester til alle elever.\nViktige resultater og innsatser i 2024\n";
    private final ReportParser parser = new ReportParser();

    private ReportDocument parse(String source, String text) {
        return parser.parse(source, text, IngestHints.NONE);
    }

    private static List<String> results(ReportDocument doc) {
        return doc.statements().stream().filter(s -> s.section() == SectionKind.RESULT).map(Statement::text).toList();
    }

    @Test
    void mixedEncodingsAreDecodedLineByLine() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] utf8 = (HEAD + " • Første punkt for elevene.\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin = " • Søknader om skoleplass økte.\r\n • Grønn skolegård.\n".getBytes(cp1252);
        byte[] all = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, all, 0, utf8.length);
        System.arraycopy(latin, 0, all, utf8.length, latin.length);
        ReportDocument doc = parser.parse("mixed.txt", all, IngestHints.NONE);
        assertEquals(List.of("Første punkt for elevene.", "Søknader om skoleplass økte.", "Grønn skolegård."),
                results(doc));
        List<Repair> encoding = doc.statements().stream().flatMap(s -> s.repairs().stream())
                .filter(r -> r.kind().equals("encoding")).toList();
        assertEquals(List.of(5, 6), encoding.stream().map(Repair::line).toList());
        assertEquals("encoding-repaired", doc.warnings().get(0).code());
        assertEquals(5, doc.warnings().get(0).line());
        assertTrue(doc.warnings().get(0).message().contains("mixed"), doc.warnings().get(0).message());
    }

    @Test
    void windows1252WithOldMacLineEndsCountsLinesLikeTheParser() {
        byte[] bytes = (HEAD.replace('\n', '\r') + " • Én økning.\r • Nok en økning.\r").getBytes(Charset.forName("windows-1252"));
        ReportDocument doc = parser.parse("cr.txt", bytes, IngestHints.NONE);
        assertEquals(List.of("Én økning.", "Nok en økning."), results(doc));
        assertEquals(List.of(4, 5), doc.statements().stream().filter(s -> s.section() == SectionKind.RESULT)
                .map(s -> s.repairs().get(0).line()).toList());
    }

    @Test
    void utf16WithEitherByteOrderGivesTheSameStatementsAsUtf8() {
        String text = HEAD + " • Barn og unge får økt støtte.\n";
        List<Statement> utf8 = parser.parse("r.txt", text.getBytes(StandardCharsets.UTF_8), IngestHints.NONE).statements();
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ReportDocument doc = parser.parse("r.txt", ("\uFEFF" + text).getBytes(cs), IngestHints.NONE);
            assertEquals(utf8, doc.statements(), cs.name());
        }
    }

    @Test
    void nulAndManyControlCharactersAreRefusedNamingTheLine() {
        InputException nul = assertThrows(InputException.class, () -> parse("nul.txt", HEAD + " • a\u0000b\n"));
        assertEquals("nul.txt", nul.source());
        assertEquals(4, nul.line());
        InputException control = assertThrows(InputException.class,
                () -> parse("ctl.txt", HEAD + "\u0001\u0002\u0003\u0004\u0005".repeat(20)));
        assertTrue(control.getMessage().startsWith("ctl.txt: binary input"), control.getMessage());
    }

    @Test
    void aFewControlCharactersInTextAreKeptNotFatal() {
        String text = HEAD + " • Et punkt med en \u0007 bjelle og en \u001B escape.\n"
                + IntStream.range(0, 10).mapToObj(i -> " • Vanlig punkt " + i + ".\n").collect(Collectors.joining());
        ReportDocument doc = parse("bell.txt", text);
        TestData.assertLossless(text, doc);
        assertEquals(11, results(doc).size());
    }

    @Test
    void binaryAndEmptyInputAreRefusedNamingTheSource() {
        for (String bad : List.of("", " ", "\n\n\t  \r\n", "\u00A0\u200B\n")) {
            InputException e = assertThrows(InputException.class, () -> parse("blank.txt", bad));
            assertTrue(e.getMessage().startsWith("blank.txt: empty input"), e.getMessage());
        }
        InputException pdf = assertThrows(InputException.class,
                () -> parser.parse("a.pdf", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), IngestHints.NONE));
        assertEquals("a.pdf: binary input (a PDF file); extract its text first", pdf.getMessage());
    }

    @Test
    void aLineOfSeveralMegabytesWithinTheLimitIsOneStatement() {
        String token = "x".repeat(Limits.MAX_LINE_LENGTH - 10);
        ReportDocument doc = parse("long.txt", HEAD + " • " + token + "\n");
        assertEquals(List.of(token), results(doc));
    }

    @Test
    void aLineBeyondTheLimitIsRefusedNamingItsNumber() {
        String text = HEAD + "y".repeat(3 * Limits.MAX_LINE_LENGTH) + "\n";
        InputException e = assertThrows(InputException.class, () -> parse("huge-line.txt", text));
        assertEquals(4, e.line());
        assertEquals("huge-line.txt:4: line longer than " + Limits.MAX_LINE_LENGTH + " characters", e.getMessage());
    }

    @Test
    void tokensOfAHundredThousandCharactersPassThroughUnchanged() {
        String token = "å".repeat(100_000);
        String bullet = "Ord " + token + " og " + token.toUpperCase(java.util.Locale.ROOT) + ".";
        ReportDocument doc = parse("tokens.txt", HEAD + " • " + bullet + "\n");
        assertEquals(List.of(bullet), results(doc));
    }

    @Test
    void tenThousandBulletsInOneSectionAreAllKeptInOrderWithDistinctIds() {
        String text = HEAD + IntStream.range(0, 10_000).mapToObj(i -> " • Punkt nummer " + i + " er gjort.\n")
                .collect(Collectors.joining());
        ReportDocument doc = parse("many.txt", text);
        List<String> results = results(doc);
        assertEquals(10_000, results.size());
        assertEquals("Punkt nummer 9999 er gjort.", results.get(9_999));
        assertEquals(doc.statements().size(), new HashSet<>(doc.statements().stream().map(Statement::id).toList()).size());
    }

    @Test
    void moreStatementsInOneSectionThanTheLimitAreRefusedNamingTheLine() {
        // Distinct bullets: identical neighbours would be kept as duplicates, not statements.
        String text = HEAD + IntStream.rangeClosed(1, Limits.MAX_STATEMENTS_PER_SECTION + 1)
                .mapToObj(i -> " • p" + i + ".\n").collect(Collectors.joining());
        InputException e = assertThrows(InputException.class, () -> parse("flood.txt", text));
        assertEquals(3 + Limits.MAX_STATEMENTS_PER_SECTION + 1, e.line());
        assertTrue(e.getMessage().contains("more than " + Limits.MAX_STATEMENTS_PER_SECTION
                + " statements in one section (Skole, result)"), e.getMessage());
    }

    @Test
    void numbersTooLargeForLongOrDoubleAreKeptVerbatim() {
        String huge = "Andelen økte med 999999999999999999999 prosent, eller 1e400 ganger 10^400.";
        ReportDocument doc = parse("numbers.txt", HEAD + " • " + huge + "\n");
        assertEquals(List.of(huge), results(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "99999", "1989", "2101", "00000"})
    void implausibleYearsAreNoYears(String year) {
        String text = "Skole\nSkole skal gi gode tjenester til alle elever.\nViktige resultater og innsatser i " + year + "\n • Punkt.\n";
        InputException e = assertThrows(InputException.class, () -> parse("rapport-" + year + ".txt", text));
        assertTrue(e.getMessage().contains("no report year found"), e.getMessage());
    }

    @Test
    void aPlausibleYearInTheTextWinsOverAnImplausibleFileName() {
        ReportDocument doc = parse("rapport-99999.txt", HEAD + " • Punkt.\n");
        assertEquals(2024, doc.year());
        assertEquals(ReportDocument.YearSource.RESULTS_HEADING, doc.yearSource());
    }

    @Test
    void thousandsOfDistinctMunicipalityNamesStayCheapAndTheMostNamedWins() {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 5_000; i++) {
            sb.append(" • Samarbeid med ").append(name(i)).append(" kommune.\n");
        }
        sb.append(" • Lillevik kommune og Lillevik kommune og Lillevik kommune i Lillevik.\n");
        ReportDocument doc = parse("names.txt", sb.toString());
        assertEquals("Lillevik", doc.municipality());
    }

    @Test
    void theHintedNameCountsEvenBeyondTheCandidateCap() {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 40; i++) {
            sb.append(" • Avtale med ").append(name(i)).append(" kommune.\n"); // named once: a programme, not a name
        }
        sb.append(" • Storvik kommune.\n");
        ReportDocument doc = parser.parse("hinted.txt", sb.toString(), new IngestHints(null, "Storvik", null));
        assertEquals("Storvik", doc.municipality());
        ReportDocument unhinted = parse("unhinted.txt", sb.toString());
        assertEquals(null, unhinted.municipality());
    }

    /** A distinct capitalised made-up place name for each i. */
    private static String name(int i) {
        StringBuilder s = new StringBuilder("Q");
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.append("by").toString();
    }
}
