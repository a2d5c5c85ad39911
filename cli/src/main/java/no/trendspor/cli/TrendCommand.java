package no.trendspor.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.trendspor.ingest.InputException;
import no.trendspor.stats.MannKendall;
import no.trendspor.stats.OlsTrend;
import no.trendspor.stats.TrendAnalyzer;
import no.trendspor.stats.TrendStatistics;
import no.trendspor.stats.UnitKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code trend}: trend statistics for a series given on the command line.
 *
 * <pre>trend --years 2015,2016,2017,2018 --values 7.2,6.4,5.3,4.7 [--unit percent] [--format json]</pre>
 *
 * <p>Values use a decimal point (the shell's comma separates values). Exit codes: 0 success,
 * {@value #EXIT_USAGE} bad input (non-numeric, mismatched or duplicate years, fewer than two
 * points, unknown unit or format) with one error line on stderr and no stack trace. Option
 * values are parsed here rather than by picocli's converters so that every input problem gets
 * the same one-line message; picocli's own errors (unknown option) use its usual exit code 2.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Trend statistics (changes, OLS and Theil-Sen slopes, Mann-Kendall test) for one series.")
public final class TrendCommand implements Callable<Integer> {

    /** Exit code for bad input. Same as picocli's usage-error code. */
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--years", required = true, paramLabel = "Y1,Y2,...",
            description = "Comma-separated years, e.g. 2015,2016,2017")
    String years;

    @Option(names = "--values", required = true, paramLabel = "V1,V2,...",
            description = "Comma-separated values with decimal point, one per year")
    String values;

    @Option(names = "--unit", defaultValue = "other", paramLabel = "UNIT",
            description = "percent, count, money or other (default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrendStatistics stats;
        boolean json;
        try {
            int[] ys = parseYears(years);
            double[] vs = parseValues(values);
            UnitKind kind = parseUnit(unit);
            json = parseFormat(format);
            stats = TrendAnalyzer.analyze(ys, vs, kind);
        } catch (IllegalArgumentException e) {
            err.println("trendspor: trend: " + InputException.oneLine(e.getMessage())); // it quotes the arguments
            err.flush();
            return EXIT_USAGE;
        }
        out.print(json ? toJson(stats) : toText(stats));
        out.flush();
        return 0;
    }

    static int[] parseYears(String text) {
        String[] parts = split(text, "--years");
        int[] result = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                result[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--years: '" + parts[i] + "' is not a whole year");
            }
        }
        return result;
    }

    static double[] parseValues(String text) {
        String[] parts = split(text, "--values");
        double[] result = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                result[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--values: '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(result[i])) {
                throw new IllegalArgumentException("--values: '" + parts[i] + "' is not a finite number");
            }
            if (Math.abs(result[i]) > TrendAnalyzer.MAX_MAGNITUDE) {
                throw new IllegalArgumentException("--values: '" + parts[i]
                        + "' is too large (trend statistics take values up to 1e300 in magnitude)");
            }
        }
        return result;
    }

    private static String[] split(String text, String option) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(option + " is empty");
        }
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
            if (parts[i].isEmpty()) {
                throw new IllegalArgumentException(option + ": empty entry at position " + (i + 1));
            }
        }
        return parts;
    }

    private static UnitKind parseUnit(String text) {
        try {
            return UnitKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--unit: '" + text + "' is not one of percent, count, money, other");
        }
    }

    private static boolean parseFormat(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new IllegalArgumentException("--format: '" + text + "' is not text or json");
        };
    }

    /** The analyze output's conventions: schemaVersion, lower-case enum values, six decimals, {@code \n}. */
    static String toJson(TrendStatistics stats) {
        return no.trendspor.report.ReportJson.trendJson(stats);
    }

    static String toText(TrendStatistics s) {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        line(b, "unit", s.unit().name().toLowerCase(Locale.ROOT));
        line(b, "points", Integer.toString(s.points()));
        line(b, "first", s.firstYear() + ": " + num(s.firstValue()));
        line(b, "last", s.lastYear() + ": " + num(s.lastValue()));
        line(b, "absolute change", num(s.absoluteChange()));
        line(b, "relative change", s.relativeChange() == null ? "n/a" : num(100 * s.relativeChange()) + " %");
        if (s.percentagePointChange() != null) {
            line(b, "percentage-point change", num(s.percentagePointChange()));
        }
        if (s.cagr() != null) {
            line(b, "CAGR", num(100 * s.cagr()) + " % a year");
        }
        line(b, "stated change", s.statedChange().name().toLowerCase(Locale.ROOT));
        OlsTrend ols = s.ols();
        String ci = ols.lower() == null ? "no interval with two points"
                : num(100 * ols.confidence()) + " % CI [" + num(ols.lower()) + ", " + num(ols.upper()) + "]";
        line(b, "OLS slope", num(ols.slope()) + " per year, " + ci);
        line(b, "Theil-Sen slope", num(s.theilSenSlope()) + " per year");
        MannKendall.Result mk = s.mannKendall();
        line(b, "Mann-Kendall", "S=" + mk.s() + ", Var(S)=" + num(mk.variance()) + ", Z=" + num(mk.z()) + ", p="
                + num(mk.pValue()) + " (" + mk.method().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        line(b, "direction", s.direction().name().toLowerCase(Locale.ROOT) + " (" + s.directionReason() + ")");
        return b.toString().replace("\n", nl);
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-24s %s%n", label + ":", value).replace(System.lineSeparator(), "\n"));
    }

    /** Six decimals at most, no trailing zeros, no exponent, Locale-independent. */
    static String num(double d) {
        if (!Double.isFinite(d)) {
            return "n/a"; // never expected (values are bounded), but never a crash
        }
        BigDecimal v = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.signum() == 0) {
            return "0";
        }
        return v.toPlainString();
    }
}
