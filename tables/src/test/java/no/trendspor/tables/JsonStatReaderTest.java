package no.trendspor.tables;

import static no.trendspor.tables.SsbFixtures.KOSTRA_JSON_STAT;
import static no.trendspor.tables.SsbFixtures.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.ingest.InputException;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TableSeries;
import org.junit.jupiter.api.Test;

class JsonStatReaderTest {

    private final JsonStatReader reader = new JsonStatReader();

    @Test
    void readsSsbKostraExtract() {
        KeyFigureTable table = reader.read("12362.json", bytes(KOSTRA_JSON_STAT));

        assertEquals("json-stat 2.0", table.format());
        assertTrue(table.title().startsWith("99999: Utvalgte"));
        assertEquals(List.of("Tallene er oppdiktet for test."), table.notes());
        List<TableObservation> obs = table.observations();
        assertEquals(18, obs.size());

        TableObservation first = obs.get(0);
        assertEquals("0219", first.municipalityCode());
        assertEquals("Bærum", first.municipalityName());
        assertEquals("Andel barn 1-5 år med barnehageplass", first.indicator());
        assertEquals("prosent", first.unit());
        assertEquals(2018, first.year());
        assertEquals(91.7, first.value());
        assertEquals(1, first.row());

        // Row-major: region, then contents, then year varies fastest.
        TableObservation o = obs.get(11);
        assertEquals("3024", o.municipalityCode());
        assertEquals("kr", o.unit());
        assertEquals(2020, o.year());
        assertEquals(201450.0, o.value());

        assertNull(obs.get(2).value());
        assertEquals(".", obs.get(2).symbol());
        assertNull(obs.get(12).value());
        assertEquals("..", obs.get(12).symbol());
        assertEquals(":", obs.get(17).symbol());
        assertEquals("1103", obs.get(17).municipalityCode());
    }

    @Test
    void csvAndJsonStatOfTheSameExtractGiveTheSameSeries() {
        MunicipalityRegistry registry = MunicipalityRegistry.bundled();
        List<TableSeries> fromJson = TableSeriesGrouping.group(
                reader.read("t.json", bytes(KOSTRA_JSON_STAT)).observations(), registry);
        List<TableSeries> fromCsv = TableSeriesGrouping.group(
                new CsvTableReader().read("t.csv", bytes(SsbFixtures.KOSTRA_CSV)).observations(), registry);
        assertEquals(4, fromJson.size());
        assertEquals(fromJson.size(), fromCsv.size());
        for (int i = 0; i < fromJson.size(); i++) {
            assertEquals(fromJson.get(i).municipalityCode(), fromCsv.get(i).municipalityCode());
            assertEquals(fromJson.get(i).indicator(), fromCsv.get(i).indicator());
            assertEquals(fromJson.get(i).values(), fromCsv.get(i).values());
        }
    }

    @Test
    void arrayIndexSparseValuesStatusArrayAndExtraDimension() {
        String json = """
                {"version":"2.0","class":"dataset","label":"Sykefravær",
                 "id":["Region","Kjonn","ContentsCode","Tid"],"size":[1,2,1,2],
                 "dimension":{
                   "Region":{"label":"region","category":{"index":["0301"],"label":{"0301":"Oslo"}}},
                   "Kjonn":{"label":"kjønn","category":{"index":["1","2"],"label":{"1":"Menn","2":"Kvinner"}}},
                   "ContentsCode":{"label":"statistikkvariabel","category":{"label":{"Fravaer":"Sykefravær"}}},
                   "Tid":{"label":"år","category":{"index":["2020","2021"]}}},
                 "value":{"0":4.5,"3":7.25},
                 "status":["", null, "-", "*"]}
                """;
        List<TableObservation> obs = reader.read("x.json", bytes(json)).observations();
        // Cell 1 is absent from the sparse value object and has no status: no observation at all.
        assertEquals(3, obs.size());
        assertEquals("Sykefravær | Menn", obs.get(0).indicator());
        assertEquals(2020, obs.get(0).year());
        assertEquals(4.5, obs.get(0).value());
        assertNull(obs.get(0).symbol()); // a blank status is no status
        assertEquals("Sykefravær | Kvinner", obs.get(1).indicator());
        assertEquals(0.0, obs.get(1).value()); // "-" is SSB's nil
        assertEquals(7.25, obs.get(2).value());
        assertEquals("*", obs.get(2).symbol());
        assertEquals("Oslo", obs.get(2).municipalityName());
        assertEquals(4, obs.get(2).row());
    }

