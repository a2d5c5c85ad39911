package no.trendspor.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.match.AlignedCorpus;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.StatementSimilarity;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedText;

/**
 * How much the similarity of the same two challenges moves when only the collection of documents
 * analysed changes: each municipality's documents analysed alone against all documents together
 * (the IDF is fitted on every statement analysed, so it differs). Pairs are challenges of
 * different years of one municipality and sector scoring at least the threshold in either run; the
 * change is {@code |a − b| / max(a, b)}. A lead of one candidate over another smaller than these
 * changes is not evidence ({@code ChainBuilder.UNDECIDED_MARGIN}).
 *
 * <p>Command line: {@code ScoreStability [--results] FILE...} (corpus pages or report files, as
 * {@link LinkAudit}; {@code --results} counts result bullets as challenges too).
 */
public final class ScoreStability {

    private ScoreStability() {
    }

    /** The relative changes of the pairs, ascending. */
    public static List<Double> relativeChanges(List<ReportDocument> documents, AnalysisOptions options) {
        Map<String, Double> all = scores(documents, options);
        Map<String, List<ReportDocument>> byMunicipality = new TreeMap<>();
        for (ReportDocument d : documents) {
            byMunicipality.computeIfAbsent(AlignedCorpus.municipality(d), k -> new ArrayList<>()).add(d);
        }
        List<Double> out = new ArrayList<>();
        for (List<ReportDocument> docs : byMunicipality.values()) {
            scores(docs, options).forEach((pair, alone) -> {
                Double together = all.get(pair);
                double hi = together == null ? alone : Math.max(alone, together);
                if (together != null && hi >= options.matchThreshold()) {
                    out.add(Math.abs(alone - together) / hi);
                }
            });
        }
        out.sort(null);
        return out;
    }

    /** Scores of the challenge pairs of different years within one municipality and sector, by id pair. */
    private static Map<String, Double> scores(List<ReportDocument> documents, AnalysisOptions options) {
        AlignedCorpus corpus = AlignedCorpus.of(documents, options);
        List<AnalyzedText> every = new ArrayList<>();
        Map<String, List<Object[]>> bySector = new TreeMap<>();
        for (ReportDocument d : corpus.documents()) {
            for (Sector s : d.sectors()) {
                for (Statement st : s.statements()) {
                    AnalyzedText t = corpus.analysed(st);
                    every.add(t);
                    if (st.section() == SectionKind.CHALLENGE) {
                        bySector.computeIfAbsent(corpus.municipalityOf(d) + "\u0000" + corpus.sectorOf(s),
                                k -> new ArrayList<>()).add(new Object[] {st.id(), d.year(), t});
                    }
                }
            }
        }
        var analyzer = options.analyzer();
        StatementSimilarity similarity = StatementSimilarity.fit(every, analyzer::canonical,
                analyzer.hasRelatedTerms() ? analyzer::relatedTerms : null);
        Map<String, Double> out = new TreeMap<>();
        for (List<Object[]> list : bySector.values()) {
            for (Object[] a : list) {
                for (Object[] b : list) {
                    if ((int) a[1] < (int) b[1]) {
                        out.put(a[0] + " " + b[0], similarity.score((AnalyzedText) a[2], (AnalyzedText) b[2]));
                    }
                }
            }
        }
        return out;
    }

    /** Prints the quantiles of the relative change. */
    public static void main(String[] args) {
        boolean results = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--results")) {
                results = true;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: ScoreStability [--results] FILE...");
            System.exit(2);
        }
        List<ReportDocument> documents = LinkAudit.parse(files);
        List<Double> changes = relativeChanges(results ? LinkAudit.resultsAsChallenges(documents) : documents,
                AnalysisOptions.defaults());
        System.out.printf(Locale.ROOT, "pairs at or above the threshold in either run: %d%n", changes.size());
        for (double q : new double[] {0.5, 0.75, 0.9, 0.95, 1.0}) {
            if (!changes.isEmpty()) {
                int i = Math.max(0, (int) Math.ceil(q * changes.size()) - 1);
                System.out.printf(Locale.ROOT, "  quantile %.2f: relative change %.3f%n", q, changes.get(i));
            }
        }
    }
}
