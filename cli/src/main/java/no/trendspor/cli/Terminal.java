package no.trendspor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Java 17's {@code System.console()} is null as soon as
 * stdout is redirected ({@code analyze ... > report.json}), though a progress bar on stderr is
 * still wanted then; on Linux the file descriptor's link tells, elsewhere the console is the best
 * evidence there is.
 */
final class Terminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private Terminal() {
    }

    /** True when stderr is a terminal device, and the terminal is not "dumb". */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        if (Files.exists(STDERR_LINK, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(STDERR_LINK).toString());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }

    /** A pseudo-terminal or a console device, as the descriptor's link names it. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
