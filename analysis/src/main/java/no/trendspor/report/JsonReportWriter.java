package no.trendspor.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
            elements(g, report.documents(), d -> gen -> document(gen, d), raw);
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
        elements(g, values, value -> gen -> ReportJson.writeAsTree(gen, value), raw);
    }

    /**
     * How the text of an array element reaches the output: through the generator (as text), or,
     * when the output is a byte stream, encoded as UTF-8 by the thread that wrote the element and
     * copied to the stream after the generator's separator (the bytes the UTF-8 writer would make).
     */
    private record Elements(OutputStream bytes) {
        static final Elements TEXT = new Elements(null);

        /** The element {@code write} writes, as text or as UTF-8 bytes. */
        Object render(Write write) {
            return bytes == null ? elementText(write) : elementBytes(write);
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
     * them one by one, in a fraction of the time on several cores, with memory for two windows.
     * A window is copied to {@code g} by a thread of its own while the next one is written: the
     * copying (for a national report, system calls writing about a GB) no longer leaves the cores
     * that write elements waiting.
     */
    private static <T> void elements(JsonGenerator g, List<T> values, java.util.function.Function<T, Write> write,
                                     Elements raw) throws IOException {
        g.writeStartArray();
        java.util.function.Function<T, Object> prepared = value -> raw.render(write.apply(value));
        if (values.size() <= WINDOW) {
            emit(g, raw, render(values, prepared));
        } else {
            java.util.concurrent.ExecutorService copier = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "trendspor-json-copy");
                t.setDaemon(true);
                return t;
            });
            try {
                java.util.concurrent.Future<Void> copying = null;
                for (int from = 0; from < values.size(); from += WINDOW) {
                    List<Object> texts = render(values.subList(from, Math.min(values.size(), from + WINDOW)), prepared);
                    awaitCopied(copying); // g is used by one thread at a time, windows in order
                    copying = copier.submit(() -> {
                        emit(g, raw, texts);
                        return null;
                    });
                }
                awaitCopied(copying);
            } finally {
                copier.shutdownNow();
            }
        }
        g.writeEndArray();
    }

    private static <T> List<Object> render(List<T> window, java.util.function.Function<T, Object> prepared) {
        return window.size() < PARALLEL_FROM ? window.stream().map(prepared).toList()
                : window.parallelStream().map(prepared).toList();
    }

    private static void emit(JsonGenerator g, Elements raw, List<Object> texts) throws IOException {
        for (Object t : texts) {
            raw.emit(g, t);
        }
    }

    /** Waits until a window has been copied; its failure is thrown here, as it was thrown. */
    private static void awaitCopied(java.util.concurrent.Future<Void> copying) throws IOException {
        if (copying == null) {
            return;
        }
        try {
            copying.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing JSON");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** What one write to a generator does. */
    @FunctionalInterface
    private interface Write {
        void to(JsonGenerator g) throws IOException;
    }

    /**
     * An element's text, indented for its place in a top-level array. Its buffer starts at the size
     * of the thread's previous element: elements of one array are alike, and growing a small buffer
     * step by step was a good part of the garbage of writing a national report. (A buffer reused
     * from element to element was tried: once it held a character outside Latin-1 it stayed two
     * bytes per character, and every later element paid for widening and narrowing its text.)
     */
    private static String elementText(Write write) {
        int[] last = LAST_LENGTH.get();
        TextBuffer out = new TextBuffer(last[0]);
        try (JsonGenerator g = ReportJson.generator(out, ELEMENT_INDENT)) {
            write.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        String text = out.toString();
        last[0] = Math.max(16, Math.min(MAX_START, text.length() + text.length() / 8));
        return text;
    }

    /** The previous element's length (with an eighth more, at most this) is the next buffer's size. */
    private static final int MAX_START = 1 << 20;
    private static final ThreadLocal<int[]> LAST_LENGTH = ThreadLocal.withInitial(() -> new int[] {1024});

    /**
     * An element's UTF-8 bytes, by {@link String#getBytes}: it replaces a lone surrogate with '?' as
     * the UTF-8 writer of the text path does, and was twice as fast as a reused {@link
     * java.nio.charset.CharsetEncoder} with the launcher's compiler.
     */
    private static byte[] elementBytes(Write write) {
        return elementText(write).getBytes(StandardCharsets.UTF_8);
    }

    /** A writer into a string builder: one thread's element, no locking (StringWriter locks each write). */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text;

        TextBuffer(int capacity) {
            text = new StringBuilder(capacity);
        }

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

    /**
     * A document, written field by field (the calls writing its tree made, so the same text): a
     * national report's documents are most of its JSON, and building a tree of each first doubled
     * the work and the garbage.
     */
    private static void document(JsonGenerator g, ReportDocument d) throws IOException {
        g.writeStartObject();
        g.writeStringField("source", d.source());
        g.writeNumberField("year", d.year());
        g.writeStringField("yearSource", d.yearSource().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("municipality", d.municipality());
        g.writeStringField("kind", d.kind().jsonName());
        g.writeArrayFieldStart("period");
        g.writeNumber(d.period().first());
        g.writeNumber(d.period().last());
        g.writeEndArray();
        g.writeArrayFieldStart("sectors");
        String municipality = no.trendspor.match.AlignedCorpus.municipality(d);
        for (Sector s : d.sectors()) {
            sector(g, s, municipality, d.year());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("headings");
        for (Heading h : d.headings()) {
            g.writeStartObject();
            g.writeStringField("text", h.text());
            g.writeNumberField("line", h.line());
            g.writeStringField("kind", h.kind().name().toLowerCase(java.util.Locale.ROOT));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unclassified");
        for (Unclassified u : d.unclassified()) {
            g.writeStartObject();
            g.writeStringField("text", u.text());
            lines(g, u.lines());
            g.writeStringField("reason", u.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Warning w : d.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            g.writeStringField("message", w.message());
            g.writeNumberField("line", w.line());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void sector(JsonGenerator g, Sector s, String municipality, int year) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeStringField("nameSource", s.nameSource().name().toLowerCase(java.util.Locale.ROOT));
        g.writeBooleanField("challengeListCutShort", s.challengeListCutShort());
        g.writeArrayFieldStart("statements");
        for (Statement st : s.statements()) {
            g.writeStartObject();
            g.writeStringField("id", st.id());
            // the key an analyst's decisions file names the statement by (stable across re-runs)
            g.writeStringField("key", no.trendspor.match.StatementKey.of(municipality, year, s.name(), st.text()).toString());
            g.writeStringField("section", st.section().jsonName());
            if (st.subheading() != null) {
                g.writeStringField("subheading", st.subheading());
            }
            if (st.inline()) {
                g.writeBooleanField("inline", true);
            }
            g.writeStringField("text", st.text());
            g.writeStringField("originalText", st.originalText());
            lines(g, st.lines());
            g.writeArrayFieldStart("repairs");
            for (Repair r : st.repairs()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind());
                g.writeStringField("before", r.before());
                g.writeStringField("after", r.after());
                g.writeNumberField("line", r.line());
                g.writeStringField("evidence", r.evidence());
                if (r.count() > 1) {
                    g.writeNumberField("count", r.count()); // the same change made this many times in the statement
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void lines(JsonGenerator g, LineSpan span) throws IOException {
        g.writeArrayFieldStart("lines");
        g.writeNumber(span.first());
        g.writeNumber(span.last());
        g.writeEndArray();
    }
}
