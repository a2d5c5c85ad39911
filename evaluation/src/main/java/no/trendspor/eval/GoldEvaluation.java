package no.trendspor.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.match.ChallengeAnalysisResult;
import no.trendspor.match.Followup;
import no.trendspor.match.Occurrence;
import no.trendspor.match.PossibleLink;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.match.Relation;
import no.trendspor.match.StatementMatcher;
import no.trendspor.match.StatementSimilarity;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.StemmerChoice;

/**
 * Evaluates recurring-challenge detection against gold files, pairwise, exactly as the gold README
 * defines it: every pair of members of a gold cluster is a positive pair; every other pair of
 * challenge statements from different years of the same chain is a negative pair. A pair is
 * predicted positive when both statements are in the same {@link RecurringChallenge}.
 *
 * <p>Gold statements are found in the documents, among statements of the same section (result or
 * challenge), by id, else by text after collapsing whitespace,
 * else by prefix (truncated bullets), always within the same report year; a gold statement that is
 * not found counts as extraction miss and its pairs as predicted negative.
 *
 * <p>The baseline is word-overlap Jaccard (lower-cased letter runs) of the two texts with a
 * threshold, computed pairwise in the same run.
 *
 * <p>The relation the matcher gives the first and last member of each gold cluster is compared
 * with the cluster's gold {@code relation}.
 *
 * <p>Command line: {@code GoldEvaluation [--gold DIR] [--ingest [--corpus DIR] [--seeds DIR]]
 * [--threshold T] [--followup-threshold T] [--sweep] [--stemmers]}. Without {@code --ingest} it
 * evaluates on documents built from the gold statements themselves (matching alone); with it, on
 * the gold source files parsed by the real ingest ({@link IngestedDocuments}; directories default
 * to {@code ../shared/corpus} and {@code ../shared/seeds} from the repository root).
 *
 * <p><b>Figures</b> (dev gold, 2 chains, 14 positive pairs, 2026-11-26, defaults: LIGHT stemmer
 * with derivation folding, threshold 0.25), run from the repository root after
 * {@code mvn -B -q -pl evaluation -am compile} with the module's runtime class path:
 * <pre>
 *                          gold-built documents          ingested documents
 *   statements found       90 of 90                      90 of 90
 *   trendspor              P 1.000 R 0.714 F1 0.833      P 1.000 R 0.714 F1 0.833
 *   leave-one-chain-out    P 1.000 R 0.714 F1 0.833      P 1.000 R 0.714 F1 0.833
 *   Jaccard baseline 0.15  P 0.474 R 0.643 F1 0.545      P 0.474 R 0.643 F1 0.545
 *   follow-ups 0.15        P 0.500 R 0.500 F1 0.500      P 0.538 R 0.583 F1 0.560
 *   relations (clusters)   9 of 10 agree                 9 of 10 agree
 * </pre>
 * Commands: {@code java -cp CP no.trendspor.eval.GoldEvaluation --sweep --stemmers} and the same
 * with {@code --ingest}. The four missed pairs are two gold clusters whose members share one
 * content word with their counterpart among many other words (a short restructuring challenge vs a
 * long statement naming a multi-year plan; a 2016 welfare-technology challenge vs its long later
 * forms), while negative pairs of the same chain share as much; no general change measured here
 * separated them without adding false positives. Before the 2026-11-26 changes the follow-ups
 * were F1 0.417 on both and the relations 8 of 10.
 */
public final class GoldEvaluation {

    /** Thresholds of the sweep: 0.10, 0.125, ..., 0.60. */
    public static final double[] SWEEP = sweepValues();

    private GoldEvaluation() {
    }

    /**
     * The full result of one evaluation run.
     *
     * @param system             the library's recurring challenges
     * @param baseline           the Jaccard baseline
     * @param goldStatements     gold statements (results and challenges)
     * @param mappedStatements   how many of them were found in the documents
     * @param followups          follow-up pairs against the gold's (clear cases only, so precision
     *                           is a lower bound)
     * @param relations          the relation the matcher gives the first and last member of each gold
     *                           cluster, next to the cluster's gold relation
     */
    public record Result(MethodResult system, MethodResult baseline, int goldStatements, int mappedStatements,
                         PairScores followups, List<RelationCheck> relations, Candidates candidates) {

        public Result {
            relations = List.copyOf(relations);
        }

        /** How many gold clusters the relation classifier labels as the gold does. */
        public long relationAgreements() {
            return relations.stream().filter(RelationCheck::agrees).count();
        }

        /** Share of gold pairs that are linked or among the possible links (an analyst can finish them). */
        public double candidateRecall() {
            return candidates.joinable().recall();
        }

        /** Share of gold statements found in the documents. */
        public double statementRecall() {
            return goldStatements == 0 ? 0 : (double) mappedStatements / goldStatements;
        }
    }

