package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.keyfigures.TableObservation;
import org.junit.jupiter.api.Test;

/** CSV fixtures are written here by hand with made-up numbers, in the shapes SSB and municipalities export. */
class CsvTableReaderTest {

    private final CsvTableReader reader = new CsvTableReader();

    private static byte[] utf8Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    // SSB statistics bank "semicolon separated with heading", long layout.
    private static final String SSB_LONG = """
            "12345: Utvalgte nøkkeltall for barnehager (K), etter region, statistikkvariabel og år"

            "region";"statistikkvariabel";"år";"12345: Utvalgte nøkkeltall for barnehager"
            "0219 Bærum (-2019)";"Andel barn 1-5 år med barnehageplass (prosent)";"2018";91,7
            "0219 Bærum (-2019)";"Andel barn 1-5 år med barnehageplass (prosent)";"2019";92,3
            "3024 Bærum";"Andel barn 1-5 år med barnehageplass (prosent)";"2020";93,0
            "3024 Bærum";"Korrigerte brutto driftsutgifter per barn (kr)";"2020";"201 450"
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass (prosent)";"2018";..
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass (prosent)";"2019";:
            "1103 Stavanger";"Andel barn 1-5 år med barnehageplass (prosent)";"2020";.
            "1103 Stavanger";"Barn i kommunale barnehager med forsinket oppstart";"2020";-
            "1103 Stavanger";"Barn i kommunale barnehager med forsinket oppstart";"2021";...
            "1103 Stavanger";"Barn i kommunale barnehager med forsinket oppstart";"2022";"12*"
            """;

    @Test
    void readsSsbLongLayoutWithTitleBomDecimalCommaAndSymbols() {
        KeyFigureTable table = reader.read("barnehage.csv", utf8Bom(SSB_LONG));

        assertEquals("csv; UTF-8 (BOM); ';'; long", table.format());
        assertTrue(table.title().startsWith("12345: Utvalgte"), table.title());
        List<TableObservation> obs = table.observations();
        assertEquals(10, obs.size());

        TableObservation first = obs.get(0);
        assertEquals("0219", first.municipalityCode());
        assertEquals("Bærum", first.municipalityName()); // validity suffix "(-2019)" dropped
        assertEquals("Andel barn 1-5 år med barnehageplass (prosent)", first.indicator());
        assertEquals(2018, first.year());
        assertEquals(91.7, first.value());
        assertEquals(4, first.row()); // line 4 of the file: title, blank, header come first

        assertEquals(201450.0, obs.get(3).value()); // "201 450": space as digit grouping
        assertEquals(7, obs.get(3).row());

        // SSB symbols: .. : . and ... are missing; "-" is nil (0); "*" marks a provisional number.
        assertNull(obs.get(4).value());
        assertEquals("..", obs.get(4).symbol());
        assertNull(obs.get(5).value());
        assertEquals(":", obs.get(5).symbol());
        assertNull(obs.get(6).value());
        assertEquals(".", obs.get(6).symbol());
        assertEquals(0.0, obs.get(7).value());
        assertEquals("-", obs.get(7).symbol());
        assertNull(obs.get(8).value());
        assertEquals("...", obs.get(8).symbol());
        assertEquals(12.0, obs.get(9).value());
        assertEquals("*", obs.get(9).symbol());
    }

    @Test
    void readsWideWindows1252CommaSeparatedWithDroppedLeadingZero() {
        String csv = """
                Kommunenummer,Kommune,Indikator,Enhet,2018,2019,2020
                219,Bærum,Netto driftsutgifter per innbygger,kr,"12 345,6","12 901,2",..
                1103,Stavanger,Netto driftsutgifter per innbygger,kr,"11 002,0","11 250,5","11 480,9"
                """;
        KeyFigureTable table = reader.read("drift.csv", csv.getBytes(TextDecoding.WINDOWS_1252));

        assertEquals("csv; windows-1252; ','; wide", table.format());
        assertEquals(6, table.observations().size());
        TableObservation b2019 = table.observations().get(1);
        assertEquals("0219", b2019.municipalityCode());
        assertEquals("Bærum", b2019.municipalityName());
        assertEquals("Netto driftsutgifter per innbygger", b2019.indicator());
        assertEquals("kr", b2019.unit());
        assertEquals(2019, b2019.year());
        assertEquals(12901.2, b2019.value());
        assertEquals(2, b2019.row());
        assertNull(table.observations().get(2).value());
        assertEquals(11480.9, table.observations().get(5).value());
    }

    @Test
    void readsAMunicipalitysOwnTableWithDefaults() {
        // "Last ned tabelldata": indicator rows, year columns, no region column.
        String csv = """
                Pleie og omsorg;2019;2020;2021
                Mottakere av hjemmesykepleie;1 510;1 604;1 655
                Plasser i bofellesskap;312;318;
                """;
        KeyFigureTable table = reader.read("tabell.csv", csv.getBytes(StandardCharsets.UTF_8),
                new TableDefaults("1103", "Stavanger"));
        assertEquals(6, table.observations().size());
        TableObservation o = table.observations().get(1);
        assertEquals("1103", o.municipalityCode());
        assertEquals("Stavanger", o.municipalityName());
        assertEquals("Mottakere av hjemmesykepleie", o.indicator());
        assertEquals(2020, o.year());
        assertEquals(1604.0, o.value());
        TableObservation empty = table.observations().get(5);
        assertNull(empty.value()); // an empty cell is missing, without symbol
        assertNull(empty.symbol());
    }

