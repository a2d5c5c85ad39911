package no.trendspor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one Jackson set-up for report JSON, so every part of the report is written the same way:
 * enum values as lower-case words joined by hyphens ({@code direction-reversed}), numbers rounded to
 * six decimals (so floating-point noise like {@code 0.30000000000000004} never reaches a reader),
 * a missing or undefined number as {@code null} (JSON has no NaN), and {@code \n} line ends.
 */
public final class ReportJson {

    /** Decimal places kept in report numbers. */
    public static final int DECIMALS = 6;

    /** Version of the JSON shape of one series' statistics ({@code trend --format json}). */
    public static final int TREND_SCHEMA_VERSION = 1;

    /** Where the JSON Schemas (draft 2020-12) of the output are, on the class path and in the repository. */
    public static final String ANALYZE_SCHEMA = "/no/trendspor/schema/analyze-v1.schema.json";

    /** The schema of {@link #trendJson}. */
    public static final String TREND_SCHEMA = "/no/trendspor/schema/trend-v1.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addModule(new SimpleModule("trendspor-report")
                    .addSerializer(Double.class, new DoubleSerializer(false))
                    .addSerializer(double.class, new DoubleSerializer(false))
                    .addSerializer(Enum.class, new EnumSerializer()))
            .build();

    /**
     * Writes report values straight to a generator with exactly the text {@link #tree} and then
     * the tree would give (the report's JSON has always been written through trees, whose decimal
     * numbers lose their trailing zeros: 1559000000 is written 1.559E+9), without building the
     * tree: for a national report, converting every value to a tree first cost as much as writing.
     */
    private static final ObjectMapper STREAMING = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .addModule(new SimpleModule("trendspor-report-streaming")
                    .addSerializer(Double.class, new DoubleSerializer(true))
                    .addSerializer(double.class, new DoubleSerializer(true))
                    .addSerializer(Enum.class, new EnumSerializer()))
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ReportJson() {
    }

    /** The configured mapper (shared, thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Any report value (records, lists) as a JSON tree, written the report's way. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Writes a report value to {@code g} as {@code g.writeTree(tree(value))} would, without the tree. */
    static void writeAsTree(com.fasterxml.jackson.core.JsonGenerator g, Object value) throws IOException {
        STREAMING.writeValue(g, value);
    }

    /** Pretty JSON text ending in a newline. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * One series' statistics as JSON text ending in a newline, with the conventions of the report:
     * {@code schemaVersion} first, enum values in lower case, numbers rounded to six decimals.
     *
     * @param stats the statistics
     * @return the JSON text
     */
    public static String trendJson(no.trendspor.stats.TrendStatistics stats) {
        com.fasterxml.jackson.databind.node.ObjectNode n = MAPPER.createObjectNode();
        n.put("schemaVersion", TREND_SCHEMA_VERSION);
        n.setAll((com.fasterxml.jackson.databind.node.ObjectNode) tree(stats));
        return write(n);
    }

    /** A streaming generator on {@code out}, pretty-printed the report's way. */
    static com.fasterxml.jackson.core.JsonGenerator generator(java.io.Writer out) throws IOException {
        return generator(out, "\n");
    }

    /**
     * A streaming generator whose line breaks are {@code lineBreak}: a value written alone with
     * {@code "\n"} followed by 2·d spaces reads as if written at depth d.
     */
    static com.fasterxml.jackson.core.JsonGenerator generator(java.io.Writer out, String lineBreak) throws IOException {
        com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", lineBreak))
                .withArrayIndenter(new DefaultIndenter("  ", lineBreak)));
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** A number rounded to {@link #DECIMALS} places, or {@code null} when it is not finite. */
    public static BigDecimal round(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * A number rounded to {@link #DECIMALS} places, or null. {@code asTree}: as a JSON tree then holds
     * it (trailing zeros stripped, 1559000000 as 1.559E+9), for values written straight to a stream
     * that must read as if written through a tree.
     */
    private static final class DoubleSerializer extends JsonSerializer<Double> {
        private final boolean asTree;

        DoubleSerializer(boolean asTree) {
            this.asTree = asTree;
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            BigDecimal d = value == null ? null : round(value);
            if (d == null) {
                gen.writeNull();
            } else if (asTree) {
                gen.writeNumber(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
            } else {
                gen.writeNumber(d);
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class EnumSerializer extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
