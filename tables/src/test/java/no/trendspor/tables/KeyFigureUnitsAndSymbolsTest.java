package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TablePoint;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.keyfigures.TableUnits;
import no.trendspor.keyfigures.TableWarning;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.ingest.InputException;
import org.junit.jupiter.api.Test;

/** Units inferred from names and values, SSB symbols kept as given, JSON-stat order checked. */
class KeyFigureUnitsAndSymbolsTest {

    @Test
    void unitFromTheUnitColumnTheNameOrTheValues() {
        assertEquals(IndicatorUnit.PERCENT, TableUnits.infer(null, "Andel barn 1-5 år med barnehageplass", List.of(92.3, 93.0)));
        assertEquals(IndicatorUnit.PERCENT, TableUnits.infer("prosent", "Barnehagedekning", List.of(92.3)));
        assertEquals(IndicatorUnit.MONEY, TableUnits.infer(null, "Netto driftsutgifter per innbygger", List.of(201450.0)));
        assertEquals(IndicatorUnit.MONEY, TableUnits.infer("kr", "Utgifter", List.of(1.0)));
        assertEquals(IndicatorUnit.COUNT, TableUnits.infer(null, "Antall barn i barnehage", List.of(12000.0)));
        assertEquals(IndicatorUnit.PERCENTAGE_POINTS, TableUnits.infer(null, "Endring i prosentpoeng", List.of(1.0)));
        // "andel" with values beyond 100 is not a share
        assertNull(TableUnits.infer(null, "Andel av budsjettet", List.of(2_500_000.0)));
        assertNull(TableUnits.infer(null, "Barnehagedekning", List.of(92.0)));
    }

    @Test
    void aNotApplicableSymbolOfAnotherNumberDoesNotHideNotAvailable() {
        String ind = "Andel barn 1-5 år med barnehageplass";
        // 2019: the old number says the figure is not available; the new number did not exist yet.
        List<TableObservation> obs = List.of(
                new TableObservation("0219", "Bærum", ind, null, 2019, null, "..", "t.csv", 2),
                new TableObservation("3024", "Bærum", ind, null, 2019, null, ".", "t.csv", 3),
                new TableObservation("0219", "Bærum", ind, null, 2020, null, ".", "t.csv", 4),
                new TableObservation("3024", "Bærum", ind, null, 2020, 93.0, null, "t.csv", 5));
        List<TableSeries> series = TableSeriesGrouping.group(obs, MunicipalityRegistry.bundled());
        assertEquals(1, series.size());
        assertEquals("..", series.get(0).at(2019).orElseThrow().symbol());
        assertNull(series.get(0).at(2019).orElseThrow().value());
        assertEquals(93.0, series.get(0).at(2020).orElseThrow().value());
        // only "." given: "." it stays
        List<TableSeries> onlyDot = TableSeriesGrouping.group(List.of(
                new TableObservation("3024", "Bærum", ind, null, 2019, null, ".", "t.csv", 3)),
                MunicipalityRegistry.bundled());
        assertEquals(".", onlyDot.get(0).at(2019).orElseThrow().symbol());
    }

    private static final String JSON_STAT = """
            {"version": "2.0", "class": "dataset", "label": "Nøkkeltall",
             "id": [%s], "size": [%s],
             "role": {"geo": ["Region"], "metric": ["ContentsCode"], "time": ["Tid"]},
             "dimension": {
               "Region": {"category": {"index": {"0219": 0, "3024": 1}, "label": {"0219": "Bærum (-2019)", "3024": "Bærum"}}},
               "ContentsCode": {"category": {"index": {"Andel": 0}, "label": {"Andel": "Andel barn 1-5 år med barnehageplass"}}},
               "Tid": {"category": {"index": {"2019": 0, "2020": 1}}}},
             "value": [92.3, null, null, 93.0], "status": {"1": ".", "2": "."}}
            """;

    @Test
    void jsonStatWithDimensionsInValueOrderIsRead() {
        String json = JSON_STAT.formatted("\"Region\", \"ContentsCode\", \"Tid\"", "2, 1, 2");
        KeyFigureTable t = new JsonStatReader().read("ok.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(4, t.observations().size());
        assertEquals(93.0, t.observations().get(3).value());
        assertEquals("3024", t.observations().get(3).municipalityCode());
    }

    @Test
    void jsonStatWhoseIdAndSizeArePermutedIsRefusedNamingTheFile() {
        // Same sizes, so the counts add up; only the order betrays that the values would be scrambled.
        String json = JSON_STAT.formatted("\"Tid\", \"ContentsCode\", \"Region\"", "2, 1, 2");
        InputException e = assertThrows(InputException.class,
                () -> new JsonStatReader().read("permuted.json", json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("permuted.json"), e.getMessage());
        assertTrue(e.getMessage().contains("order"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void jsonStatWithARepeatedOrUnlistedDimensionIsRefused() {
        String repeated = JSON_STAT.formatted("\"Region\", \"Region\", \"Tid\"", "2, 2, 2");
        assertThrows(InputException.class,
                () -> new JsonStatReader().read("r.json", repeated.getBytes(StandardCharsets.UTF_8)));
        String unlisted = JSON_STAT.formatted("\"Region\", \"Tid\"", "2, 2");
        InputException e = assertThrows(InputException.class,
                () -> new JsonStatReader().read("u.json", unlisted.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("ContentsCode"), e.getMessage());
    }
}
