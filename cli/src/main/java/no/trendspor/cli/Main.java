package no.trendspor.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import no.trendspor.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code trendspor} command line. stdout carries only the report; messages go to stderr.
 *
 * <p>Exit status: 0 success, 1 unreadable input (the message names the file and line), 2 wrong
 * usage, 3 the output destination was refused (before any work), 70 an internal error (a bug:
 * please report it), 74 writing the output failed (disk full, a closed pipe: the message names the
 * destination). A run whose output could not be written completely never ends with 0.
 */
@Command(name = "trendspor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads Norwegian municipal annual reports year after year and tells what changed.",
        subcommands = {AnalyzeCommand.class, FindCommand.class, TrendCommand.class, EvaluateCommand.class, ShellCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:an input could not be read as a report",
            "2:wrong usage",
            "3:the output destination was refused",
            "70:internal error",
            "74:writing the output failed"})
public final class Main implements Runnable {

    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int OUTPUT_ERROR = 3;
    static final int INTERNAL_ERROR = 70;
    /** sysexits.h EX_IOERR: an error while writing the output. */
    static final int WRITE_ERROR = 74;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default (JDK 17 under LANG=C would print "B?rum"), and
        // straight to file descriptor 1: System.out, a PrintStream, would swallow a failed write.
        RecordingOutputStream stdout = new RecordingOutputStream(new FileOutputStream(FileDescriptor.out));
        System.exit(run(args, System.in, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), stdout::failure));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err, () -> null);
    }

    /** Runs the command line with the given streams, {@code in} for {@code analyze -}, and returns the exit status. */
    public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, () -> null);
    }

    /**
     * Runs the command line; {@code outFailure} tells why writing to {@code out} failed, when it
     * did (a PrintWriter keeps only that it failed). Whatever the command returned, a failed write
     * to stdout ends with one line and {@value #WRITE_ERROR}.
     */
    static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err,
            Supplier<IOException> outFailure) {
        CommandLine cli = commandLine();
        ((AnalyzeCommand) cli.getSubcommands().get("analyze").getCommand()).stdin = in;
        cli.setOut(out);
        cli.setErr(err);
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) { // picocli lets Errors through; still one line, no stack trace
            err.println("trendspor: " + no.trendspor.io.ReportLoader.outOfMemoryMessage());
            return INPUT_ERROR;
        }
        out.flush();
        if (out.checkError()) {
            IOException cause = outFailure.get();
            err.println("trendspor: standard output: cannot write ("
                    + (cause == null ? "write error" : ReportOutput.reason(cause)) + ")");
            return WRITE_ERROR;
        }
        return status;
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.registerConverter(java.nio.file.Path.class, Main::path);
        // An argument starting with '@' is a file name like any other (picocli would read it as a
        // file of further arguments, and one it cannot read ended in a stack trace: found by fuzzing).
        cli.setExpandAtFiles(false);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --format HTML as well as html
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setParameterExceptionHandler(Main::handleParameterException);
        return cli;
    }

    /**
     * A path argument. JDK 17 takes the encoding of file names from the locale, so under LC_ALL=C
     * a name like "bærum-2018.txt" cannot be a Path at all: say why and what to do, instead of
     * Java's "Malformed input or input contains unmappable characters".
     */
    static java.nio.file.Path path(String name) {
        try {
            return java.nio.file.Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + name + "' cannot be a file name in this locale: its "
                    + "character set (" + System.getProperty("sun.jnu.encoding") + ") has no such letters; run with a "
                    + "UTF-8 locale, e.g. LC_ALL=C.UTF-8 (the ./trendspor launcher does so itself)");
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'analyze'");
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("trendspor: " + InputException.oneLine(String.valueOf(e.getMessage())));
        err.println("Try 'trendspor " + commandPath(e.getCommandLine()) + "--help' for more information.");
        return USAGE_ERROR;
    }

    private static String commandPath(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName();
        String rest = qualified.startsWith("trendspor") ? qualified.substring("trendspor".length()).trim() : qualified;
        return rest.isEmpty() ? "" : rest + " ";
    }

    // One readable line, never a stack trace (set TRENDSPOR_DEBUG=1 to see one).
    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (System.getenv("TRENDSPOR_DEBUG") != null) {
            e.printStackTrace(err);
        }
        // Messages quote paths and arguments, which may hold line breaks: always one line.
        if (e instanceof InputException) {
            err.println("trendspor: " + e.getMessage());
            return INPUT_ERROR;
        }
        if (e instanceof OutputException) {
            err.println("trendspor: " + InputException.oneLine(e.getMessage()));
            return OUTPUT_ERROR;
        }
        if (e instanceof WriteFailedException) {
            err.println("trendspor: " + InputException.oneLine(e.getMessage()));
            return WRITE_ERROR;
        }
        if (e instanceof UsageException) {
            err.println("trendspor: " + InputException.oneLine(e.getMessage()));
            return USAGE_ERROR;
        }
        err.println("trendspor: " + InputException.oneLine("internal error (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); please report it"));
        return INTERNAL_ERROR;
    }
}
