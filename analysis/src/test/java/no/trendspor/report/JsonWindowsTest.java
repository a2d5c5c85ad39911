package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import org.junit.jupiter.api.Test;

/**
 * The report's arrays are written element by element in parallel windows, with each element's
 * text re-indented to its depth; this must give exactly the bytes of writing each value as a JSON
 * tree in turn, the way every report was written before.
 */
class JsonWindowsTest {

    @Test
    void parallelWindowsWriteTheBytesOfOneTreeAfterAnother() throws IOException {
        TrendReport report = Trendspor.analyzeSeeds();
        List<Object> values = new ArrayList<>();
        // several windows, the last one partly filled, of values of several kinds (numbers, enums, nesting)
        while (values.size() < 2 * JsonReportWriter.WINDOW + 77) {
            values.addAll(report.themeDiffs());
            values.addAll(report.indicators());
            values.addAll(report.recurringChallenges());
        }
        assertTrue(report.indicators().stream().anyMatch(s -> !s.points().isEmpty()), "the seeds have numbers");

        assertEquals(asTrees(values), windowed(values));
        assertEquals(asTrees(values.subList(0, 3)), windowed(values.subList(0, 3)));
        assertEquals(asTrees(List.of()), windowed(List.of()));
    }

    private static String windowed(List<Object> values) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ReportJson.generator(out)) {
            g.writeStartObject();
            JsonReportWriter.field(g, "values", values);
            g.writeEndObject();
        }
        return out.toString();
    }

    private static String asTrees(List<Object> values) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ReportJson.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("values");
            for (Object v : values) {
                g.writeTree(ReportJson.tree(v));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }
}
