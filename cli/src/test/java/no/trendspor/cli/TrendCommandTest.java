package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class TrendCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new TrendCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void textOutput() {
        Run r = run("--years", "2015,2016,2017,2018", "--values", "7.2,6.4,5.3,4.7", "--unit", "percent");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("percentage-point change: -2.5"), r.out());
        assertTrue(r.out().contains("S=-6"), r.out());
        assertTrue(r.out().contains("direction:"), r.out());
        assertTrue(r.out().contains("insufficient"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonOutputIsDeterministicAndParsable() throws Exception {
        String[] args = {"--years", "2015,2016,2017,2018", "--values", "7.2,6.4,5.3,4.7", "--format", "json",
            "--unit", "PERCENT"};
        Run a = run(args);
        Run b = run(args);
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
        JsonNode node = new ObjectMapper().readTree(a.out());
        assertEquals(4, node.get("points").asInt());
        assertEquals(-6, node.get("mannKendall").get("s").asInt());
        assertEquals("insufficient", node.get("direction").asText());
        assertEquals(1, node.get("schemaVersion").asInt());
        assertEquals(-0.86, node.get("ols").get("slope").asDouble(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2015,2016,x;1,2;not a whole year",
        "2015,2016;1,abc;not a number",
        "2015,2016,2017;1,2;3 years but 2 values",
        "2015,2015;1,2;duplicate year 2015",
        "2015;1;at least two points",
        "2015,,2016;1,2,3;empty entry",
        "2015,2016;1,1e301;'1e301' is too large",
        "2015,2016;1,Infinity;'Infinity' is not a finite number",
    })
    void badInputGivesOneErrorLine(String years, String values, String expected) {
        Run r = run("--years", years, "--values", values);
        assertEquals(TrendCommand.EXIT_USAGE, r.code());
        assertEquals("", r.out());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("trendspor: trend: "), lines[0]);
        assertTrue(lines[0].contains(expected), lines[0]);
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** Issue 19: 1e300 between zeros answered "internal error (NumberFormatException)". */
    @Test
    void hugeButFiniteValuesGiveFiniteStatistics() throws Exception {
        Run text = run("--years", "2018,2019,2020", "--values", "0,1e300,0");
        assertEquals(0, text.code(), text.err());
        assertEquals("", text.err());
        assertFalse(text.out().contains("Infinity") || text.out().contains("n/a per year"), text.out());
        Run json = run("--years", "2018,2019,2020", "--values", "0,1e300,0", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode ols = new ObjectMapper().readTree(json.out()).get("ols");
        assertTrue(ols.get("standardError").isNumber(), ols.toString());
        assertTrue(Double.isFinite(ols.get("upper").asDouble()), ols.toString());
        Run wide = run("--years", "2018,2019", "--values", "-1e300,1e300", "--unit", "count");
        assertEquals(0, wide.code(), wide.err());
        assertTrue(wide.out().contains("absolute change:") && !wide.out().contains("Infinity"), wide.out());
    }

    @Test
    void badUnitAndFormat() {
        Run unit = run("--years", "2015,2016", "--values", "1,2", "--unit", "liters");
        assertEquals(TrendCommand.EXIT_USAGE, unit.code());
        assertTrue(unit.err().contains("--unit"), unit.err());
        Run format = run("--years", "2015,2016", "--values", "1,2", "--format", "xml");
        assertEquals(TrendCommand.EXIT_USAGE, format.code());
        assertTrue(format.err().contains("--format"), format.err());
    }

    @Test
    void missingOptionIsAUsageError() {
        Run r = run("--years", "2015,2016");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--values"), r.err());
    }
}
