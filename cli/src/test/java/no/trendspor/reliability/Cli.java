package no.trendspor.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import no.trendspor.cli.Main;

/** One in-process run of the command line, with what it printed. */
record Cli(int status, String out, String err) {

    /** A distinct all-letter name for the i-th generated sector ("a", "b", ..., "ba", ...). */
    static String letters(int i) {
        StringBuilder s = new StringBuilder();
        int n = i;
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    /**
     * The run failed the documented way: the given status, nothing on stdout, and exactly one
     * line on stderr that starts with "trendspor: ", names {@code file} and shows no stack trace.
     */
    Cli failedWith(int expectedStatus, String file, String reason) {
        assertEquals(expectedStatus, status, this::toString);
        assertEquals("", out, "stdout must stay empty");
        String line = err.strip();
        assertEquals(1, line.lines().count(), () -> "one line on stderr: " + err);
        assertTrue(line.startsWith("trendspor: " + file), () -> "names " + file + ": " + err);
        assertTrue(line.contains(reason), () -> "says '" + reason + "': " + err);
        assertFalse(line.contains("Exception") || line.contains("\tat "), () -> "no stack trace: " + err);
        return this;
    }
}
