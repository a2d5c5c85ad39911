package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import no.trendspor.Trendspor;
import no.trendspor.match.RecurringChallenge;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's JShell session ({@code docs/jshell-example.jsh}, after the start-up script
 * {@code ./trendspor shell} uses) through the JShell API, so the documented example cannot rot.
 */
class JShellExampleTest {

    static Path example() {
        return Path.of(System.getProperty("trendspor.root", ".")).resolve("docs/jshell-example.jsh");
    }

    @Test
    void readmeSessionRunsAndPrintsChallengesAndIndicatorTable() throws Exception {
        List<String> lines = Files.readAllLines(example(), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("//")).toList();
        assertEquals(5, lines.size(), "the README promises a five-line session");

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream original = System.out;
        List<String> values = new ArrayList<>();
        System.setOut(capture); // local execution: the snippets print to this JVM's System.out
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            for (String entry : classPath()) {
                shell.addToClasspath(entry);
            }
            for (String snippet : snippets(shell, startupScript())) {
                evaluate(shell, snippet);
            }
            for (String line : lines) {
                values.add(evaluate(shell, line));
            }
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        TrendReport report = Trendspor.analyzeSeeds();
        assertTrue(values.get(1).startsWith("TrendReport: "), values.get(1));
        assertEquals(report.toString(), values.get(1));
        for (RecurringChallenge c : report.recurringChallenges()) {
            assertTrue(out.contains(c.toString()), "challenge listed: " + c.label());
        }
        assertTrue(out.contains("indicators"), "table name printed");
        for (String column : List.of("sector", "indicator", "unit", "year", "value")) {
            assertTrue(out.contains(column), column);
        }
        assertTrue(out.contains(report.indicators().get(0).sector()));
        assertEquals(report.themeDiffs().get(0).toString(), values.get(4));
    }

    /** Evaluates one snippet; fails on a compile error or an exception; returns its value. */
    private static String evaluate(JShell shell, String source) {
        List<SnippetEvent> events = shell.eval(source);
        assertTrue(!events.isEmpty(), "nothing evaluated for: " + source);
        String value = null;
        for (SnippetEvent e : events) {
            String diagnostics = shell.diagnostics(e.snippet()).map(d -> d.getMessage(null))
                    .collect(Collectors.joining("; "));
            assertEquals(Snippet.Status.VALID, e.status(), source + ": " + diagnostics);
            assertNull(e.exception(), () -> source + " threw " + e.exception());
            if (e.value() != null) {
                value = e.value();
            }
        }
        return value == null ? "" : value;
    }

    private static List<String> snippets(JShell shell, String script) {
        List<String> out = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String rest = script;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.source() == null || info.source().isBlank()) {
                break;
            }
            out.add(info.source());
            rest = info.remaining();
        }
        return out;
    }

    private static String startupScript() throws IOException {
        try (InputStream in = JShellExampleTest.class.getResourceAsStream("/no/trendspor/cli/startup.jsh")) {
            assertNotNull(in, "startup.jsh on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The test class path, with Surefire's manifest-only jar opened up into its entries. */
    static Set<String> classPath() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            out.add(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                try (JarFile jar = new JarFile(entry)) {
                    Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String url : cp.trim().split("\\s+")) {
                            URI uri = Path.of(entry).toUri().resolve(url);
                            out.add(Path.of(uri).toString());
                        }
                    }
                }
            }
        }
        return out;
    }
}
