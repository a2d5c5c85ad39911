package no.trendspor.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.indicators.IndicatorAnalysis;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.report.TrendReport;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The Tablesaw view the artifact brings: hand-built reports (sentences written for the test) and the seeds. */
class IndicatorTablesTest {

    private static ReportDocument report(int year, String sector, String... texts) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            statements.add(new Statement("r" + year + "-" + (i + 1), SectionKind.RESULT, null, texts[i], texts[i],
                    new LineSpan(i + 1, i + 1), List.of()));
        }
        return new ReportDocument("rapport-" + year + ".txt", year, ReportDocument.YearSource.HINT, "Testby",
                List.of(new Sector(sector, Sector.NameSource.HINT, statements)), List.of(), List.of(), List.of(),
                texts.length);
    }

    private static List<ReportDocument> reports() {
        return List.of(
                report(2016, "Omsorg", "Sykefraværet er redusert fra 9,1 prosent i 2015 til 8,7 prosent i 2016."),
                report(2017, "Helse og omsorg",
                        "Sykefraværet er redusert fra 9,1 prosent i 2015, 8,7 prosent i 2016 og 8,2 prosent i 2017."),
                report(2018, "Helse og omsorg",
                        "Sykefraværet er redusert fra 9,0 prosent i 2015 til 7,9 prosent i 2018.",
                        "Antall brukere av trygghetsalarm øker."));
    }

    @Test
    void tableHasOneRowPerPoint() {
        List<IndicatorSeries> series = IndicatorAnalysis.analyze(reports());
        Table t = IndicatorTables.toTable(series);
        assertEquals(List.of("sector", "indicator", "unit", "year", "value", "source", "municipality", "statement",
                "derived", "conflict"), t.columnNames());
        int points = series.stream().mapToInt(s -> s.points().size()).sum();
        assertEquals(points, t.rowCount());
        Table sick = t.where(t.stringColumn("indicator").containsString("sykefravær")
                .and(t.stringColumn("unit").isEqualTo("percent")));
        assertEquals(4, sick.rowCount());
        assertEquals("rapport-2016.txt; rapport-2017.txt", sick.stringColumn("source").get(1));
        assertTrue(sick.booleanColumn("conflict").get(0));
    }

    @Test
    void aReportOfTheSeedsBecomesATable() {
        TrendReport report = Trendspor.analyzeSeeds();
        Table t = IndicatorTables.toTable(report);
        assertEquals(report.indicators().stream().mapToInt(s -> s.points().size()).sum(), t.rowCount());
        assertTrue(t.rowCount() > 0, "the seeds state indicators");
    }
}