    /**
     * The gold pairs an analyst can finish from the report: {@code direct} counts a pair as found
     * when it is linked or is itself a possible link; {@code joinable} also when a possible link
     * joins the two statements' chains (confirming it links the pair). Their false positives are
     * the non-gold pairs so found. {@code possibleLinks}: how many the analysis proposed among the
     * gold statements; {@code maxPerChallenge}: the most that touch one challenge.
     */
    public record Candidates(PairScores direct, PairScores joinable, int possibleLinks, int maxPerChallenge,
                             List<PairError> missed) {

        public Candidates {
            missed = List.copyOf(missed);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "candidate recall %.3f (%d of %d gold pairs linked or joined by a "
                            + "possible link; %.3f as the pair itself), %d possible links, at most %d per challenge",
                    joinable.recall(), joinable.truePositives(), joinable.truePositives() + joinable.falseNegatives(),
                    direct.recall(), possibleLinks, maxPerChallenge);
        }
    }

    /** Evaluates the library and the baseline on the gold with the given documents. */
    public static Result evaluate(List<GoldFile> gold, List<ReportDocument> documents, AnalysisOptions options,
                                  double baselineThreshold) {
        Map<String, Mapped> mapping = map(gold, documents);
        ChallengeAnalysisResult analysis = ChallengeAnalysis.analyze(documents, options);
        Map<String, String> recurringOf = new HashMap<>();
        for (RecurringChallenge rc : analysis.recurringChallenges()) {
            for (Occurrence o : rc.occurrences()) {
                recurringOf.put(o.statementId(), rc.id());
            }
        }
        Map<String, Set<String>> possibleOf = new HashMap<>();
        Set<String> goldDocIds = new java.util.HashSet<>();
        mapping.values().forEach(m -> goldDocIds.add(m.docId()));
        int possibleCount = 0;
        Map<String, Integer> perChallenge = new HashMap<>();
        for (PossibleLink p : analysis.possibleLinks()) {
            possibleOf.computeIfAbsent(p.fromStatementId(), k -> new java.util.HashSet<>()).add(p.toStatementId());
            possibleOf.computeIfAbsent(p.toStatementId(), k -> new java.util.HashSet<>()).add(p.fromStatementId());
            if (goldDocIds.contains(p.fromStatementId()) && goldDocIds.contains(p.toStatementId())) {
                possibleCount++;
            }
            perChallenge.merge(p.fromStatementId(), 1, Integer::sum);
            perChallenge.merge(p.toStatementId(), 1, Integer::sum);
        }
        int maxPerChallenge = goldDocIds.stream().mapToInt(id -> perChallenge.getOrDefault(id, 0)).max().orElse(0);
        NorwegianTextAnalyzer analyzer = options.analyzer();
        List<AnalyzedText> all = new ArrayList<>();
        for (ReportDocument d : documents) {
            for (Statement s : d.statements()) {
                all.add(analyzer.analyze(s.text()));
            }
        }
        StatementSimilarity similarity = StatementSimilarity.fit(all, analyzer::canonical,
                analyzer.hasRelatedTerms() ? analyzer::relatedTerms : null);

        Map<String, List<String>> members = new HashMap<>();
        for (RecurringChallenge rc : analysis.recurringChallenges()) {
            members.put(rc.id(), rc.occurrences().stream().map(Occurrence::statementId).toList());
        }
        List<PairError> candidateMisses = new ArrayList<>();
        PairScores directTotal = PairScores.ZERO;
        PairScores joinableTotal = PairScores.ZERO;
        Map<String, PairScores> sysChains = new TreeMap<>();
        Map<String, PairScores> baseChains = new TreeMap<>();
        List<PairError> sysFp = new ArrayList<>();
        List<PairError> sysFn = new ArrayList<>();
        List<PairError> baseFp = new ArrayList<>();
        List<PairError> baseFn = new ArrayList<>();
        for (GoldFile g : gold) {
            Map<String, String> clusterOf = new HashMap<>();
            for (GoldFile.Cluster c : g.clusters()) {
                for (String m : c.members()) {
                    clusterOf.put(m, c.id());
                }
            }
            List<GoldFile.GoldStatement> challenges = g.statements().stream()
                    .filter(GoldFile.GoldStatement::isChallenge).toList();
            PairScores sys = PairScores.ZERO;
            PairScores base = PairScores.ZERO;
            PairScores direct = PairScores.ZERO;
            PairScores joinable = PairScores.ZERO;
            for (int i = 0; i < challenges.size(); i++) {
                for (int j = i + 1; j < challenges.size(); j++) {
                    GoldFile.GoldStatement a = challenges.get(i);
                    GoldFile.GoldStatement b = challenges.get(j);
                    if (a.year() == b.year()) {
                        continue;
                    }
                    boolean gold1 = clusterOf.containsKey(a.id()) && clusterOf.get(a.id()).equals(clusterOf.get(b.id()));
                    Mapped ma = mapping.get(a.id());
                    Mapped mb = mapping.get(b.id());
                    boolean predicted = ma != null && mb != null && recurringOf.containsKey(ma.docId())
                            && recurringOf.get(ma.docId()).equals(recurringOf.get(mb.docId()));
                    String ta = ma != null ? ma.text() : a.text();
                    String tb = mb != null ? mb.text() : b.text();
                    double jac = jaccard(ta, tb);
                    boolean basePredicted = ma != null && mb != null && jac >= baselineThreshold;
                    double score = similarity.score(analyzer.analyze(ta), analyzer.analyze(tb));
                    sys = sys.plus(count(predicted, gold1));
                    boolean possible = ma != null && mb != null
                            && possibleOf.getOrDefault(ma.docId(), Set.of()).contains(mb.docId());
                    direct = direct.plus(count(predicted || possible, gold1));
                    boolean join = ma != null && mb != null
                            && joinable(ma.docId(), mb.docId(), recurringOf, possibleOf, members);
                    joinable = joinable.plus(count(join, gold1));
                    base = base.plus(count(basePredicted, gold1));
                    GoldFile.GoldStatement first = a.year() <= b.year() ? a : b;
                    GoldFile.GoldStatement second = first == a ? b : a;
                    if (gold1 && !join) {
                        candidateMisses.add(error(g, first, second, score));
                    }
                    if (predicted && !gold1) {
                        sysFp.add(error(g, first, second, score));
                    } else if (!predicted && gold1) {
                        sysFn.add(error(g, first, second, score));
                    }
                    if (basePredicted && !gold1) {
                        baseFp.add(error(g, first, second, jac));
                    } else if (!basePredicted && gold1) {
                        baseFn.add(error(g, first, second, jac));
                    }
                }
            }
            directTotal = directTotal.plus(direct);
            joinableTotal = joinableTotal.plus(joinable);
            sysChains.put(g.chain(), sys);
            baseChains.put(g.chain(), base);
        }
        int goldStatements = gold.stream().mapToInt(g -> g.statements().size()).sum();
        return new Result(
                new MethodResult("trendspor", options.matchThreshold(), sum(sysChains), sysChains, sysFp, sysFn),
                new MethodResult("jaccard-baseline", baselineThreshold, sum(baseChains), baseChains, baseFp, baseFn),
                goldStatements, mapping.size(), followupScores(gold, mapping, analysis),
                relationChecks(gold, mapping, new StatementMatcher(similarity), analyzer),
                new Candidates(directTotal, joinableTotal, possibleCount, maxPerChallenge, candidateMisses));
    }

    /**
     * Whether two statements are linked, or one possible link joins their chains (a statement in no
     * recurring challenge is a chain of its own).
     */
    private static boolean joinable(String a, String b, Map<String, String> recurringOf,
                                    Map<String, Set<String>> possibleOf, Map<String, List<String>> members) {
        String ca = recurringOf.get(a);
        String cb = recurringOf.get(b);
        if (ca != null && ca.equals(cb)) {
            return true;
        }
        List<String> left = ca == null ? List.of(a) : members.get(ca);
        Set<String> right = new java.util.HashSet<>(cb == null ? List.of(b) : members.get(cb));
        for (String x : left) {
            for (String y : possibleOf.getOrDefault(x, Set.of())) {
                if (right.contains(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A gold cluster (its first and last member by year) with the gold relation and the relation
     * {@link StatementMatcher#explain} gives that pair, whether or not the system linked it.
     */
    public record RelationCheck(String chain, String fromId, String toId, String gold, Relation predicted) {

        /** The gold relation name of a {@link Relation}. */
        public static String goldName(Relation r) {
            return switch (r) {
                case IDENTICAL -> "identical";
                case REWORDED -> "reworded";
                case DIRECTION_REVERSED -> "reversed-direction";
                case NARROWED_OR_BROADENED -> "narrowed-or-broadened";
            };
        }

        public boolean agrees() {
            return goldName(predicted).equals(gold);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s -> %s: gold %s, predicted %s%s", chain, fromId, toId, gold,
                    goldName(predicted), agrees() ? "" : "  (disagrees)");
        }
    }

    private static List<RelationCheck> relationChecks(List<GoldFile> gold, Map<String, Mapped> mapping,
                                                      StatementMatcher matcher, NorwegianTextAnalyzer analyzer) {
        List<RelationCheck> out = new ArrayList<>();
        for (GoldFile g : gold) {
            Map<String, GoldFile.GoldStatement> byId = new HashMap<>();
            g.statements().forEach(s -> byId.put(s.id(), s));
            for (GoldFile.Cluster c : g.clusters()) {
                List<GoldFile.GoldStatement> members = c.members().stream().map(byId::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted(java.util.Comparator.comparingInt(GoldFile.GoldStatement::year)).toList();
                // The gold gives one relation per cluster, so the first and the last member are
                // compared (a 3-year cluster may have an identical repeat inside a rewording).
                if (members.size() >= 2) {
                    GoldFile.GoldStatement a = members.get(0);
                    GoldFile.GoldStatement b = members.get(members.size() - 1);
                    String ta = mapping.containsKey(a.id()) ? mapping.get(a.id()).text() : a.text();
                    String tb = mapping.containsKey(b.id()) ? mapping.get(b.id()).text() : b.text();
                    Relation r = matcher.explain(ta, analyzer.analyze(ta), tb, analyzer.analyze(tb)).relation();
                    out.add(new RelationCheck(g.chain(), a.id(), b.id(), c.relation(), r));
                }
            }
        }
        return out;
    }

    /** Where a gold statement was found in the documents. */
    record Mapped(String docId, String text) {
    }

    /**
     * Maps gold statement ids to document statements of the same year: by id, else collapsed
     * original (then repaired) text, else prefix of more than 20 characters either way (truncated
     * bullets, or a parsed bullet that runs on past the gold's).
     */
    static Map<String, Mapped> map(List<GoldFile> gold, List<ReportDocument> documents) {
        Map<String, Mapped> byId = new HashMap<>();
        Map<String, Mapped> byText = new HashMap<>();
        List<Map.Entry<String, Mapped>> byYearText = new ArrayList<>();
        // A gold statement is found only as a statement of its own section: a challenge read as
        // running prose ("other") is not found.
        for (ReportDocument d : documents) {
            for (Statement s : d.statements()) {
                Mapped m = new Mapped(s.id(), s.text());
                String section = s.section().jsonName() + "\u0000";
                byId.putIfAbsent(section + d.year() + "\u0000" + s.id(), m);
                // The gold keeps extraction damage verbatim: the ingest's original text is the closer
                // form; its repaired text is the fallback.
                for (String form : originalThenRepaired(s)) {
                    byText.putIfAbsent(section + d.year() + "\u0000" + collapse(form), m);
                    byYearText.add(Map.entry(section + d.year() + "\u0000" + collapse(form), m));
                }
            }
        }
        Map<String, Mapped> out = new LinkedHashMap<>();
        for (GoldFile g : gold) {
            for (GoldFile.GoldStatement s : g.statements()) {
                String year = s.section() + "\u0000" + s.year() + "\u0000";
                Mapped m = byId.get(year + s.id());
                if (m == null) {
                    m = byText.get(year + collapse(s.text()));
                }
                if (m == null) {
                    String key = year + collapse(s.text());
                    for (Map.Entry<String, Mapped> e : byYearText) {
                        if (e.getKey().startsWith(year) && (e.getKey().startsWith(key) || key.startsWith(e.getKey()))
                                && e.getKey().length() > year.length() + 20) {
                            m = e.getValue();
                            break;
                        }
                    }
                }
                if (m != null) {
                    out.put(s.id(), m);
                }
            }
        }
        return out;
    }

    private static List<String> originalThenRepaired(Statement s) {
        if (s.originalText() == null || s.originalText().equals(s.text())) {
            return List.of(s.text());
        }
        return List.of(s.originalText(), s.text());
    }

    private static PairScores followupScores(List<GoldFile> gold, Map<String, Mapped> mapping,
                                             ChallengeAnalysisResult analysis) {
        Map<String, String> goldIdOf = new HashMap<>();
        mapping.forEach((goldId, m) -> goldIdOf.put(m.docId(), goldId));
        Set<String> goldPairs = new TreeSet<>();
        for (GoldFile g : gold) {
            for (GoldFile.FollowupPair f : g.followups()) {
                goldPairs.add(f.challenge() + ">" + f.result());
            }
        }
        Set<String> predicted = new TreeSet<>();
        for (Followup f : analysis.followups()) {
            String c = goldIdOf.get(f.challenge().statementId());
            String r = goldIdOf.get(f.result().statementId());
            if (c != null && r != null) {
                predicted.add(c + ">" + r);
            }
        }
        int tp = (int) predicted.stream().filter(goldPairs::contains).count();
        return new PairScores(tp, predicted.size() - tp, goldPairs.size() - tp);
    }

    private static PairScores count(boolean predicted, boolean gold) {
        if (predicted && gold) {
            return new PairScores(1, 0, 0);
        }
        if (predicted) {
            return new PairScores(0, 1, 0);
        }
        return gold ? new PairScores(0, 0, 1) : PairScores.ZERO;
    }

    private static PairError error(GoldFile g, GoldFile.GoldStatement a, GoldFile.GoldStatement b, double score) {
        return new PairError(g.chain(), a.id(), b.id(), a.text(), b.text(), score);
    }

    private static PairScores sum(Map<String, PairScores> perChain) {
        return perChain.values().stream().reduce(PairScores.ZERO, PairScores::plus);
    }

    static String collapse(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Jaccard of the sets of lower-cased letter runs. */
    static double jaccard(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 0;
        }
        Set<String> inter = new TreeSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new TreeSet<>(wa);
        union.addAll(wb);
        return (double) inter.size() / union.size();
    }

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static double[] sweepValues() {
        double[] v = new double[21];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.round((0.10 + 0.025 * i) * 1000) / 1000.0;
        }
        return v;
    }

    /**
     * The baseline's threshold: the best of its own sweep on the dev gold (0.150: F1 0.545; 0.125:
     * 0.429; 0.175: 0.500), so the comparison is generous to the baseline.
     */
    public static final double DEFAULT_BASELINE_THRESHOLD = 0.15;

    /**
     * Leave-one-chain-out: for each chain, the threshold with the best F1 on the other chains
     * (the middle of a plateau of equal F1) is applied to it; returns the summed figures.
     */
    public static PairScores leaveOneChainOut(List<GoldFile> gold, List<ReportDocument> documents,
                                              AnalysisOptions options, PrintStream log) {
        Map<Double, MethodResult> byThreshold = new LinkedHashMap<>();
        for (double t : SWEEP) {
            byThreshold.put(t, evaluate(gold, documents, options.withMatchThreshold(t), DEFAULT_BASELINE_THRESHOLD)
                    .system());
        }
        PairScores total = PairScores.ZERO;
        for (GoldFile held : gold) {
            // The best F1 on the other chains; over a plateau of equal F1, its middle threshold.
            double bestF = -1;
            List<Double> plateau = new ArrayList<>();
            for (Map.Entry<Double, MethodResult> e : byThreshold.entrySet()) {
                PairScores others = PairScores.ZERO;
                for (Map.Entry<String, PairScores> c : e.getValue().perChain().entrySet()) {
                    if (!c.getKey().equals(held.chain())) {
                        others = others.plus(c.getValue());
                    }
                }
                if (others.f1() > bestF + 1e-12) {
                    bestF = others.f1();
                    plateau.clear();
                }
                if (Math.abs(others.f1() - bestF) <= 1e-12) {
                    plateau.add(e.getKey());
                }
            }
            double bestT = plateau.get(plateau.size() / 2);
            PairScores heldScores = byThreshold.get(bestT).perChain().get(held.chain());
            if (log != null) {
                log.printf(Locale.ROOT, "  held out %-28s threshold %.3f (F1 %.3f on the others) -> %s%n",
                        held.chain(), bestT, bestF, heldScores);
            }
            total = total.plus(heldScores);
        }
        return total;
    }

    /** Prints the evaluation. */
    public static void main(String[] args) {
        Path shared = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared");
        Path goldDir = shared.resolve("gold");
        Path corpusDir = shared.resolve("corpus");
        Path seedsDir = shared.resolve("seeds");
        AnalysisOptions options = AnalysisOptions.defaults();
        boolean sweep = false;
        boolean stemmers = false;
        boolean ingest = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold" -> goldDir = Path.of(args[++i]);
                case "--threshold" -> options = options.withMatchThreshold(Double.parseDouble(args[++i]));
                case "--followup-threshold" ->
                        options = options.withFollowupThreshold(Double.parseDouble(args[++i]));
                case "--sweep" -> sweep = true;
                case "--stemmers" -> stemmers = true;
                case "--ingest" -> ingest = true;
                case "--corpus" -> corpusDir = Path.of(args[++i]);
                case "--seeds" -> seedsDir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: GoldEvaluation [--gold DIR] [--ingest [--corpus DIR] [--seeds DIR]]"
                            + " [--threshold T] [--followup-threshold T] [--sweep] [--stemmers]");
                    System.exit(2);
                }
            }
        }
        if (!Files.isDirectory(goldDir)) {
            System.err.println("no gold directory: " + goldDir);
            System.exit(1);
        }
        List<GoldFile> gold = GoldFile.readAll(goldDir);
        List<ReportDocument> documents = ingest ? IngestedDocuments.of(gold, corpusDir, seedsDir)
                : GoldDocuments.of(gold);
        System.out.println(ingest ? "Documents: parsed by the ingest from " + corpusDir + " and " + seedsDir
                : "Documents: built from the gold statements (oracle extraction)");
        print(System.out, gold, documents, options, sweep, stemmers);
    }

    /**
     * Prints the indicator figures of {@link IndicatorEvaluation}: precision, recall and series kept
     * whole per chain and in total, then every gold observation missed, every output observation
     * the gold does not list, and every gold series split over several output series.
     */
    static IndicatorEvaluation.Result printIndicators(PrintStream out, List<GoldFile> gold,
                                                      List<ReportDocument> documents, AnalysisOptions options) {
        IndicatorEvaluation.Result r = IndicatorEvaluation.evaluate(gold,
                IndicatorEvaluation.observations(no.trendspor.Trendspor.analyzeDocuments(documents, options)));
        out.println("indicators (against every measured number the gold lists): " + r.total());
        r.perChain().forEach((c, s) -> out.printf(Locale.ROOT, "  %-34s %s%n", c, s));
        r.misses().forEach(m -> out.println("  missed: " + m));
        r.extras().forEach(m -> out.println("  not in the gold: " + m));
        r.splitSeries().forEach(m -> out.println("  series split: " + m));
        return r;
    }

    /**
     * Prints each word-knowledge variant next to none: pairs P/R/F1, candidate recall and the
     * leave-one-chain-out F1 on these documents. {@code dictionaries} says where the Hunspell and
     * thesaurus files are; a variant whose file is missing is reported as skipped.
     */
    public static void printVariants(PrintStream out, List<GoldFile> gold, List<ReportDocument> documents,
                                     AnalysisOptions options, no.trendspor.text.WordKnowledgeSources dictionaries) {
        no.trendspor.text.WordKnowledgeSources none = no.trendspor.text.WordKnowledgeSources.none();
        Map<String, no.trendspor.text.WordKnowledgeSources> variants = new LinkedHashMap<>();
        variants.put("none", none);
        variants.put("public-sector list", no.trendspor.text.WordKnowledgeSources.bundled());
        variants.put("hunspell", dictionaries.hasHunspell() ? dictionaries.withoutThesaurus()
                .withPublicSectorList(false) : null);
        variants.put("thesaurus", dictionaries.hasThesaurus() ? dictionaries.withoutHunspell()
                .withPublicSectorList(false) : null);
        variants.put("all three", dictionaries.hasHunspell() && dictionaries.hasThesaurus()
                ? dictionaries.withPublicSectorList(true) : null);
        out.println("Word-knowledge variants (threshold " + options.matchThreshold()
                + "; pairs, candidate recall, leave-one-chain-out):");
        for (Map.Entry<String, no.trendspor.text.WordKnowledgeSources> v : variants.entrySet()) {
            if (v.getValue() == null) {
                out.printf(Locale.ROOT, "  %-20s skipped: dictionary not found%n", v.getKey());
                continue;
            }
            AnalysisOptions o = options.withWordKnowledge(v.getValue());
            Result r = evaluate(gold, documents, o, DEFAULT_BASELINE_THRESHOLD);
            PairScores loco = leaveOneChainOut(gold, documents, o, null);
            out.printf(Locale.ROOT, "  %-20s %s; candidate recall %.3f (%d possible links); LOCO F1 %.3f%n",
                    v.getKey(), r.system().total(), r.candidateRecall(), r.candidates().possibleLinks(), loco.f1());
        }
    }

    /** Prints the evaluation of the given documents (the CLI passes parsed documents here). */
    public static void print(PrintStream out, List<GoldFile> gold, List<ReportDocument> documents,
                             AnalysisOptions options, boolean sweep, boolean stemmers) {
        Result r = evaluate(gold, documents, options, DEFAULT_BASELINE_THRESHOLD);
        out.printf(Locale.ROOT, "Gold chains: %d; gold statements found in the documents: %d of %d (%.3f)%n",
                gold.size(), r.mappedStatements(), r.goldStatements(), r.statementRecall());
        out.printf(Locale.ROOT, "trendspor (threshold %.3f, stemmer %s): %s%n", options.matchThreshold(),
                options.stemmer(), r.system().total());
        r.system().perChain().forEach((c, s) -> out.printf(Locale.ROOT, "  %-28s %s%n", c, s));
        out.println("possible links: " + r.candidates());
        out.printf(Locale.ROOT, "baseline Jaccard (threshold %.3f): %s%n", r.baseline().threshold(),
                r.baseline().total());
        r.baseline().perChain().forEach((c, s) -> out.printf(Locale.ROOT, "  %-28s %s%n", c, s));
        out.printf(Locale.ROOT, "followups (threshold %.3f; gold lists clear cases only): %s%n",
                options.followupThreshold(), r.followups());
        out.printf(Locale.ROOT, "relations of gold clusters (first vs last member): %d of %d agree with the gold%n",
                r.relationAgreements(), r.relations().size());
        r.relations().forEach(c -> out.println("  " + c));
        printIndicators(out, gold, documents, options);
        out.println("False positives (trendspor):");
        r.system().falsePositives().forEach(e -> out.println("  " + e));
        out.println("False negatives (trendspor):");
        r.system().falseNegatives().forEach(e -> out.println("  " + e));
        out.println("Gold pairs neither linked nor joined by a possible link:");
        r.candidates().missed().forEach(e -> out.println("  " + e));
        if (sweep) {
            out.println("Threshold sweep (trendspor | baseline):");
            for (double t : SWEEP) {
                Result s = evaluate(gold, documents, options.withMatchThreshold(t), t);
                out.printf(Locale.ROOT, "  %.3f  %s | %s%n", t, s.system().total(), s.baseline().total());
            }
            out.println("Leave-one-chain-out (trendspor):");
            out.println("  total " + leaveOneChainOut(gold, documents, options, out));
        }
        if (stemmers) {
            out.println("Stemmer comparison (F1 at the threshold above; best F1 over the sweep):");
            for (StemmerChoice sc : StemmerChoice.values()) {
              for (boolean fold : new boolean[] {false, true}) {
                AnalysisOptions o = options.withStemmer(sc).withFoldDerivations(fold);
                PairScores at = evaluate(gold, documents, o, DEFAULT_BASELINE_THRESHOLD).system().total();
                double best = 0;
                double bestT = 0;
                for (double t : SWEEP) {
                    double f = evaluate(gold, documents, o.withMatchThreshold(t), DEFAULT_BASELINE_THRESHOLD)
                            .system().total().f1();
                    if (f > best + 1e-12) {
                        best = f;
                        bestT = t;
                    }
                }
                out.printf(Locale.ROOT, "  %-8s fold=%-5s %s; best F1 %.3f at %.3f%n", sc, fold, at, best, bestT);
              }
            }
        }
    }
}