    @Test
    void longLayoutWithNamedValueColumnKeepsExtraDimensionsInTheIndicator() {
        String csv = """
                region;kjønn;statistikkvariabel;enhet;år;verdi
                3024 Bærum;Kvinner;Sykefravær;prosent;2021;7,4
                3024 Bærum;Menn;Sykefravær;prosent;2021;4,1
                """;
        List<TableObservation> obs = reader.read("fravær.csv", csv.getBytes(StandardCharsets.UTF_8)).observations();
        assertEquals(List.of("Sykefravær | Kvinner", "Sykefravær | Menn"),
                obs.stream().map(TableObservation::indicator).toList());
        assertEquals("prosent", obs.get(0).unit());
        assertEquals(4.1, obs.get(1).value());
    }

    @Test
    void indicatorsAsColumnsInLongLayout() {
        String csv = """
                "region","år","Årsverk i helse","Andel over 80 år"
                "1103 Stavanger","2020","1 234,5","3,9"
                """;
        List<TableObservation> obs = reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).observations();
        assertEquals(2, obs.size());
        assertEquals("Årsverk i helse", obs.get(0).indicator());
        assertEquals(1234.5, obs.get(0).value());
        assertEquals("Andel over 80 år", obs.get(1).indicator());
        assertEquals(3.9, obs.get(1).value());
    }

    @Test
    void yearInColumnHeaderNamesTheIndicator() {
        String csv = """
                region;Netto driftsutgifter 2019;Netto driftsutgifter 2020
                0301 Oslo;100,5;101,5
                """;
        List<TableObservation> obs = reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).observations();
        assertEquals("Netto driftsutgifter", obs.get(0).indicator());
        assertEquals(2019, obs.get(0).year());
        assertEquals(2020, obs.get(1).year());
        assertEquals("0301", obs.get(1).municipalityCode());
    }

    @Test
    void semicolonInsideQuotesDoesNotMakeACommaFileSemicolonSeparated() {
        assertEquals(',', CsvTableReader.detectDelimiter("\"a;b\",2019\n\"x\",\"1,5\"\n"));
        assertEquals(';', CsvTableReader.detectDelimiter("a;2019\nx;1,5\n"));
        assertEquals('\t', CsvTableReader.detectDelimiter("a\t2019\nx\t1,5\n"));
    }

    @Test
    void tabSeparated() {
        String csv = "region\tår\tverdi\n0301 Oslo\t2020\t5,5\n";
        KeyFigureTable t = reader.read("x.tsv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(5.5, t.observations().get(0).value());
        assertEquals("verdi", t.observations().get(0).indicator());
    }

    // ------------------------------------------------------------ bad input

    @Test
    void emptyFile() {
        InputException e = assertThrows(InputException.class, () -> reader.read("tom.csv", new byte[0]));
        assertEquals("tom.csv: empty file", e.getMessage());
        InputException blank = assertThrows(InputException.class,
                () -> reader.read("blank.csv", "\n  \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, blank.line());
    }

    @Test
    void noHeaderRow() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read("liste.csv", "bare en kolonne\nog en til\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("liste.csv: no header row"), e.getMessage());
    }

    @Test
    void headerWithoutRows() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read("x.csv", "\"Tittel\"\nregion;år;verdi\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no data rows"), e.getMessage());
    }

    @Test
    void ssbPivotWithRegionAndVariableRowsAndYearColumns() {
        String csv = """
                "region";"statistikkvariabel";"2019";"2020"
                "K-3024 Bærum";"Innbyggere per årsverk";"45,0";"46,5"
                "K-1103 Stavanger";"Innbyggere per årsverk";"39,5";:
                """;
        List<TableObservation> obs = reader.read("pivot.csv", csv.getBytes(StandardCharsets.UTF_8)).observations();
        assertEquals(4, obs.size());
        assertEquals("3024", obs.get(0).municipalityCode());
        assertEquals("Innbyggere per årsverk", obs.get(0).indicator());
        assertEquals(46.5, obs.get(1).value());
        assertEquals(2020, obs.get(3).year());
        assertEquals(":", obs.get(3).symbol());
        assertEquals(3, obs.get(3).row());
    }

    @Test
    void headerWithoutYears() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read("x.csv", "\"Tittel\"\nregion;navn2;tall\n0301 Oslo;a;1\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no year"), e.getMessage());
    }

    @Test
    void inconsistentColumnsNameTheLine() {
        String csv = """
                region;statistikkvariabel;år;verdi
                0301 Oslo;Innbyggere;2020;700
                0301 Oslo;Innbyggere;2021
                """;
        InputException e = assertThrows(InputException.class,
                () -> reader.read("skjev.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals("skjev.csv", e.source());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("row has 3 columns, the header (line 1) has 4"), e.getMessage());
    }

    @Test
    void trailingSeparatorIsNotAnInconsistency() {
        String csv = "region;år;verdi;\n0301 Oslo;2020;7;\n";
        assertEquals(7.0, reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)).observations().get(0).value());
    }

    @Test
    void textInAValueCellNamesLineAndColumn() {
        String csv = "region;statistikkvariabel;år;verdi\n0301 Oslo;Innbyggere;2020;mange\n";
        InputException e = assertThrows(InputException.class,
                () -> reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("column 'verdi': 'mange' is neither a number nor an SSB symbol"),
                e.getMessage());
    }

    @Test
    void nonAnnualPeriodIsRejectedWithItsLine() {
        String csv = "region;år;verdi\n0301 Oslo;2020K1;5\n";
        InputException e = assertThrows(InputException.class,
                () -> reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'2020K1' is not a year"), e.getMessage());
    }

    @Test
    void unbalancedQuoteIsMalformed() {
        String csv = "region;år;verdi\n\"0301 Oslo;2020;5\n";
        InputException e = assertThrows(InputException.class,
                () -> reader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("malformed CSV"), e.getMessage());
        assertEquals(2, e.line());
    }
}
