package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;

/**
 * The facade of the matching library: from parsed reports to sector alignments, recurring
 * challenges, theme diffs and follow-ups.
 *
 * <p>Per municipality, sectors are aligned across years ({@link SectorAligner}); per aligned
 * sector, challenge statements are chained across years ({@link ChainBuilder}); theme diffs are
 * read off the chains for each pair of consecutive report years (a challenge absent from a year
 * whose list is cut short in the source is unconfirmed, not new or dropped); follow-ups pair a challenge with
 * later result bullets of the same sector. The IDF of the similarity is fitted on all statements
 * of all documents given. All lists are sorted with stable ids as tie breakers.
 *
 * <p><b>Threads.</b> Statements are analysed, and municipalities worked through, on up to
 * {@link #THREADS_PROPERTY} threads (default: the available processors); each municipality is
 * one task and the results are merged in municipality order, so the output is the same for any
 * number of threads.
 */
public final class ChallengeAnalysis {

    /** Municipality used for documents that do not name one. */
    public static final String UNKNOWN_MUNICIPALITY = "(unknown)";

    /**
     * System property: how many threads an analysis uses (a positive integer; default
     * {@code Runtime.availableProcessors()}). 1 runs everything on the calling thread.
     */
    public static final String THREADS_PROPERTY = "trendspor.analysis.threads";

    private ChallengeAnalysis() {
    }

    /** Analyses the documents with the default options. */
    public static ChallengeAnalysisResult analyze(List<ReportDocument> documents) {
        return analyze(documents, AnalysisOptions.defaults());
    }

