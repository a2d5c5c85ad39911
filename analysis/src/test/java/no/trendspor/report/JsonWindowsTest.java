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

    /** A failing output fails the write with its own error, also when a later window is being copied. */
    @Test
    void anOutputThatFailsFailsTheWrite() throws IOException {
        TrendReport report = Trendspor.analyzeSeeds();
        List<Object> values = new ArrayList<>();
        while (values.size() < 3 * JsonReportWriter.WINDOW) {
            values.addAll(report.themeDiffs());
        }
        java.io.Writer failing = new java.io.Writer() {
            private int written;

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                written += len;
                if (written > 200_000) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> {
            JsonGenerator g = ReportJson.generator(failing);
            g.writeStartObject();
            JsonReportWriter.field(g, "values", values);
            g.writeEndObject();
            g.flush();
        });
        assertEquals("disk full", e.getMessage());
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
