package no.trendspor.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.trendspor.Trendspor;
import no.trendspor.indicators.IndicatorNames;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.io.ReportLoader;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.SectorAlignment;
import no.trendspor.model.ReportDocument;
import no.trendspor.report.TrendReport;

/**
 * Lists every sector name and every indicator name the analysis finds in a corpus of report pages
 * (and the seeds), so a person can read them all and see junk at once: a sector that is a table of
 * contents or a sentence, an indicator named by a pronoun, a verb or nothing. The names that break
 * the rules of {@link IndicatorNames#nounPhrase} are counted and listed first.
 *
 * <p>Command line: {@code ./trendspor evaluate --audit} (corpus {@code ../shared/corpus}, seeds
 * {@code ../shared/seeds}; {@code --corpus DIR --seeds DIR} to change them).
 */
public final class CorpusAudit {

    private CorpusAudit() {
    }

    /**
     * What the audit counts.
     *
     * @param documents         documents read
     * @param sectorNames       distinct (municipality, sector name as printed)
     * @param alignedSectors    sectors after alignment across years
     * @param series            indicator series
     * @param seriesWithPoints  series with at least one value
     * @param chartedSeries     series with values in two or more years (charted)
     * @param unnamed           values left without a name on their statement
     * @param badNames          series names that are not noun phrases (should be none)
     */
    public record Counts(int documents, int sectorNames, int alignedSectors, int series, int seriesWithPoints,
                         int chartedSeries, int unnamed, List<String> badNames) {
    }

    /** The report pages ({@code *.json}) of the corpus folder and the seed reports ({@code *.txt}). */
    public static List<Path> inputs(Path corpus, Path seeds) {
        List<Path> out = new ArrayList<>();
        out.addAll(list(corpus, ".json"));
        out.addAll(list(seeds, ".txt"));
        return out;
    }

    /** Reads the inputs, analyses them with the options and prints every sector and indicator name. */
    public static Counts print(PrintStream out, List<Path> inputs, AnalysisOptions options) {
        List<ReportDocument> docs = new ReportLoader().load(inputs);
        TrendReport report = Trendspor.analyzeDocuments(docs, options);
        TreeSet<String> printed = new TreeSet<>();
        for (ReportDocument d : docs) {
            d.sectors().forEach(s -> printed.add(no.trendspor.match.AlignedCorpus.municipality(d) + " / " + s.name()));
        }
        List<IndicatorSeries> series = report.indicators();
        List<String> bad = series.stream().map(IndicatorSeries::name)
                .filter(n -> n.isBlank() || !IndicatorNames.nounPhrase(stripChange(n)).equals(stripChange(n))
                        || n.contains("(uten navn)"))
                .sorted().toList();
        Counts counts = new Counts(docs.size(), printed.size(), report.challenges().sectorAlignments().size(),
                series.size(), (int) series.stream().filter(s -> !s.points().isEmpty()).count(),
                (int) series.stream().filter(s -> s.points().size() >= 2).count(), report.unnamedObservations().size(),
                bad);
        out.printf(Locale.ROOT, "Corpus audit: %d documents; %d sector names as printed, %d sectors after alignment; "
                        + "%d indicator series (%d with values, %d charted over two or more years); %d values left "
                        + "without a name%n", counts.documents(), counts.sectorNames(), counts.alignedSectors(),
                counts.series(), counts.seriesWithPoints(), counts.chartedSeries(), counts.unnamed());
        out.println("Indicator names that are not noun phrases: " + bad.size());
        bad.forEach(n -> out.println("  " + n));
        out.println("Sectors (municipality / aligned sector: year name, ...):");
        for (SectorAlignment a : report.challenges().sectorAlignments()) {
            out.println("  " + a.municipality() + " / " + a.sector() + ": " + a.names().stream()
                    .map(n -> n.year() + " " + n.name()).collect(Collectors.joining(", ")));
        }
        out.println("Indicator series (municipality / sector / name (unit, kind): years):");
        for (IndicatorSeries s : series) {
            out.println("  " + s.municipality() + " / " + s.sector() + " / " + s.name() + " ("
                    + (s.unit() == null ? "stated direction" : s.unit().label()) + ", "
                    + s.kind().name().toLowerCase(Locale.ROOT) + "): "
                    + s.points().stream().map(p -> String.valueOf(p.year())).collect(Collectors.joining(", "))
                    + (s.joins().isEmpty() ? "" : "  [joined: " + s.joins().stream()
                            .map(j -> j.reason() + " '" + j.name() + "' (" + j.sector() + ")")
                            .collect(Collectors.joining("; ")) + "]"));
        }
        out.println("Values without a name (sector: quote):");
        report.unnamedObservations().forEach(u -> out.println("  " + u.municipality() + " / " + u.sector() + " "
                + u.year() + ": «" + u.source().quote() + "»"));
        return counts;
    }

    private static String stripChange(String name) {
        return name.startsWith("endring i ") ? name.substring("endring i ".length()) : name;
    }

    private static List<Path> list(Path dir, String suffix) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
