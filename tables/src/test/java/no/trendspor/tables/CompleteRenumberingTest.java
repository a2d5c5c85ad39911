package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TablePoint;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.keyfigures.TableUnits;
import no.trendspor.keyfigures.TableWarning;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.Trendspor;
import no.trendspor.report.TrendReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled table covers every change of number 2017–2024, not only Viken and Vestfold. */
class CompleteRenumberingTest {

    private final MunicipalityRegistry registry = MunicipalityRegistry.bundled();

    @TempDir
    Path tmp;

    @Test
    void lillehammerJoinsAcrossTheInnlandetRenumbering() {
        String ind = "Andel barn 1-5 år med barnehageplass";
        List<TableObservation> obs = List.of(
                new TableObservation("0501", "Lillehammer", ind, "prosent", 2018, 91.0, null, "t.csv", 2),
                new TableObservation("0501", "Lillehammer", ind, "prosent", 2019, 92.0, null, "t.csv", 3),
                new TableObservation("3405", "Lillehammer", ind, "prosent", 2020, 93.0, null, "t.csv", 4));
        List<TableSeries> series = TableSeriesGrouping.group(obs, registry);
        assertEquals(1, series.size(), series.toString());
        assertEquals("3405", series.get(0).municipalityCode());
        assertEquals(new TreeMap<>(Map.of(2018, 91.0, 2019, 92.0, 2020, 93.0)), series.get(0).values());
        assertTrue(series.get(0).territoryChanges().isEmpty(), "Lillehammer absorbed no one");
    }

    @Test
    void reformsAcrossTheCountryLeadToTheCurrentNumber() {
        // county renumbering 2020 and 2024, a 2018 Trøndelag number, a merger, a move between counties
        assertEquals("3201", registry.canonical("0219", 2019).code());
        assertEquals("3101", registry.canonical("0101", 2019).code());
        assertEquals("5501", registry.canonical("1902", 2019).code());
        assertEquals("5007", registry.canonical("1703", 2017).code());
        assertEquals("4204", registry.canonical("1018", 2019).code());
        assertTrue(registry.canonical("1018", 2019).merged(), "Søgne merged into Kristiansand");
        assertFalse(registry.canonical("1001", 2019).merged(), "Kristiansand is renumbered, not merged");
        assertEquals("5061", registry.canonical("1567", 2018).code());
        assertEquals("1508", registry.canonical("1504", 2019).code());
        assertEquals(List.of(2020), registry.territoryChanges("4204"));
    }

    @Test
    void everyChainEndsAtANumberValidIn2024() {
        for (MunicipalityChange c : registry.changes()) {
            CanonicalMunicipality m = registry.canonical(c.oldCode(), c.year() - 1);
            String end = m.code();
            // the end of a chain has no further change
            assertEquals(end, registry.canonical(end, 2024).code(), c.toString());
            assertTrue(registry.isKnown(end));
            // 2024 numbers lie in the counties of 2024
            assertTrue(end.matches("(03|11|15|18|31|32|33|34|39|40|42|46|50|55|56)\\d\\d"), c + " ends at " + end);
        }
        assertTrue(registry.changes().size() > 400, "the complete list, not a sample: " + registry.changes().size());
    }

    @Test
    void unknownNumberIsWarnedAboutInEveryFormat() throws Exception {
        Path csv = Files.writeString(tmp.resolve("t.csv"), String.join("\n",
                "\"region\";\"statistikkvariabel\";\"år\";\"verdi\"",
                "\"0501 Lillehammer\";\"Antall barn i barnehage\";\"2019\";1200",
                "\"9999 Atlantis\";\"Antall barn i barnehage\";\"2019\";12",
                "\"9999 Atlantis\";\"Antall barn i barnehage\";\"2020\";13",
                "\"03 Oslo\";\"Antall barn i barnehage\";\"2020\";33000", ""));
        TrendReport report = Trendspor.withKeyFigures(Trendspor.analyzeSeeds(), List.of(csv));
        List<TableWarning> warnings = report.keyFigures().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(3, warnings.get(0).row());
        assertTrue(warnings.get(0).message().contains("9999"));
        assertTrue(report.toJson().contains("\"keyFigureWarnings\""));
        assertTrue(report.toMarkdown().contains("9999 (Atlantis)"));
        assertTrue(report.toHtml().contains("9999 (Atlantis)"));
        assertFalse(Trendspor.analyzeSeeds().toJson().contains("keyFigureWarnings"), "no tables, no field");
    }
}