    /**
     * Analyses the documents.
     *
     * @param documents parsed reports, any order, any municipalities
     * @param options   thresholds, stemmer and sector overrides
     * @return alignments, recurring challenges, theme diffs and follow-ups
     */
    public static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options) {
        return analyze(documents, options, threads());
    }

    /** The thread count of {@link #THREADS_PROPERTY}, or the available processors. */
    static int threads() {
        String value = System.getProperty(THREADS_PROPERTY);
        if (value == null || value.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(THREADS_PROPERTY + " must be a positive integer, not '" + value + "'");
    }

    /** {@link #analyze(List, AnalysisOptions)} on the given number of threads (1 = the calling thread). */
    static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (threads == 1) {
            return analyze(documents, options, (ExecutorService) null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new AnalysisThreads());
        try {
            return analyze(documents, options, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The analysis; {@code pool} null runs every task on the calling thread. */
    private static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options,
                                                   ExecutorService pool) {
        NorwegianTextAnalyzer analyzer = options.analyzer();
        List<ReportDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));
        // Text analysis of every statement, one task per document (the analyzer is thread-safe:
        // Lucene keeps a token stream per thread); the texts come back in document order.
        List<List<AnalyzedText>> analysedPerDoc = inOrder(docs, doc -> {
            List<AnalyzedText> out = new ArrayList<>();
            for (Sector sector : doc.sectors()) {
                for (Statement st : sector.statements()) {
                    out.add(analyzer.analyze(st.text()));
                }
            }
            return out;
        }, pool);

        // municipality -> (year, sector name lower-case) -> sector of that year
        Map<String, Map<String, SectorAligner.YearSector>> perMunicipality = new TreeMap<>();
        // municipality -> (year, sector name lower-case) of a page whose challenge list is cut short
        Map<String, Set<String>> cutShort = new TreeMap<>();
        List<StatementRef> all = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            ReportDocument doc = docs.get(d);
            Iterator<AnalyzedText> analysed = analysedPerDoc.get(d).iterator();
            String municipality = doc.municipality() == null || doc.municipality().isBlank()
                    ? UNKNOWN_MUNICIPALITY : doc.municipality().strip();
            for (Sector sector : doc.sectors()) {
                Map<String, SectorAligner.YearSector> sectors =
                        perMunicipality.computeIfAbsent(municipality, m -> new LinkedHashMap<>());
                String key = SectorAligner.Result.key(doc.year(), sector.name());
                SectorAligner.YearSector ys = sectors.computeIfAbsent(key,
                        k -> new SectorAligner.YearSector(doc.year(), sector.name(), doc.source(), new ArrayList<>()));
                if (sector.challengeListCutShort()) {
                    // one cut-short page makes the year's list cut short, whatever other pages hold
                    cutShort.computeIfAbsent(municipality, m -> new TreeSet<>()).add(key);
                }
                for (Statement st : sector.statements()) {
                    StatementRef ref = new StatementRef(st.id(), st.section(), st.text(), doc.year(), municipality,
                            sector.name(), doc.source(), analysed.next());
                    ys.statements().add(ref);
                    all.add(ref);
                }
            }
        }
        StatementSimilarity similarity = StatementSimilarity.fit(all.stream().map(StatementRef::analysed).toList(),
                analyzer::canonical);
        StatementMatcher matcher = new StatementMatcher(similarity);
        SectorAligner aligner = new SectorAligner(analyzer, similarity, options.sectorThreshold(),
                options.sectorOverrides());
        ChainBuilder chainBuilder = new ChainBuilder(matcher, options.matchThreshold(), options.maxGapReports());

        // One task per municipality (the aligner, chain builder and matcher are stateless, the
        // similarity thread-safe); merged in municipality order as a sequential run would append.
        List<MunicipalityResult> perTask = inOrder(new ArrayList<>(perMunicipality.entrySet()),
                m -> analyzeMunicipality(m.getKey(), m.getValue(), cutShort.getOrDefault(m.getKey(), Set.of()),
                        aligner, chainBuilder, matcher, analyzer, options), pool);
        List<SectorAlignment> alignments = new ArrayList<>();
        List<RecurringChallenge> recurring = new ArrayList<>();
        List<ThemeDiff> diffs = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        for (MunicipalityResult r : perTask) {
            alignments.addAll(r.alignments());
            recurring.addAll(r.recurring());
            diffs.addAll(r.diffs());
            followups.addAll(r.followups());
        }
        recurring.sort(Comparator.comparing(RecurringChallenge::municipality).thenComparing(RecurringChallenge::sector)
                .thenComparingInt(RecurringChallenge::firstYear).thenComparing(RecurringChallenge::id));
        return new ChallengeAnalysisResult(alignments, recurring, diffs, followups);
    }

    /** What one municipality contributes, each list in the order a sequential run appends it. */
    private record MunicipalityResult(List<SectorAlignment> alignments, List<RecurringChallenge> recurring,
                                      List<ThemeDiff> diffs, List<Followup> followups) {
    }

    /**
     * Sector alignment, chains, theme diffs and follow-ups of one municipality; {@code cutShort}
     * holds the (year, sector) keys of its sectors whose challenge list is cut short.
     */
    private static MunicipalityResult analyzeMunicipality(String municipality,
                                                          Map<String, SectorAligner.YearSector> sectorsOfYears,
                                                          Set<String> cutShort,
                                                          SectorAligner aligner, ChainBuilder chainBuilder,
                                                          StatementMatcher matcher, NorwegianTextAnalyzer analyzer,
                                                          AnalysisOptions options) {
        List<RecurringChallenge> recurring = new ArrayList<>();
        List<ThemeDiff> diffs = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        SectorAligner.Result aligned = aligner.align(municipality, new ArrayList<>(sectorsOfYears.values()));
        // aligned sector -> its statements in year and source order
        Map<String, List<StatementRef>> bySector = new TreeMap<>();
        // aligned sector -> the years its challenge list is cut short
        Map<String, Set<Integer>> cutYears = new TreeMap<>();
        for (SectorAligner.YearSector ys : sectorsOfYears.values()) {
            String key = SectorAligner.Result.key(ys.year(), ys.name());
            String name = aligned.alignedName().get(key);
            bySector.computeIfAbsent(name, n -> new ArrayList<>()).addAll(ys.statements());
            if (cutShort.contains(key)) {
                cutYears.computeIfAbsent(name, n -> new TreeSet<>()).add(ys.year());
            }
        }
        for (Map.Entry<String, List<StatementRef>> s : bySector.entrySet()) {
            List<StatementRef> statements = s.getValue();
            statements.sort(Comparator.comparingInt(StatementRef::year));
            List<StatementRef> challenges = statements.stream()
                    .filter(r -> r.section() == SectionKind.CHALLENGE).toList();
            List<ChainBuilder.Chain> chains = chainBuilder.build(challenges);
            for (ChainBuilder.Chain c : chains) {
                if (c.members.size() > 1) {
                    recurring.add(ChainBuilder.toRecurring(c, municipality, s.getKey()));
                }
            }
            diffs.addAll(themeDiffs(municipality, s.getKey(), statements, cutYears.getOrDefault(s.getKey(), Set.of()),
                    chains, matcher, analyzer, options.keynessTopTerms()));
            followups.addAll(followups(municipality, s.getKey(), statements, matcher, options.followupThreshold()));
        }
        return new MunicipalityResult(aligned.alignments(), recurring, diffs, followups);
    }

    /**
     * {@code f} of each item, in the items' order: on the pool when there is one and more than one
     * item, else on the calling thread. A task's exception is rethrown as it was thrown.
     */
    private static <T, R> List<R> inOrder(List<T> items, Function<T, R> f, ExecutorService pool) {
        List<R> out = new ArrayList<>(items.size());
        if (pool == null || items.size() < 2) {
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> f.apply(item)));
        }
        try {
            for (Future<R> future : futures) {
                out.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return out;
    }

    /** Daemon threads named after the analysis, so a forgotten pool never keeps a JVM alive. */
    private static final class AnalysisThreads implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "trendspor-analysis-" + pool + "-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * The theme diffs of one aligned sector, one per pair of consecutive years. A challenge absent
     * from a year whose list is cut short ({@code cutYears}) is unconfirmed, not dropped or new: the
     * missing part of the list may hold it. Pausing and returning challenges are decided by the
     * chains as before: they are seen in another year, so the gap is the evidence.
     */
    private static List<ThemeDiff> themeDiffs(String municipality, String sector, List<StatementRef> statements,
                                              Set<Integer> cutYears,
                                              List<ChainBuilder.Chain> chains, StatementMatcher matcher,
                                              NorwegianTextAnalyzer analyzer, int topTerms) {
        List<Integer> years = statements.stream().map(StatementRef::year).distinct().sorted().toList();
        Map<String, ChainBuilder.Chain> chainOf = new LinkedHashMap<>();
        for (ChainBuilder.Chain c : chains) {
            for (StatementRef r : c.members) {
                chainOf.put(r.id(), c);
            }
        }
        List<ThemeDiff> out = new ArrayList<>();
        for (int i = 0; i + 1 < years.size(); i++) {
            int from = years.get(i);
            int to = years.get(i + 1);
            boolean fromCut = cutYears.contains(from);
            boolean toCut = cutYears.contains(to);
            List<PersistingChallenge> persisting = new ArrayList<>();
            List<PersistingChallenge> reversed = new ArrayList<>();
            List<Occurrence> added = new ArrayList<>();
            List<Occurrence> returning = new ArrayList<>();
            List<Occurrence> dropped = new ArrayList<>();
            List<Occurrence> pausing = new ArrayList<>();
            List<Occurrence> unconfirmedNew = new ArrayList<>();
            List<Occurrence> unconfirmedDropped = new ArrayList<>();
            for (StatementRef r : statements) {
                if (r.section() != SectionKind.CHALLENGE) {
                    continue;
                }
                ChainBuilder.Chain c = chainOf.get(r.id());
                if (r.year() == from) {
                    StatementRef next = member(c, to);
                    if (next == null) {
                        boolean comesBack = c.members.stream().anyMatch(x -> x.year() > to);
                        (comesBack ? pausing : toCut ? unconfirmedDropped : dropped).add(r.occurrence());
                    } else {
                        Explanation e = matcher.explain(r.text(), r.analysed(), next.text(), next.analysed());
                        PersistingChallenge p = new PersistingChallenge(r.occurrence(), next.occurrence(), e);
                        persisting.add(p);
                        if (e.relation() == Relation.DIRECTION_REVERSED) {
                            reversed.add(p);
                        }
                    }
                } else if (r.year() == to && member(c, from) == null) {
                    boolean seenBefore = c.members.stream().anyMatch(x -> x.year() < from);
                    (seenBefore ? returning : fromCut ? unconfirmedNew : added).add(r.occurrence());
                }
            }
            List<KeyTerm> keyTerms = Keyness.compare(stemCounts(statements, from), stemCounts(statements, to), topTerms,
                    commonestWords(statements, from, to));
            out.add(new ThemeDiff(municipality, sector, from, to, fromCut, toCut, persisting, added, unconfirmedNew,
                    returning, dropped, unconfirmedDropped, pausing, reversed, keyTerms));
        }
        return out;
    }

    private static StatementRef member(ChainBuilder.Chain c, int year) {
        if (c == null) {
            return null;
        }
        return c.members.stream().filter(r -> r.year() == year).findFirst().orElse(null);
    }

    /** For each stem, its most frequent surface word in the two years (ties: alphabetical). */
    private static Map<String, String> commonestWords(List<StatementRef> statements, int from, int to) {
        Map<String, Map<String, Integer>> forms = new TreeMap<>();
        for (StatementRef r : statements) {
            if (r.year() == from || r.year() == to) {
                for (AnalyzedTerm t : r.analysed().terms()) {
                    if (t.kind() == TermKind.STEM) {
                        forms.computeIfAbsent(t.term(), k -> new TreeMap<>())
                                .merge(t.surface().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        forms.forEach((stem, counts) -> out.put(stem, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return out;
    }

    private static Map<String, Integer> stemCounts(List<StatementRef> statements, int year) {
        Map<String, Integer> counts = new TreeMap<>();
        for (StatementRef r : statements) {
            if (r.year() == year) {
                for (AnalyzedTerm t : r.analysed().terms()) {
                    if (t.kind() == TermKind.STEM) {
                        counts.merge(t.term(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<Followup> followups(String municipality, String sector, List<StatementRef> statements,
                                            StatementMatcher matcher, double threshold) {
        List<Followup> out = new ArrayList<>();
        for (StatementRef c : statements) {
            if (c.section() != SectionKind.CHALLENGE) {
                continue;
            }
            for (StatementRef r : statements) {
                if (r.section() == SectionKind.RESULT && r.year() > c.year()
                        && matcher.score(c.analysed(), r.analysed()) >= threshold) {
                    out.add(new Followup(municipality, sector, c.occurrence(), r.occurrence(),
                            matcher.explain(c.text(), c.analysed(), r.text(), r.analysed())));
                }
            }
        }
        return out;
    }
}