    // ------------------------------------------------------------ bad input

    private InputException fails(String json) {
        return assertThrows(InputException.class, () -> reader.read("bad.json", bytes(json)));
    }

    @Test
    void sizeProductDiffersFromValueCount() {
        String json = KOSTRA_JSON_STAT.replace("176000, 181250, null", "176000, 181250");
        InputException e = fails(json);
        assertTrue(e.getMessage().contains("'value' has 17 entries but the product of 'size' is 18"), e.getMessage());
    }

    @Test
    void categoryCountDiffersFromSize() {
        InputException e = fails(KOSTRA_JSON_STAT.replace("\"size\": [3, 2, 3]", "\"size\": [3, 2, 4]"));
        assertTrue(e.getMessage().contains("dimension 'Tid' has 3 categories but size says 4"), e.getMessage());
    }

    @Test
    void idAndSizeLengthsDiffer() {
        InputException e = fails(KOSTRA_JSON_STAT.replace("\"size\": [3, 2, 3]", "\"size\": [3, 2]"));
        assertTrue(e.getMessage().contains("'id' has 3 entries, 'size' has 2"), e.getMessage());
    }

    @Test
    void invalidJsonNamesTheLine() {
        InputException e = fails("{\n  \"class\": \"dataset\",\n  \"id\": [,]\n}");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("bad.json:3: invalid JSON"), e.getMessage());
    }

    @Test
    void emptyFile() {
        InputException e = assertThrows(InputException.class, () -> reader.read("tom.json", new byte[0]));
        assertEquals("tom.json: empty file", e.getMessage());
    }

    @Test
    void jsonStat1BundleAndCollectionsAreRefusedClearly() {
        assertTrue(fails("{\"dataset\": {\"dimension\": {}}}").getMessage().contains("JSON-stat 1.x"));
        assertTrue(fails("{\"class\": \"collection\", \"link\": {}}").getMessage().contains("'collection' is not supported"));
    }

    @Test
    void quarterlyTimeIsRefused() {
        InputException e = fails(KOSTRA_JSON_STAT.replace("\"index\": {\"2018\": 0, \"2019\": 1, \"2020\": 2}",
                "\"index\": {\"2018K1\": 0, \"2018K2\": 1, \"2018K3\": 2}"));
        assertTrue(e.getMessage().contains("'2018K1' is not a year"), e.getMessage());
    }

    @Test
    void nonNumericValueIsRefused() {
        InputException e = fails(KOSTRA_JSON_STAT.replace("91.7, 92.3, null,", "\"91,7\", 92.3, null,"));
        assertTrue(e.getMessage().contains("value 1 is \"91,7\", not a number"), e.getMessage());
    }

    @Test
    void undescribedDimensionIsRefused() {
        InputException e = fails(KOSTRA_JSON_STAT.replace("\"Tid\": {", "\"Aar\": {"));
        assertTrue(e.getMessage().contains("dimension 'Tid' is listed in 'id' but not described"), e.getMessage());
    }

    @Test
    void dispatcherPicksJsonOrCsvByContent() {
        assertEquals("json-stat 2.0",
                KeyFigureTables.read("a.csv", bytes("\uFEFF  " + KOSTRA_JSON_STAT), TableDefaults.NONE).format());
        assertTrue(KeyFigureTables.read("a.json", bytes(SsbFixtures.KOSTRA_CSV), TableDefaults.NONE)
                .format().startsWith("csv"));
    }
}
