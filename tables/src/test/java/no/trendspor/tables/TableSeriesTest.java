package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TablePoint;
import no.trendspor.keyfigures.TableSeries;
import org.junit.jupiter.api.Test;

class TableSeriesTest {

    private static final String IND = "Netto driftsutgifter per innbygger";
    private final MunicipalityRegistry registry = MunicipalityRegistry.bundled();

    private static TableObservation obs(String code, String name, int year, Double value, String source, int row) {
        return new TableObservation(code, name, IND, "kr", year, value, value == null ? ".." : null, source, row);
    }

    @Test
    void seriesJoinAcrossRenumberingAndDeduplicate() {
        List<TableObservation> all = List.of(
                obs("0219", "Bærum", 2018, 100.0, "a.csv", 2),
                obs("0219", "Bærum", 2019, 110.0, "a.csv", 3),
                obs("3024", "Bærum", 2019, 110.0, "b.json", 1), // SSB re-keyed 2019 under the new number
                obs("3024", "Bærum", 2020, 120.0, "b.json", 2),
                obs("3201", "Bærum", 2024, 150.0, "c.csv", 2));
        List<TableSeries> series = TableSeriesGrouping.group(all, registry);

        assertEquals(1, series.size());
        TableSeries s = series.get(0);
        assertEquals("3201", s.municipalityCode());
        assertEquals("Bærum", s.municipalityName());
        Map<Integer, Double> expected = new TreeMap<>(Map.of(2018, 100.0, 2019, 110.0, 2020, 120.0, 2024, 150.0));
        assertEquals(expected, s.values());
        TablePoint y2019 = s.at(2019).orElseThrow();
        assertFalse(y2019.conflict());
        assertEquals(2, y2019.observations().size());
        assertEquals("3024", y2019.observations().get(0).municipalityCode()); // newest number first
        assertFalse(s.hasConflicts());
        assertEquals(List.of(), s.territoryChanges());
    }

    @Test
    void disagreementIsFlaggedAndNewestNumberWins() {
        List<TableObservation> all = List.of(
                obs("0219", "Bærum", 2019, 110.0, "a.csv", 3),
                obs("3024", "Bærum", 2019, 111.5, "b.json", 1));
        TableSeries s = TableSeriesGrouping.group(all, registry).get(0);
        TablePoint p = s.at(2019).orElseThrow();
        assertTrue(p.conflict());
        assertEquals(111.5, p.value());
        assertTrue(s.hasConflicts());
    }

    @Test
    void conflictBetweenSourcesWithTheSameNumberIsDecidedBySourceOrder() {
        List<TableObservation> all = List.of(
                obs("1103", "Stavanger", 2019, 7.0, "z.csv", 2),
                obs("1103", "Stavanger", 2019, 8.0, "a.csv", 9));
        TablePoint p = TableSeriesGrouping.group(all, registry).get(0).at(2019).orElseThrow();
        assertTrue(p.conflict());
        assertEquals(8.0, p.value());
        assertEquals("a.csv", p.observations().get(0).source());
    }

    @Test
    void missingDoesNotConflictWithAValue() {
        List<TableObservation> all = List.of(
                obs("1103", "Stavanger", 2019, null, "a.csv", 2),
                obs("1103", "Stavanger", 2019, 5.0, "b.csv", 2),
                obs("1103", "Stavanger", 2020, null, "b.csv", 3));
        TableSeries s = TableSeriesGrouping.group(all, registry).get(0);
        assertEquals(5.0, s.at(2019).orElseThrow().value());
        assertFalse(s.at(2019).orElseThrow().conflict());
        TablePoint missing = s.at(2020).orElseThrow();
        assertNull(missing.value());
        assertEquals("..", missing.symbol());
        assertEquals(Map.of(2019, 5.0), s.values());
    }

    @Test
    void mergedMunicipalitiesAreKeptOutOfTheSuccessorsPoints() {
        List<TableObservation> all = List.of(
                obs("1103", "Stavanger", 2019, 1000.0, "a.csv", 2),
                obs("1141", "Finnøy", 2019, 30.0, "a.csv", 3),
                obs("1103", "Stavanger", 2020, 1100.0, "a.csv", 4));
        List<TableSeries> series = TableSeriesGrouping.group(all, registry);
        assertEquals(1, series.size());
        TableSeries s = series.get(0);
        assertEquals("1103", s.municipalityCode());
        assertEquals(Map.of(2019, 1000.0, 2020, 1100.0), s.values());
        assertEquals(1, s.excluded().size());
        assertEquals("1141", s.excluded().get(0).municipalityCode());
        assertEquals(List.of(2020), s.territoryChanges());
    }

    @Test
    void unitLessRowsJoinTheIndicatorsOnlyUnit() {
        List<TableObservation> all = List.of(
                new TableObservation("0301", "Oslo", IND, "kr", 2019, 5.0, null, "a.json", 1),
                new TableObservation("0301", "Oslo", IND, null, 2020, 6.0, null, "b.csv", 2),
                new TableObservation("0301", "Oslo", "Andel", null, 2020, 0.5, null, "b.csv", 3));
        List<TableSeries> series = TableSeriesGrouping.group(all, registry);
        assertEquals(2, series.size());
        assertEquals("Andel", series.get(0).indicator());
        assertNull(series.get(0).unit());
        assertEquals("kr", series.get(1).unit());
        assertEquals(Map.of(2019, 5.0, 2020, 6.0), series.get(1).values());
    }

    @Test
    void outputIsIndependentOfInputOrder() {
        List<TableObservation> all = new ArrayList<>(List.of(
                obs("0219", "Bærum", 2018, 100.0, "a.csv", 2),
                obs("1103", "Stavanger", 2019, 7.0, "z.csv", 2),
                obs("1103", "Stavanger", 2019, 8.0, "a.csv", 9),
                obs("3024", "Bærum", 2020, 120.0, "b.json", 2)));
        List<TableSeries> forward = TableSeriesGrouping.group(all, registry);
        java.util.Collections.reverse(all);
        assertEquals(forward, TableSeriesGrouping.group(all, registry));
        assertEquals(List.of("1103", "3201"), forward.stream().map(TableSeries::municipalityCode).toList());
    }

    @Test
    void seriesFromTheSsbExtract() {
        KeyFigureTable table = new JsonStatReader().read("t.json", SsbFixtures.bytes(SsbFixtures.KOSTRA_JSON_STAT));
        List<TableSeries> series = TableSeriesGrouping.group(table.observations(), registry);
        TableSeries baerum = series.stream()
                .filter(s -> s.municipalityCode().equals("3201") && s.unit().equals("prosent"))
                .findFirst().orElseThrow();
        assertEquals(Map.of(2018, 91.7, 2019, 92.3, 2020, 93.0), baerum.values());
        assertFalse(baerum.hasConflicts());
        TableSeries stavanger = series.stream()
                .filter(s -> s.municipalityCode().equals("1103") && s.unit().equals("prosent"))
                .findFirst().orElseThrow();
        assertNull(stavanger.at(2018).orElseThrow().value());
        assertEquals(List.of(2020), stavanger.territoryChanges());
    }
}
