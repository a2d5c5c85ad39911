package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import no.trendspor.Trendspor;
import no.trendspor.report.ReportJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON contract: analyze output (seeds, with a key-figure table, the corpus pages) and trend
 * output validate against the JSON Schemas (draft 2020-12) shipped in the analysis jar, every
 * number has at most six decimals, and the schemas do reject what breaks the conventions.
 */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    // Made-up figures in SSB's long CSV layout, one missing value.
    private static final String CSV = """
            "region";"statistikkvariabel";"år";"verdi"
            "0219 Bærum (-2019)";"Andel elever med spesialundervisning (prosent)";"2015";7,2
            "3024 Bærum";"Andel elever med spesialundervisning (prosent)";"2018";5,1
            "3024 Bærum";"Andel elever med spesialundervisning (prosent)";"2019";..
            """;

    @TempDir
    Path tmp;

    static Schema schema(String resource) throws IOException {
        try (InputStream in = ReportJson.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is in the analysis jar");
            return REGISTRY.getSchema(JSON.readTree(in));
        }
    }

    static void assertValid(Schema schema, String json, String what) throws IOException {
        JsonNode node = JSON.readTree(json);
        List<Error> errors = schema.validate(node);
        assertEquals(List.of(), errors.stream().map(Error::toString).limit(20).toList(), what);
        assertAtMostSixDecimals(node, "$", what);
    }

    static void assertAtMostSixDecimals(JsonNode node, String path, String what) {
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            assertTrue(d.stripTrailingZeros().scale() <= ReportJson.DECIMALS, what + " " + path + " = " + d);
        } else if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertAtMostSixDecimals(node.get(name), path + "." + name, what);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertAtMostSixDecimals(node.get(i), path + "[" + i + "]", what);
            }
        }
    }

    @Test
    void seedsOutputIsValid() throws IOException {
        Path root = Path.of(System.getProperty("trendspor.root", ".."));
        CliRunner r = CliRunner.run("analyze", root.resolve("seeds").toString());
        assertEquals(0, r.status(), r.err());
        assertValid(schema(ReportJson.ANALYZE_SCHEMA), r.out(), "seeds");
    }

    @Test
    void outputWithAKeyFigureTableIsValid() throws IOException {
        Path root = Path.of(System.getProperty("trendspor.root", ".."));
        Path table = Files.writeString(tmp.resolve("spesialundervisning.csv"), CSV);
        String json = Trendspor.builder().inputs(List.of(root.resolve("seeds"))).tables(List.of(table)).analyze().toJson();
        JsonNode node = JSON.readTree(json);
        assertFalse(node.get("keyFigureTables").isEmpty(), "the table is in the output");
        assertFalse(node.get("proseVsTables").isEmpty(), "and compared with the prose");
        assertValid(schema(ReportJson.ANALYZE_SCHEMA), json, "seeds with a table");
    }

    @Test
    void corpusOutputIsValid() throws IOException {
        Path corpus = Path.of(System.getProperty("trendspor.root", "..")).resolve("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent");
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(pages::add);
        }
        Assumptions.assumeFalse(pages.isEmpty(), "no corpus pages");
        String json = Trendspor.analyze(pages).toJson();
        assertValid(schema(ReportJson.ANALYZE_SCHEMA), json, "corpus");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2015,2016,2017,2018 | 7.2,6.4,5.3,4.7 | percent",
            "2019,2020 | 100,121 | count",
            "2016,2017,2018,2019,2020 | 9,8.5,8.1,7.9,7 | percent",
            "2016,2017,2018,2019,2020 | 5,5,5,5,5 | money",
            "2015,2016,2017,2018 | 1.5,2.25,2.1,3.3333333 | other"})
    void trendOutputIsValid(String years, String values, String unit) throws IOException {
        CliRunner r = CliRunner.run("trend", "--years", years, "--values", values, "--unit", unit, "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertValid(schema(ReportJson.TREND_SCHEMA), r.out(), "trend " + values);
        assertTrue(r.out().startsWith("{\n  \"schemaVersion\" : 1,"), r.out());
    }

    @Test
    void theSchemasRejectWhatBreaksTheConventions() throws IOException {
        CliRunner r = CliRunner.run("trend", "--years", "2015,2016,2017", "--values", "1,2,3", "--format", "json");
        ObjectNode upperCase = (ObjectNode) JSON.readTree(r.out());
        upperCase.put("direction", "UP");
        assertFalse(schema(ReportJson.TREND_SCHEMA).validate(upperCase).isEmpty(), "upper-case enum value");
        ObjectNode unknown = (ObjectNode) JSON.readTree(r.out());
        unknown.put("slope", 1);
        assertFalse(schema(ReportJson.TREND_SCHEMA).validate(unknown).isEmpty(), "a field the schema does not name");
        ObjectNode noVersion = (ObjectNode) JSON.readTree(Trendspor.analyzeSeeds().toJson());
        noVersion.remove("schemaVersion");
        assertFalse(schema(ReportJson.ANALYZE_SCHEMA).validate(noVersion).isEmpty(), "schemaVersion missing");
    }
}
