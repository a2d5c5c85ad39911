package no.trendspor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int status, String out, String err) {

    /** Writes both seeds into {@code dir/seeds} and returns that folder. */
    static java.nio.file.Path seedsFolder(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path seeds = java.nio.file.Files.createDirectories(dir.resolve("seeds"));
        for (String name : no.trendspor.seeds.Seeds.names()) {
            java.nio.file.Files.write(seeds.resolve(name), no.trendspor.seeds.Seeds.bytes(name));
        }
        return seeds;
    }

    /** Runs with {@code stdin} as standard input. */
    static CliRunner runWithInput(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new java.io.ByteArrayInputStream(stdin), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRunner(status, out.toString(), err.toString());
    }

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(status, out.toString(), err.toString());
    }
}
