package no.trendspor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code trendspor shell}: opens JShell with Trendspor on the class path and its main packages
 * imported, for analysts who want to explore interactively.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = "Open JShell with Trendspor on the class path (try: var report = Trendspor.analyzeSeeds();).")
final class ShellCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        if (!Files.isExecutable(jshell)) {
            throw new UsageException("no jshell next to this Java (" + jshell + "); a full JDK is needed");
        }
        Path startup = Files.createTempFile("trendspor-", ".jsh");
        try {
            try (InputStream in = ShellCommand.class.getResourceAsStream("/no/trendspor/cli/startup.jsh")) {
                Files.copy(in, startup, StandardCopyOption.REPLACE_EXISTING);
            }
            Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath(),
                    "--startup", "DEFAULT", "--startup", startup.toString())).inheritIO().start();
            return p.waitFor();
        } finally {
            Files.deleteIfExists(startup);
        }
    }

    /** The jar (or classes folder) this command runs from, plus the rest of the class path. */
    static String classPath() {
        try {
            String self = Path.of(ShellCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            String rest = System.getProperty("java.class.path", "");
            return rest.isEmpty() || rest.equals(self) ? self : self + java.io.File.pathSeparator + rest;
        } catch (URISyntaxException e) {
            return System.getProperty("java.class.path", "");
        }
    }
}
