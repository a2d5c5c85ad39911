package no.trendspor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
        try (JsonGenerator g = ReportJson.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", TrendReport.SCHEMA_VERSION);
            g.writeFieldName("documents");
            elements(g, report.documents(), d -> writeTree(document(d)));
            field(g, "recurringChallenges", report.recurringChallenges());
            field(g, "themeDiffs", report.themeDiffs());
            field(g, "followups", report.followups());
            field(g, "possibleLinks", report.challenges().possibleLinks());
            field(g, "decisions", report.challenges().decisions());
            g.writeFieldName("wordKnowledge");
            g.writeTree(ReportJson.tree(report.challenges().wordKnowledge()));
            field(g, "sectorAlignments", report.challenges().sectorAlignments());
            field(g, "indicators", report.indicators());
            field(g, "unnamedIndicatorObservations", report.unnamedObservations());
            field(g, "keyFigureTables", report.keyFigures().tables());
            field(g, "proseVsTables", report.keyFigures().comparisons());
            if (!report.keyFigures().tables().isEmpty()) {
                // only with tables, so a report without them keeps its shape
                field(g, "keyFigureWarnings", report.keyFigures().warnings());
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    static void field(JsonGenerator g, String name, List<?> values) throws IOException {
        g.writeFieldName(name);
        elements(g, values, JsonReportWriter::writeValue);
    }

    /** Elements of a window are written to text in parallel, the windows one after the other. */
    static final int WINDOW = 512;
    /** A window smaller than this is written on the calling thread. */
    private static final int PARALLEL_FROM = 32;
    /**
     * The indentation of an element of a top-level array (root object, array): the elements are
     * written alone, at depth 0, and every line break of the pretty printer gets this much more.
     */
    private static final String ELEMENT_INDENT = "\n    ";

    /**
     * An array of the report's top level. A national report has hundreds of thousands of elements
     * (a JSON text of hundreds of MB), so each element is written to text on its own, a window of
     * them in parallel, and the texts are copied to {@code g} in order: the same bytes as writing
     * them one by one, in a fraction of the time on several cores, with memory for one window.
     */
    private static <T> void elements(JsonGenerator g, List<T> values, java.util.function.Function<T, String> text)
            throws IOException {
        g.writeStartArray();
        for (int from = 0; from < values.size(); from += WINDOW) {
            List<T> window = values.subList(from, Math.min(values.size(), from + WINDOW));
            List<String> texts = window.size() < PARALLEL_FROM ? window.stream().map(text).toList()
                    : window.parallelStream().map(text).toList();
            for (String t : texts) {
                g.writeRawValue(t.replace("\n", ELEMENT_INDENT));
            }
        }
        g.writeEndArray();
    }

    private static String writeValue(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ReportJson.generator(out)) {
            ReportJson.writeAsTree(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    private static String writeTree(ObjectNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ReportJson.generator(out)) {
            g.writeTree(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
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
