package no.trendspor.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.cli.Main;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.ReportParser;
import no.trendspor.io.ReportLoader;
import no.trendspor.model.ReportDocument;
import no.trendspor.pdf.PdfTextExtractor;
import no.trendspor.report.TrendReport;
import no.trendspor.tables.CsvTableReader;
import no.trendspor.tables.JsonStatReader;
import no.trendspor.tables.KeyFigureTable;
import no.trendspor.tables.MunicipalityRegistry;
import no.trendspor.tables.TableSeriesGrouping;

/**
 * Fuzz targets for the entry points that read text nobody controls (issue 19): report text (ingest
 * and the whole analysis to JSON and Markdown), a JSON report page, CSV and JSON-stat tables, PDF
 * text extraction (a black box) and the {@code trend} command's input.
 *
 * <p>The contract every target checks: the input is read, or refused with an {@link InputException}
 * whose message is one line naming the source; any other exception or error (a stack overflow, an
 * internal error) is a finding. Run by {@code mvn verify} in Jazzer's regression mode over the
 * committed inputs in {@code src/test/resources/no/trendspor/fuzz/HostileInputFuzzTestInputs/<target>/}
 * (seeds, small generated files and every finding of a campaign); {@code JAZZER_FUZZ=1} fuzzes one
 * target (benchmarks/README.md, "Fuzzing").
 */
class HostileInputFuzzTest {

    static {
        // One thread: the analysis would start a pool per input, and fuzzing runs one input at a time.
        System.setProperty("trendspor.analysis.threads", "1");
    }

    private static final ReportParser PARSER = new ReportParser();

    /** Reading {@code source} either succeeds or is refused with one line naming it. */
    private static void readOrRefused(String source, Runnable read) {
        try {
            read.run();
        } catch (InputException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(source), () -> "the message names the source: " + message);
            assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
        }
    }

    /**
     * Report text: the bytes as a file (split at a form feed into two report years, so the
     * matching across years runs too), ingested and analysed to JSON and Markdown.
     */
    @FuzzTest(maxDuration = "3m")
    void reportText(byte[] input) {
        readOrRefused("side-2018.txt", () -> {
            List<ReportDocument> docs = new ArrayList<>();
            int split = indexOf(input, (byte) '\f');
            if (split < 0) {
                docs.add(PARSER.parse("side-2018.txt", new ByteArrayInputStream(input), IngestHints.NONE));
            } else {
                docs.add(PARSER.parse("side-2018.txt", new ByteArrayInputStream(input, 0, split), IngestHints.NONE));
                byte[] rest = java.util.Arrays.copyOfRange(input, split + 1, input.length);
                try {
                    docs.add(PARSER.parse("side-2019.txt", new ByteArrayInputStream(rest), IngestHints.NONE));
                } catch (InputException e) {
                    throw new InputException("side-2018.txt", 0, "(second year) " + e.getMessage());
                }
            }
            try {
                TrendReport report = Trendspor.analyzeDocuments(ReportLoader.consolidate(docs));
                assertTrue(report.toJson().endsWith("\n"));
                report.toMarkdown();
            } catch (InputException e) {
                // two documents claiming one municipality, year and sector: refused by name
                assertTrue(e.getMessage().startsWith("side-201"), e::getMessage);
            }
        });
    }

    /** A report page saved as JSON (text, year, municipality, sector), read strictly. */
    @FuzzTest(maxDuration = "3m")
    void jsonPage(byte[] input) {
        readOrRefused("side.json", () -> new ReportLoader().parseJsonPage("side.json", input));
    }

    /** A key-figure table as CSV, read and grouped into series across municipality numbers. */
    @FuzzTest(maxDuration = "3m")
    void csvTable(byte[] input) {
        readOrRefused("tabell.csv", () -> {
            KeyFigureTable table = new CsvTableReader().read("tabell.csv", input);
            TableSeriesGrouping.group(table.observations(), MunicipalityRegistry.bundled());
        });
    }

    /** A key-figure table as JSON-stat 2.0, read and grouped into series. */
    @FuzzTest(maxDuration = "3m")
    void jsonStatTable(byte[] input) {
        readOrRefused("tabell.json", () -> {
            KeyFigureTable table = new JsonStatReader().read("tabell.json", input);
            TableSeriesGrouping.group(table.observations(), MunicipalityRegistry.bundled());
        });
    }

    /** PDF text extraction through its public entry, as a black box. */
    @FuzzTest(maxDuration = "3m")
    void pdfText(byte[] input) {
        readOrRefused("rapport.pdf", () -> new PdfTextExtractor().extract("rapport.pdf", input));
    }

    /**
     * The trend command's input: the bytes as lines "years", "values" and optionally "unit", given
     * to the command line as written. Exit 0 with finite figures, or 2 with its message; never an
     * internal error.
     */
    @FuzzTest(maxDuration = "3m")
    void trendInput(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        List<String> args = new ArrayList<>(List.of("trend", "--years", lines[0], "--values",
                lines.length > 1 ? lines[1] : ""));
        if (lines.length > 2) {
            args.addAll(List.of("--unit", lines[2]));
        }
        if (lines.length > 3) {
            args.addAll(List.of("--format", lines[3]));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(status == 0 || status == 2, () -> "exit " + status + ": " + err);
        // (the input itself may say "internal error" or "\tat ": it is quoted in the messages, which
        // show line breaks escaped, so a stack trace is the only way to a line starting with a tab)
        assertFalse(err.toString().startsWith("trendspor: internal error") || err.toString().contains("\n\tat "),
                err::toString);
        assertTrue(err.toString().strip().lines().count() <= 2, err::toString); // a usage error adds "Try ..."
        if (status == 0) {
            assertFalse(out.toString().contains("Infinity") || out.toString().contains("NaN"), out::toString);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
