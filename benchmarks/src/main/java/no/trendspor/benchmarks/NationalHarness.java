package no.trendspor.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GeneratedCorpus;
import no.trendspor.benchmarks.corpus.GeneratedReport;
import no.trendspor.benchmarks.corpus.GroundTruth;
import no.trendspor.benchmarks.corpus.PairwiseScore;
import no.trendspor.benchmarks.corpus.PlantedChallenge;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.match.ChallengeAnalysisResult;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.match.Occurrence;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.match.SearchHit;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * The end-to-end benchmark of issue 8, in one process: for each size (default 1, 10, 100 and 357
 * municipalities × 10 years) it generates the synthetic corpus in memory, ingests it (one
 * {@link ReportParser#parseAll} per municipality, municipalities spread over the available cores)
 * and runs {@link ChallengeAnalysis} over all documents at once, then prints throughput, wall
 * time, peak heap and pairwise F1 against the planted truth; runs the naive all-pairs baseline on
 * the same parsed documents (on a sample of municipalities when it would take too long, then
 * extrapolated linearly in municipalities — said so in the output); fits the cost-growth
 * exponent; and at the largest size measures cross-municipality search against an exhaustive
 * scan.
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar no.trendspor.benchmarks.NationalHarness \
 *     [--sizes 1,10,100,357] [--queries 200] [--naive-max 100] [--naive-sample 36] [--no-search]
 * </pre>
 */
public final class NationalHarness {

  /** What one size measured. */
  record SizeResult(int municipalities, int reports, long statements, long challenges,
      double ingestSeconds, double analysisSeconds, long peakHeapSampled, long peakHeapPools,
      long heapBefore, long peakAfterGc, double analysisCpuSeconds, double processCpuSeconds, int recurring, PairwiseScore score, double naiveSeconds, boolean naiveExtrapolated,
      int naiveSampleMunicipalities, PairwiseScore naiveScore, PairwiseScore analysisOnNaiveSample,
      long naiveComparisons, double nationalNaiveSeconds, double nationalNaiveF1) {

    double wallSeconds() {
      return ingestSeconds + analysisSeconds;
    }
  }

  private NationalHarness() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    System.out.println("# Trendspor national harness");
    System.out.printf(Locale.ROOT, "date %s, java %s, cores %d, max heap %d MB, load average at start %s%n",
        Instant.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, loadAverage());
    System.out.printf(Locale.ROOT, "analysis threads %s (%s; default: cores)%n",
        System.getProperty(ChallengeAnalysis.THREADS_PROPERTY, "default"), ChallengeAnalysis.THREADS_PROPERTY);
    System.out.println("warm-up: one untimed run at 10 municipalities (JIT), then each size once");
    runSize(10, o, true);

    List<SizeResult> results = new ArrayList<>();
    for (int size : o.sizes) {
      results.add(runSize(size, o, false));
    }
    System.out.println();
    System.out.println("| municipalities | statements | ingest s | analysis s (its process CPU s) | wall s | process CPU s"
        + " | statements/s | peak heap MB (sampled / retained after GC) | recurring | P | R | F1 | naive s | naive F1"
        + " | analysis F1 on naive's data | × faster than naive | naive national s | its F1 | × faster |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        + "| ---: | ---: | ---: | ---: | ---: | ---: |");
    for (SizeResult r : results) {
      System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %.2f (%.2f) | %.2f | %.2f | %.0f | %d / %d | %d | %.3f | %.3f"
              + " | %.3f | %s%.1f | %.3f%s | %.3f | %.1f | %s%.1f | %s | %.1f |%n",
          r.municipalities, r.statements, r.ingestSeconds, r.analysisSeconds, r.analysisCpuSeconds,
          r.wallSeconds(), r.processCpuSeconds, r.statements / r.wallSeconds(), r.peakHeapSampled >> 20,
          r.peakAfterGc >> 20, r.recurring,
          r.score.precision(), r.score.recall(), r.score.f1(),
          r.naiveExtrapolated ? "≈" : "", r.naiveSeconds, r.naiveScore.f1(),
          r.naiveExtrapolated ? " (sample of " + r.naiveSampleMunicipalities + ")" : "",
          r.analysisOnNaiveSample.f1(), r.naiveSeconds / r.analysisSeconds,
          Double.isNaN(r.nationalNaiveF1) ? "≈" : "", r.nationalNaiveSeconds,
          Double.isNaN(r.nationalNaiveF1) ? "n/a (capped)" : String.format(Locale.ROOT, "%.3f", r.nationalNaiveF1),
          r.nationalNaiveSeconds / r.analysisSeconds);
    }
    if (results.size() >= 2) {
      double[] x = results.stream().mapToDouble(r -> Math.log(r.municipalities)).toArray();
      System.out.printf(Locale.ROOT, "cost-growth exponent (log-log OLS slope over sizes %s): wall %.3f,"
              + " analysis only %.3f, ingest only %.3f; naive %.3f%n",
          Arrays.toString(o.sizes),
          slope(x, results.stream().mapToDouble(r -> Math.log(r.wallSeconds())).toArray()),
          slope(x, results.stream().mapToDouble(r -> Math.log(r.analysisSeconds)).toArray()),
          slope(x, results.stream().mapToDouble(r -> Math.log(r.ingestSeconds)).toArray()),
          slope(x, results.stream().mapToDouble(r -> Math.log(r.naiveSeconds)).toArray()));
      System.out.printf(Locale.ROOT, "cost-growth exponent on CPU time (less sensitive to load): process %.3f,"
              + " analysis (process CPU while it ran) %.3f%n",
          slope(x, results.stream().mapToDouble(r -> Math.log(r.processCpuSeconds)).toArray()),
          slope(x, results.stream().mapToDouble(r -> Math.log(r.analysisCpuSeconds)).toArray()));
    }
    if (o.search) {
      int largest = Arrays.stream(o.sizes).max().orElse(357);
      SearchEvaluation.run(largest, o.queries, System.out);
    }
    System.out.printf(Locale.ROOT, "load average at end %s%n", loadAverage());
  }

  static SizeResult runSize(int size, Options o, boolean warmUp) throws Exception {
    System.gc();
    long g0 = System.nanoTime();
    GeneratedCorpus corpus = new SyntheticCorpus(CorpusSpec.standard(size)).generate();
    double generateSeconds = (System.nanoTime() - g0) / 1e9;
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapBefore = rt.totalMemory() - rt.freeMemory();

    List<ReportDocument> docs;
    ChallengeAnalysisResult result;
    double ingestSeconds;
    double analysisSeconds;
    long peakSampled;
    long peakPools;
    long peakAfterGc;
    double analysisCpu;
    double processCpu;
    try (HeapPeak peak = HeapPeak.start()) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      docs = ingest(corpus.reports());
      long t1 = System.nanoTime();
      // The analysis runs on a pool of its own (ChallengeAnalysis.THREADS_PROPERTY), so its CPU is the
      // process CPU while it runs (GC and JIT threads included), not the calling thread's.
      long a0 = processCpuNanos();
      result = ChallengeAnalysis.analyze(docs);
      analysisCpu = (processCpuNanos() - a0) / 1e9;
      long t2 = System.nanoTime();
      processCpu = (processCpuNanos() - c0) / 1e9;

      ingestSeconds = (t1 - t0) / 1e9;
      analysisSeconds = (t2 - t1) / 1e9;
      peakSampled = peak.sampledPeak();
      peakPools = HeapPeak.poolPeakSum();
    }
    // What the parsed documents and the result keep alive (the corpus text included).
    System.gc();
    peakAfterGc = rt.totalMemory() - rt.freeMemory();
    GroundTruth truth = corpus.truth();
    TruthMapping mapping = new TruthMapping(docs, truth);
    PairwiseScore score = PairwiseScore.of(mapping.pairs(clusters(result.recurringChallenges())), truth);
    long statements = docs.stream().flatMap(d -> d.sectors().stream())
        .mapToLong(s -> s.statements().size()).sum();
    long challenges = truth.challenges().size();
    if (warmUp) {
      System.out.printf(Locale.ROOT, "warm-up done: %d statements, %.2f s%n", statements,
          ingestSeconds + analysisSeconds);
      return null;
    }

    // Naive baseline on the same parsed documents, or on the first municipalities of them.
    boolean sample = size > o.naiveMax;
    int sampleSize = sample ? Math.min(o.naiveSample, size) : size;
    Set<String> sampled = corpus.reports().stream().map(GeneratedReport::municipality).distinct()
        .limit(sampleSize).collect(Collectors.toSet());
    List<ReportDocument> naiveDocs = sample
        ? docs.stream().filter(d -> sampled.contains(d.municipality())).toList() : docs;
    GroundTruth naiveTruth = sample
        ? new GroundTruth(truth.challenges().stream().filter(c -> sampled.contains(c.municipality())).toList())
        : truth;
    NaiveBaseline naive = new NaiveBaseline(AnalysisOptions.DEFAULT_MATCH_THRESHOLD, true, Long.MAX_VALUE);
    long n0 = System.nanoTime();
    NaiveBaseline.Result naiveResult = naive.run(naiveDocs);
    double naiveSeconds = (System.nanoTime() - n0) / 1e9;
    PairwiseScore naiveScore = PairwiseScore.of(mapping.pairs(naiveResult.clusters()), naiveTruth);
    PairwiseScore analysisOnSample = sample
        ? PairwiseScore.of(mapping.pairs(clusters(result.recurringChallenges().stream()
            .filter(r -> sampled.contains(r.municipality())).toList())), naiveTruth)
        : score;
    // The baseline: same sector name, all municipalities; quadratic, so capped.
    NaiveBaseline.Result national = new NaiveBaseline(AnalysisOptions.DEFAULT_MATCH_THRESHOLD, false,
        o.nationalNaiveMaxComparisons).run(docs);
    PairwiseScore nationalScore = national.truncated() ? null
        : PairwiseScore.of(mapping.pairs(national.clusters()), truth);
    double naiveFull = naiveSeconds * size / sampleSize;

    System.out.printf(Locale.ROOT, "%n## %d municipalities × 10 years: %d reports, %.1f MB, %d statements (%d planted"
            + " challenges, %d mapped / %d unmapped parsed statements); generated in %.2f s (not timed below)%n",
        size, docs.size(), corpus.utf8Bytes() / 1e6, statements, challenges, mapping.mapped(), mapping.unmapped(),
        generateSeconds);
    System.out.printf(Locale.ROOT, "ingest %.2f s, analysis %.2f s (%.2f s process CPU while it ran), end to end %.2f s"
            + " (process CPU %.2f s incl. GC/JIT), %.0f statements/s; heap before %d MB (corpus in memory), peak %d MB"
            + " sampled, %d MB pool peaks, %d MB retained after analysis (after System.gc: corpus, documents, result); load %s%n",
        ingestSeconds, analysisSeconds, analysisCpu, ingestSeconds + analysisSeconds, processCpu,
        statements / (ingestSeconds + analysisSeconds), heapBefore >> 20, peakSampled >> 20, peakPools >> 20,
        peakAfterGc >> 20, loadAverage());
    System.out.printf(Locale.ROOT, "analysis: %d recurring challenges; pairwise P %.3f R %.3f F1 %.3f (%d of %d"
            + " predicted pairs planted, %d planted)%n", result.recurringChallenges().size(),
        score.precision(), score.recall(), score.f1(), score.truePositives(), score.predicted(), score.planted());
    System.out.printf(Locale.ROOT, "naive all-pairs (same municipality + sector, other years, threshold %.2f):"
            + " %s%d municipalities, %d comparisons, %.2f s%s; P %.3f R %.3f F1 %.3f; analysis on the same"
            + " municipalities F1 %.3f; analysis is %.1f× faster (matching only, from parsed documents)%n",
        AnalysisOptions.DEFAULT_MATCH_THRESHOLD, sample ? "SAMPLE of the first " : "", sampleSize,
        naiveResult.comparisons(), naiveSeconds,
        sample ? String.format(Locale.ROOT, ", extrapolated ×%d/%d to ≈%.1f s", size, sampleSize, naiveFull) : "",
        naiveScore.precision(), naiveScore.recall(), naiveScore.f1(), analysisOnSample.f1(),
        naiveFull / analysisSeconds);
    System.out.printf(Locale.ROOT, "naive national (same sector name, any municipality, other years — the issue's"
            + " baseline): %d of %d comparisons %s, %.2f s%s; %s; analysis is %.1f× faster%n",
        national.comparisons(), national.fullComparisons(), national.truncated() ? "made (capped)" : "made",
        national.prepareSeconds() + national.compareSeconds(),
        national.truncated() ? String.format(Locale.ROOT, ", extrapolated by time per comparison to ≈%.0f s",
            national.estimatedSeconds()) : "",
        nationalScore == null ? "F1 not measured (capped run)"
            : String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", nationalScore.precision(), nationalScore.recall(),
                nationalScore.f1()),
        national.estimatedSeconds() / analysisSeconds);
    return new SizeResult(size, docs.size(), statements, challenges, ingestSeconds, analysisSeconds, peakSampled,
        peakPools, heapBefore, peakAfterGc, analysisCpu, processCpu, result.recurringChallenges().size(), score, naiveFull, sample, sampleSize,
        naiveScore, analysisOnSample, naiveResult.comparisons(), national.estimatedSeconds(),
        nationalScore == null ? Double.NaN : nationalScore.f1());
  }

  /** Each recurring challenge as the list of its occurrences' statement ids. */
  static List<List<String>> clusters(List<RecurringChallenge> recurring) {
    return recurring.stream().map(r -> r.occurrences().stream().map(Occurrence::statementId).toList()).toList();
  }

  /**
   * Parses the reports one municipality at a time ({@link ReportParser#parseAll}, so a
   * municipality's years mend each other's damage, as the CLI does for a directory), spread over
   * the cores; the result is in report order whatever the scheduling.
   */
  static List<ReportDocument> ingest(List<GeneratedReport> reports) throws Exception {
    Map<String, List<GeneratedReport>> byMunicipality = new LinkedHashMap<>();
    for (GeneratedReport r : reports) {
      byMunicipality.computeIfAbsent(r.municipality(), k -> new ArrayList<>()).add(r);
    }
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<ReportParser> parsers = ThreadLocal.withInitial(ReportParser::new);
    try {
      List<Future<List<ReportDocument>>> parts = new ArrayList<>();
      for (List<GeneratedReport> group : byMunicipality.values()) {
        parts.add(pool.submit(() -> parsers.get().parseAll(group.stream()
            .map(r -> new ReportParser.Input(r.source(), r.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new IngestHints(r.year(), r.municipality(), null)))
            .toList())));
      }
      List<ReportDocument> out = new ArrayList<>(reports.size());
      for (Future<List<ReportDocument>> f : parts) {
        out.addAll(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  /** Ordinary least-squares slope of y on x. */
  static double slope(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }

  static long processCpuNanos() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** Command-line options. */
  record Options(int[] sizes, int queries, int naiveMax, int naiveSample, boolean search,
      long nationalNaiveMaxComparisons) {
    static Options parse(String[] args) {
      int[] sizes = CorpusSpec.SIZES.stream().mapToInt(Integer::intValue).toArray();
      int queries = 200;
      int naiveMax = 100;
      int naiveSample = 36;
      boolean search = true;
      long nationalMax = 2_000_000;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
          case "--queries" -> queries = Integer.parseInt(args[++i]);
          case "--naive-max" -> naiveMax = Integer.parseInt(args[++i]);
          case "--naive-sample" -> naiveSample = Integer.parseInt(args[++i]);
          case "--no-search" -> search = false;
          case "--national-naive-max" -> nationalMax = Long.parseLong(args[++i]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; use [--sizes 1,10,100,357] [--queries 200] [--naive-max 100] [--naive-sample 36] [--no-search]"
              + " [--national-naive-max 2000000]");
        }
      }
      return new Options(sizes, queries, naiveMax, naiveSample, search, nationalMax);
    }
  }
}
