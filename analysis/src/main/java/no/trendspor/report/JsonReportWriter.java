package no.trendspor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.trendspor.model.Heading;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import no.trendspor.model.Warning;

/**
 * Writes a {@link TrendReport} as JSON in the documented shape (schema version
 * {@value TrendReport#SCHEMA_VERSION}). Fields are written in a fixed order and lines end in
 * {@code \n} on every platform, so the same input gives byte-identical output.
 */
final class JsonReportWriter {

    private static final ObjectMapper MAPPER = ReportJson.mapper();

    private JsonReportWriter() {
    }

    static String write(TrendReport report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /**
     * Streams the report to {@code out}, one document at a time, so the whole JSON text never has to
     * be held in memory. Writes exactly what {@link #write(TrendReport)} returns.
     */
    static void write(TrendReport report, Writer out) throws IOException {
        write(report, out, Elements.TEXT);
        out.write('\n');
        out.flush();
    }

    /**
     * Streams the report to {@code out} as UTF-8: the bytes of {@link #write(TrendReport, Writer)}
     * through a UTF-8 writer, with the elements of the report's arrays encoded in parallel with
     * their writing (for a national report, encoding on one thread took as long as writing).
     * Does not close {@code out}.
     */
    static void write(TrendReport report, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        // the writer's flushes (one per element, to keep its bytes before the element's) stop at the buffer
        Writer text = new OutputStreamWriter(new FilterOutputStream(buffered) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                buffered.write(b, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, StandardCharsets.UTF_8);
        write(report, text, new Elements(buffered));
        text.write('\n');
        text.flush();
        buffered.flush();
    }

    private static void write(TrendReport report, Writer out, Elements raw) throws IOException {
        try (JsonGenerator g = ReportJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", TrendReport.SCHEMA_VERSION);
            g.writeFieldName("documents");
            elements(g, report.documents(), d -> writeTree(document(d)), raw);
            field(g, "recurringChallenges", report.recurringChallenges(), raw);
            field(g, "themeDiffs", report.themeDiffs(), raw);
            field(g, "followups", report.followups(), raw);
            field(g, "possibleLinks", report.challenges().possibleLinks(), raw);
            field(g, "decisions", report.challenges().decisions(), raw);
            g.writeFieldName("wordKnowledge");
            g.writeTree(ReportJson.tree(report.challenges().wordKnowledge()));
            field(g, "sectorAlignments", report.challenges().sectorAlignments(), raw);
            field(g, "indicators", report.indicators(), raw);
            field(g, "unnamedIndicatorObservations", report.unnamedObservations(), raw);
            field(g, "keyFigureTables", report.keyFigures().tables(), raw);
            field(g, "proseVsTables", report.keyFigures().comparisons(), raw);
            if (!report.keyFigures().tables().isEmpty()) {
                // only with tables, so a report without them keeps its shape
                field(g, "keyFigureWarnings", report.keyFigures().warnings(), raw);
            }
            g.writeEndObject();
        }
    }

    static void field(JsonGenerator g, String name, List<?> values) throws IOException {
        field(g, name, values, Elements.TEXT);
    }

    private static void field(JsonGenerator g, String name, List<?> values, Elements raw) throws IOException {
        g.writeFieldName(name);
        elements(g, values, JsonReportWriter::writeValue, raw);
    }

    /**
     * How the text of an array element reaches the output: through the generator (as text), or,
     * when the output is a byte stream, encoded as UTF-8 by the thread that wrote the element and
     * copied to the stream after the generator's separator (the bytes the UTF-8 writer would make).
     */
    private record Elements(OutputStream bytes) {
        static final Elements TEXT = new Elements(null);

        Object prepare(String text) {
            return bytes == null ? text : text.getBytes(StandardCharsets.UTF_8);
        }

        void emit(JsonGenerator g, Object prepared) throws IOException {
            if (bytes == null) {
                g.writeRawValue((String) prepared);
            } else {
                g.writeRawValue(""); // the separator and indentation before the element
                g.flush();
                bytes.write((byte[]) prepared);
            }
        }
    }

    /** Elements of a window are written to text in parallel, the windows one after the other. */
    static final int WINDOW = 512;
    /** A window smaller than this is written on the calling thread. */
    private static final int PARALLEL_FROM = 32;
    /**
     * The line break of an element of a top-level array (root object, array): the elements are
     * written alone, at depth 0, with this line break, which indents them two levels more.
     */
    private static final String ELEMENT_INDENT = "\n    ";

    /**
     * An array of the report's top level. A national report has hundreds of thousands of elements
     * (a JSON text of hundreds of MB), so each element is written to text on its own, a window of
     * them in parallel, and the texts are copied to {@code g} in order: the same bytes as writing
     * them one by one, in a fraction of the time on several cores, with memory for one window.
     */
    private static <T> void elements(JsonGenerator g, List<T> values, java.util.function.Function<T, String> text,
                                     Elements raw) throws IOException {
        g.writeStartArray();
        java.util.function.Function<T, Object> prepared = text.andThen(raw::prepare);
        for (int from = 0; from < values.size(); from += WINDOW) {
            List<T> window = values.subList(from, Math.min(values.size(), from + WINDOW));
            List<Object> texts = window.size() < PARALLEL_FROM ? window.stream().map(prepared).toList()
                    : window.parallelStream().map(prepared).toList();
            for (Object t : texts) {
                raw.emit(g, t);
            }
        }
        g.writeEndArray();
    }

    /** An element's text, indented for its place in a top-level array. */
    private static String writeValue(Object value) {
        return elementText(g -> ReportJson.writeAsTree(g, value));
    }

    private static String writeTree(ObjectNode tree) {
        return elementText(g -> g.writeTree(tree));
    }

    /** What one write to a generator does. */
    @FunctionalInterface
    private interface Write {
        void to(JsonGenerator g) throws IOException;
    }

    private static String elementText(Write write) {
        TextBuffer out = new TextBuffer();
        try (JsonGenerator g = ReportJson.generator(out, ELEMENT_INDENT)) {
            write.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** A writer into a string builder: one thread's element, no locking (StringWriter locks each write). */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text = new StringBuilder(1024);

        @Override
        public void write(char[] chars, int off, int len) {
            text.append(chars, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            text.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static ObjectNode document(ReportDocument d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("source", d.source());
        n.put("year", d.year());
        n.put("yearSource", d.yearSource().name().toLowerCase(java.util.Locale.ROOT));
        n.put("municipality", d.municipality());
        n.put("kind", d.kind().jsonName());
        ArrayNode period = n.putArray("period");
        period.add(d.period().first());
        period.add(d.period().last());
        ArrayNode sectors = n.putArray("sectors");
        String municipality = no.trendspor.match.AlignedCorpus.municipality(d);
        d.sectors().forEach(s -> sectors.add(sector(s, municipality, d.year())));
        ArrayNode headings = n.putArray("headings");
        for (Heading h : d.headings()) {
            ObjectNode hn = headings.addObject();
            hn.put("text", h.text());
            hn.put("line", h.line());
            hn.put("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode unclassified = n.putArray("unclassified");
        for (Unclassified u : d.unclassified()) {
            ObjectNode un = unclassified.addObject();
            un.put("text", u.text());
            lines(un, u.lines());
            un.put("reason", u.reason());
        }
        ArrayNode warnings = n.putArray("warnings");
        for (Warning w : d.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("code", w.code());
            wn.put("message", w.message());
            wn.put("line", w.line());
        }
        return n;
    }

    private static ObjectNode sector(Sector s, String municipality, int year) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", s.name());
        n.put("nameSource", s.nameSource().name().toLowerCase(java.util.Locale.ROOT));
        n.put("challengeListCutShort", s.challengeListCutShort());
        ArrayNode statements = n.putArray("statements");
        for (Statement st : s.statements()) {
            ObjectNode sn = statements.addObject();
            sn.put("id", st.id());
            // the key an analyst's decisions file names the statement by (stable across re-runs)
            sn.put("key", no.trendspor.match.StatementKey.of(municipality, year, s.name(), st.text()).toString());
            sn.put("section", st.section().jsonName());
            if (st.subheading() != null) {
                sn.put("subheading", st.subheading());
            }
            if (st.inline()) {
                sn.put("inline", true);
            }
            sn.put("text", st.text());
            sn.put("originalText", st.originalText());
            lines(sn, st.lines());
            ArrayNode repairs = sn.putArray("repairs");
            for (Repair r : st.repairs()) {
                ObjectNode rn = repairs.addObject();
                rn.put("kind", r.kind());
                rn.put("before", r.before());
                rn.put("after", r.after());
                rn.put("line", r.line());
                rn.put("evidence", r.evidence());
                if (r.count() > 1) {
                    rn.put("count", r.count()); // the same change made this many times in the statement
                }
            }
        }
        return n;
    }

    private static void lines(ObjectNode n, LineSpan span) {
        n.putArray("lines").add(span.first()).add(span.last());
    }
}
