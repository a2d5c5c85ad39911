package no.trendspor.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import no.trendspor.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code trendspor} command line. stdout carries only the report; messages go to stderr.
 *
 * <p>Exit status: 0 success, 1 unreadable input (the message names the file and line), 2 wrong
 * usage, 3 the output could not be written, 70 an internal error (a bug: please report it).
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
            "3:the output could not be written",
            "70:internal error"})
public final class Main implements Runnable {

    static final int INPUT_ERROR = 1;
    static final int USAGE_ERROR = 2;
    static final int OUTPUT_ERROR = 3;
    static final int INTERNAL_ERROR = 70;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default (JDK 17 under LANG=C would print "B?rum").
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) { // picocli lets Errors through; still one line, no stack trace
            err.println("trendspor: " + no.trendspor.io.ReportLoader.outOfMemoryMessage());
            return INPUT_ERROR;
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::handleExecutionException);
        cli.setParameterExceptionHandler(Main::handleParameterException);
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'analyze'");
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("trendspor: " + e.getMessage());
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
        if (e instanceof InputException) {
            err.println("trendspor: " + e.getMessage());
            return INPUT_ERROR;
        }
        if (e instanceof OutputException) {
            err.println("trendspor: " + e.getMessage());
            return OUTPUT_ERROR;
        }
        if (e instanceof UsageException) {
            err.println("trendspor: " + e.getMessage());
            return USAGE_ERROR;
        }
        err.println("trendspor: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); please report it");
        return INTERNAL_ERROR;
    }
}
