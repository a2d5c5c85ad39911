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
import java.util.concurrent.Executor;
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
 * <p>Per municipality, sectors are aligned across years once, for every analysis ({@link
 * AlignedCorpus}, {@link SectorAligner}); per aligned
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

    /** Municipality used for documents that do not name one ({@link AlignedCorpus#UNKNOWN_MUNICIPALITY}). */
    public static final String UNKNOWN_MUNICIPALITY = AlignedCorpus.UNKNOWN_MUNICIPALITY;

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
     * Analyses the documents: aligns them ({@link AlignedCorpus}), then reads challenges off the
     * alignment.
     *
     * @param documents parsed reports, any order, any municipalities
     * @param options   thresholds, stemmer and sector overrides
     * @return alignments, recurring challenges, theme diffs and follow-ups
     */
    public static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options) {
        return analyze(documents, options, Parallel.threads());
    }

    /**
     * Recurring challenges, theme diffs and follow-ups of an aligned corpus, with the corpus's
     * options; its sector alignment is the one reported.
     */
    public static ChallengeAnalysisResult analyze(AlignedCorpus corpus) {
        return Parallel.run(Parallel.threads(), pool -> analyze(corpus, pool));
    }

    /** The thread count of {@link #THREADS_PROPERTY}, or the available processors. */
    static int threads() {
        return Parallel.threads();
    }

    /** {@link #analyze(List, AnalysisOptions)} on the given number of threads (1 = the calling thread). */
    static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options, int threads) {
        return Parallel.run(threads, pool -> analyze(AlignedCorpus.of(documents, options, pool), pool));
    }

    /**
     * Recurring challenges, theme diffs and follow-ups of an aligned corpus, one task per
     * municipality on {@code pool} (a caller's executor; null runs every task on the calling
     * thread). The result is the same for any executor.
     *
     * @param corpus the aligned corpus
     * @param pool   where the tasks run, or null for the calling thread
     * @return alignments, recurring challenges, theme diffs and follow-ups
     */
    public static ChallengeAnalysisResult analyze(AlignedCorpus corpus, Executor pool) {
        AnalysisOptions options = corpus.options();
        NorwegianTextAnalyzer analyzer = corpus.analyzer();
        StatementMatcher matcher = new StatementMatcher(corpus.similarity());
        ChainBuilder chainBuilder = new ChainBuilder(matcher, options.matchThreshold(), options.maxGapReports());
        PossibleLinks possible = new PossibleLinks(matcher, analyzer::canonical);
        Decisions decisions = options.decisions();
        Map<String, List<StatementRef>> byKey = decisions.hasLinkDecisions() ? challengesByKey(corpus) : Map.of();
        LinkVerdicts verdicts = verdicts(decisions, byKey);

        // One task per municipality (the chain builder and matcher are stateless, the similarity
        // thread-safe); merged in municipality order as a sequential run would append.
        List<MunicipalityResult> perTask = Parallel.inOrder(corpus.municipalities(),
                m -> analyzeMunicipality(corpus, m, chainBuilder, verdicts, possible, matcher, analyzer, options), pool);
        List<RecurringChallenge> recurring = new ArrayList<>();
        List<ThemeDiff> diffs = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        List<PossibleLink> possibleLinks = new ArrayList<>();
        java.util.IdentityHashMap<StatementRef, Object> chainOf = new java.util.IdentityHashMap<>();
        for (MunicipalityResult r : perTask) {
            chainOf.putAll(r.chainOf());
            recurring.addAll(r.recurring());
            diffs.addAll(r.diffs());
            followups.addAll(r.followups());
            possibleLinks.addAll(r.possibleLinks());
        }
        recurring.sort(Comparator.comparing(RecurringChallenge::municipality).thenComparing(RecurringChallenge::sector)
                .thenComparingInt(RecurringChallenge::firstYear).thenComparing(RecurringChallenge::id));
        return new ChallengeAnalysisResult(corpus.sectorAlignments(), recurring, diffs, followups, possibleLinks,
                outcomes(decisions, byKey, chainOf, corpus), analyzer.knowledge().use());
    }

    /** What one municipality contributes, each list in the order a sequential run appends it. */
    private record MunicipalityResult(List<RecurringChallenge> recurring, List<ThemeDiff> diffs,
                                      List<Followup> followups, List<PossibleLink> possibleLinks,
                                      java.util.IdentityHashMap<StatementRef, Object> chainOf) {
    }

    /** Chains, theme diffs and follow-ups of one municipality, per aligned sector of the corpus. */
    private static MunicipalityResult analyzeMunicipality(AlignedCorpus corpus, String municipality,
                                                          ChainBuilder chainBuilder, LinkVerdicts verdicts,
                                                          PossibleLinks possible,
                                                          StatementMatcher matcher,
                                                          NorwegianTextAnalyzer analyzer, AnalysisOptions options) {
        List<RecurringChallenge> recurring = new ArrayList<>();
        List<ThemeDiff> diffs = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        List<PossibleLink> possibleLinks = new ArrayList<>();
        java.util.IdentityHashMap<StatementRef, Object> chainOf = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, List<StatementRef>> s : corpus.statementsBySector(municipality).entrySet()) {
            List<StatementRef> statements = s.getValue();
            List<StatementRef> challenges = statements.stream()
                    .filter(r -> r.section() == SectionKind.CHALLENGE).toList();
            List<ChainBuilder.Chain> chains = chainBuilder.build(challenges, verdicts);
            for (ChainBuilder.Chain c : chains) {
                c.members.forEach(m -> chainOf.put(m, c));
                if (c.members.size() > 1) {
                    recurring.add(ChainBuilder.toRecurring(c, municipality, s.getKey()));
                }
            }
            diffs.addAll(themeDiffs(municipality, s.getKey(), statements, corpus.cutYears(municipality, s.getKey()),
                    chains, matcher, analyzer, options.keynessTopTerms()));
            followups.addAll(followups(municipality, s.getKey(), statements, matcher, options.followupThreshold()));
            possibleLinks.addAll(possible.of(municipality, s.getKey(), chains));
        }
        return new MunicipalityResult(recurring, diffs, followups, possibleLinks, chainOf);
    }

    /** Every challenge statement of the corpus by the lookup form of its {@link StatementKey}. */
    private static Map<String, List<StatementRef>> challengesByKey(AlignedCorpus corpus) {
        Map<String, List<StatementRef>> out = new java.util.HashMap<>();
        for (String m : corpus.municipalities()) {
            for (List<StatementRef> list : corpus.statementsBySector(m).values()) {
                for (StatementRef r : list) {
                    if (r.section() == SectionKind.CHALLENGE) {
                        out.computeIfAbsent(StatementKey.of(r).lookup(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        return out;
    }

    /** The confirmed and rejected links resolved to the corpus's statements. */
    private static LinkVerdicts verdicts(Decisions decisions, Map<String, List<StatementRef>> byKey) {
        if (!decisions.hasLinkDecisions()) {
            return LinkVerdicts.NONE;
        }
        LinkVerdicts v = new LinkVerdicts();
        for (Decision d : decisions.decisions()) {
            if (d.kind() == Decision.Kind.EQUIVALENT) {
                continue;
            }
            for (StatementRef a : byKey.getOrDefault(d.from().lookup(), List.of())) {
                for (StatementRef b : byKey.getOrDefault(d.to().lookup(), List.of())) {
                    if (a != b) {
                        v.put(a, b, d.kind() == Decision.Kind.CONFIRM);
                    }
                }
            }
        }
        return v;
    }

    /** What became of each decision: applied, unmatched (a statement is gone) or not applied (why). */
    private static List<DecisionOutcome> outcomes(Decisions decisions, Map<String, List<StatementRef>> byKey,
                                                  java.util.IdentityHashMap<StatementRef, Object> chainOf,
                                                  AlignedCorpus corpus) {
        List<DecisionOutcome> out = new ArrayList<>();
        for (Decision d : decisions.decisions()) {
            String text = d.toString();
            if (d.kind() == Decision.Kind.EQUIVALENT) {
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.APPLIED, ""));
                continue;
            }
            List<StatementRef> from = byKey.getOrDefault(d.from().lookup(), List.of());
            List<StatementRef> to = byKey.getOrDefault(d.to().lookup(), List.of());
            if (from.isEmpty() || to.isEmpty()) {
                String missing = from.isEmpty() && to.isEmpty() ? "neither statement is in the reports"
                        : "no challenge of the reports has the key " + (from.isEmpty() ? d.from() : d.to());
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.UNMATCHED, missing));
                continue;
            }
            boolean together = from.stream().anyMatch(a -> to.stream()
                    .anyMatch(b -> chainOf.get(a) != null && chainOf.get(a) == chainOf.get(b)));
            boolean confirm = d.kind() == Decision.Kind.CONFIRM;
            if (confirm == together) {
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.APPLIED, ""));
            } else if (from.stream().allMatch(a -> to.stream().allMatch(b -> a.year() == b.year()))) {
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.NOT_APPLIED, "both are of the same year"));
            } else if (from.stream().noneMatch(a -> to.stream().anyMatch(b -> chainOf.get(a) != null
                    && chainOf.get(b) != null && sameSector(corpus, a, b)))) {
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.NOT_APPLIED,
                        "the two are in different sectors"));
            } else {
                out.add(new DecisionOutcome(text, d.line(), DecisionOutcome.NOT_APPLIED,
                        "another decision keeps them apart"));
            }
        }
        return out;
    }

    private static boolean sameSector(AlignedCorpus corpus, StatementRef a, StatementRef b) {
        if (!a.municipality().equals(b.municipality())) {
            return false;
        }
        for (List<StatementRef> list : corpus.statementsBySector(a.municipality()).values()) {
            boolean hasA = list.stream().anyMatch(x -> x == a);
            boolean hasB = list.stream().anyMatch(x -> x == b);
            if (hasA || hasB) {
                return hasA && hasB;
            }
        }
        return false;
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
        YearWords words = new YearWords(statements);
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
            List<KeyTerm> keyTerms = Keyness.compare(words.stemCounts(from), words.stemCounts(to), topTerms,
                    (java.util.function.Function<String, String>) stem -> words.commonestWord(stem, from, to));
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

    /**
     * The stems of a sector's statements counted per year, with the words they were written as,
     * gathered in one pass: each pair of consecutive years compares two years' counts, and
     * counting them afresh per pair read every statement of the sector once per pair. Hash maps,
     * since nothing here depends on their order: {@link Keyness} orders its terms itself, and a
     * stem's commonest word is decided by count, then alphabetically.
     */
    private static final class YearWords {
        private final Map<Integer, Map<String, Integer>> stems = new java.util.HashMap<>();
        private final Map<Integer, Map<String, Map<String, Integer>>> forms = new java.util.HashMap<>();

        YearWords(List<StatementRef> statements) {
            for (StatementRef r : statements) {
                Map<String, Integer> counts = stems.computeIfAbsent(r.year(), y -> new java.util.HashMap<>());
                Map<String, Map<String, Integer>> written = forms.computeIfAbsent(r.year(), y -> new java.util.HashMap<>());
                for (AnalyzedTerm t : r.analysed().terms()) {
                    if (t.kind() == TermKind.STEM) {
                        counts.merge(t.term(), 1, Integer::sum);
                        written.computeIfAbsent(t.term(), k -> new java.util.HashMap<>(4))
                                .merge(t.surface().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }

        /** Each stem's count in the year's statements (not to be changed). */
        Map<String, Integer> stemCounts(int year) {
            return java.util.Collections.unmodifiableMap(stems.getOrDefault(year, Map.of()));
        }

        /** The stem's most frequent surface word in the two years (ties: alphabetically first). */
        String commonestWord(String stem, int from, int to) {
            Map<String, Integer> both = new TreeMap<>();
            for (int year : new int[] {from, to}) {
                forms.getOrDefault(year, Map.of()).getOrDefault(stem, Map.of())
                        .forEach((word, n) -> both.merge(word, n, Integer::sum));
            }
            return both.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(stem);
        }
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
