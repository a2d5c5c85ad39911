package no.trendspor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;

/**
 * The benchmark that counts: files on disk to a report on disk, as a user runs it. Writes the
 * corpora as files, then runs on the same files, in the same run, one after the other:
 * <ul>
 *   <li>the real command line as a user runs it: the launcher {@code ./trendspor analyze --format json
 *   --out FILE DIR} (when run from the project root; else {@code java no.trendspor.cli.Main}) with
 *   {@code TRENDSPOR_JAVA_OPTS=-Xmx1g},</li>
 *   <li>the library facade ({@code Trendspor.analyze(DIR).writeJson(...)}, {@link LibraryRun}),</li>
 *   <li>the Python baseline {@code ../shared/tools/baseline.py} (regex sections + scikit-learn
 *   TF-IDF), skipped with a note when python3 with scikit-learn and nltk is missing.</li>
 * </ul>
 * Each runs in its own process with the same JVM options (default {@code -Xmx1g}); wall time and
 * peak resident set size (from GNU {@code /usr/bin/time}, where there is one) are printed as a
 * Markdown table, with the baseline ÷ CLI ratio and, per tool, time at the largest size ÷ time at
 * the smallest.
 *
 * <p>Corpora: {@code pages-N}, N municipalities × every real page of {@code ../shared/corpus}
 * (written by {@code ../shared/tools/national-pages.py}), and {@code synthetic-N}, the synthetic
 * corpus of {@code CorpusStats --write DIR --pages N}: one JSON page (municipality, year, text) per
 * municipality and year.
 *
 * <p>Run by hand, never in {@code mvn verify}:
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar no.trendspor.benchmarks.EndToEndHarness \
 *     [--shared ../shared] [--work /tmp/trendspor-e2e] [--xmx 1g] [--pages 25,100] [--synthetic 25,100,357]
 *     [--no-baseline] [--no-library] [--threads N] [--python /usr/bin/python3]
 *     [--launcher ./trendspor|none]
 * </pre>
 */
public final class EndToEndHarness {

    /** The Python that runs the baseline: the system's, which Debian's python3-sklearn serves. */
    private static String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private EndToEndHarness() {
    }

    /** One timed process: wall seconds, peak RSS in MiB (or -1), exit status. */
    record Run(double seconds, long rssMiB, int status) {
        String time() {
            return status == 0 ? String.format(Locale.ROOT, "%.1f s", seconds) : "failed (" + status + ")";
        }

        String rss() {
            return rssMiB < 0 ? "–" : rssMiB + " MiB";
        }
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of("../shared");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "trendspor-e2e");
        String xmx = "1g";
        List<Integer> pageSizes = List.of(25, 100);
        List<Integer> syntheticSizes = List.of(25, 100, 357);
        boolean baseline = true;
        boolean library = true;
        String threads = null;
        Path launcher = Files.isExecutable(Path.of("trendspor")) ? Path.of("trendspor").toAbsolutePath() : null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--shared" -> shared = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--pages" -> pageSizes = sizes(args[++i]);
                case "--synthetic" -> syntheticSizes = sizes(args[++i]);
                case "--no-baseline" -> baseline = false;
                case "--no-library" -> library = false;
                case "--threads" -> threads = args[++i];
                case "--python" -> python = args[++i];
                case "--launcher" -> {
                    String value = args[++i];
                    launcher = value.equals("none") ? null : Path.of(value).toAbsolutePath();
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(work);
        Path baselineScript = shared.resolve("tools/baseline.py");
        String baselineNote = null;
        if (baseline) {
            baselineNote = baselineMissing(baselineScript);
            baseline = baselineNote == null;
        } else {
            baselineNote = "baseline not run (--no-baseline)";
        }
        boolean time = Files.isExecutable(Path.of("/usr/bin/time"));

        Map<String, Path> corpora = new LinkedHashMap<>();
        Path nationalPages = shared.resolve("tools/national-pages.py");
        if (Files.isRegularFile(nationalPages) && hasPython()) {
            for (int n : pageSizes) {
                Path dir = work.resolve("pages-" + n);
                deleteTree(dir);
                exec(List.of(python, nationalPages.toString(), Integer.toString(n), dir.toString(),
                        shared.resolve("corpus").toString()), false, work.resolve("national-pages.log"));
                corpora.put("pages-" + n, dir);
            }
        } else {
            System.out.println("> pages corpus skipped: " + nationalPages + " or python3 missing");
        }
        for (int n : syntheticSizes) {
            Path dir = work.resolve("synthetic-" + n);
            deleteTree(dir);
            new SyntheticCorpus(CorpusSpec.standard(n)).writeTo(dir, true);
            corpora.put("synthetic-" + n, dir);
        }

        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> jvm = new ArrayList<>(List.of(javaBin, "-Xmx" + xmx, "-cp", classPath));
        if (threads != null) {
            jvm.add("-D" + no.trendspor.match.ChallengeAnalysis.THREADS_PROPERTY + "=" + threads);
        }
        javaOpts = "-Xmx" + xmx + (threads == null ? ""
                : " -D" + no.trendspor.match.ChallengeAnalysis.THREADS_PROPERTY + "=" + threads);
        System.out.println("# CLI: " + (launcher == null ? "java " + javaOpts + " no.trendspor.cli.Main"
                : launcher + " with TRENDSPOR_JAVA_OPTS='" + javaOpts + "'") + "; library: java " + javaOpts);
        System.out.printf(Locale.ROOT, "# %s, %d cores, JVM -Xmx%s, Java %s, /usr/bin/time %s, load average at start %.1f%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), xmx,
                System.getProperty("java.version"), time ? "present (peak RSS)" : "missing (no RSS)",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (baselineNote != null) {
            System.out.println("> " + baselineNote);
        }
        System.out.println();
        System.out.println("| corpus | files | MB | Trendspor CLI | RSS | library facade | RSS | baseline.py | RSS"
                + " | baseline ÷ CLI |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Map<String, Run[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, Path> c : corpora.entrySet()) {
            Path dir = c.getValue();
            Path out = work.resolve(c.getKey() + "-cli.json");
            List<String> cli = new ArrayList<>();
            if (launcher != null) {
                cli.add(launcher.toString()); // JVM options through TRENDSPOR_JAVA_OPTS, see timed()
            } else {
                cli.addAll(jvm);
                cli.add("no.trendspor.cli.Main");
            }
            cli.addAll(List.of("analyze", "--format", "json", "--out", out.toString(), dir.toString()));
            Run cliRun = timed(cli, time, work.resolve(c.getKey() + "-cli.log"));
            Run libRun = null;
            if (library) {
                List<String> lib = new ArrayList<>(jvm);
                lib.addAll(List.of(LibraryRun.class.getName(), work.resolve(c.getKey() + "-lib.json").toString(),
                        dir.toString()));
                libRun = timed(lib, time, work.resolve(c.getKey() + "-lib.log"));
            }
            Run pyRun = null;
            if (baseline) {
                pyRun = timed(List.of(python, baselineScript.toString(), "analyze", "--format", "json", "--out",
                        work.resolve(c.getKey() + "-baseline.json").toString(), dir.toString()), time,
                        work.resolve(c.getKey() + "-baseline.log"));
            }
            results.put(c.getKey(), new Run[] {cliRun, libRun, pyRun});
            long[] size = filesAndBytes(dir);
            System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %s | %s | %s | %s | %s | %s | %s |%n", c.getKey(),
                    size[0], size[1] / 1e6, cliRun.time(), cliRun.rss(),
                    libRun == null ? "–" : libRun.time(), libRun == null ? "–" : libRun.rss(),
                    pyRun == null ? "–" : pyRun.time(), pyRun == null ? "–" : pyRun.rss(),
                    pyRun == null || cliRun.status() != 0 || pyRun.status() != 0 ? "–"
                            : String.format(Locale.ROOT, "%.2f×", pyRun.seconds() / cliRun.seconds()));
        }
        System.out.println();
        printScaling("pages", pageSizes, results);
        printScaling("synthetic", syntheticSizes, results);
        System.out.println("Outputs and logs in " + work);
    }

    private static void printScaling(String corpus, List<Integer> sizes, Map<String, Run[]> results) {
        if (sizes.size() < 2) {
            return;
        }
        // The issue's measure is 100 ÷ 25; other sizes: largest ÷ smallest.
        boolean issueSizes = sizes.contains(25) && sizes.contains(100);
        int small = issueSizes ? 25 : sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int large = issueSizes ? 100 : sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Run[] a = results.get(corpus + "-" + small);
        Run[] b = results.get(corpus + "-" + large);
        if (a == null || b == null) {
            return;
        }
        String[] tools = {"CLI", "library", "baseline"};
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: time at %d ÷ time at %d (linear: %.1f):",
                corpus, large, small, (double) large / small));
        for (int t = 0; t < tools.length; t++) {
            if (a[t] != null && b[t] != null && a[t].status() == 0 && b[t].status() == 0) {
                line.append(String.format(Locale.ROOT, " %s %.2f", tools[t], b[t].seconds() / a[t].seconds()));
            }
        }
        System.out.println(line);
    }

    private static List<Integer> sizes(String csv) {
        return csv.isBlank() ? List.of() : Stream.of(csv.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    private static boolean hasPython() {
        try {
            return exec(List.of(python, "--version"), false, null) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Why the baseline cannot run, or null when it can. */
    private static String baselineMissing(Path script) {
        if (!Files.isRegularFile(script)) {
            return "baseline skipped: " + script + " not found";
        }
        try {
            if (exec(List.of(python, "-c", "import sklearn, nltk, numpy, scipy"), false, null) != 0) {
                return "baseline skipped: python3 lacks scikit-learn or nltk (Debian: python3-sklearn python3-nltk)";
            }
        } catch (IOException e) {
            return "baseline skipped: no python3";
        }
        return null;
    }

    private static Run timed(List<String> command, boolean useTime, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        Path rssFile = null;
        if (useTime) {
            rssFile = Files.createTempFile("trendspor-rss", ".txt");
            full.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", rssFile.toString()));
        }
        full.addAll(command);
        long start = System.nanoTime();
        int status = exec(full, true, log);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rss = -1;
        if (rssFile != null) {
            String text = Files.readString(rssFile).strip();
            String last = text.isEmpty() ? "" : text.lines().reduce((x, y) -> y).orElse("");
            if (last.matches("\\d+")) {
                rss = Long.parseLong(last) / 1024;
            }
            Files.deleteIfExists(rssFile);
        }
        return new Run(seconds, rss, status);
    }

    /** JVM options for the launcher (TRENDSPOR_JAVA_OPTS). */
    private static String javaOpts = "";

    private static int exec(List<String> command, boolean logOutput, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("TRENDSPOR_JAVA_OPTS", javaOpts);
        if (log != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        try {
            if (!p.waitFor(2, TimeUnit.HOURS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long[] filesAndBytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long[] r = new long[2];
            walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") || n.endsWith(".txt");
            }).forEach(p -> {
                r[0]++;
                try {
                    r[1] += Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return r;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The library facade end to end: {@code LibraryRun OUT.json PATH...}. */
    public static final class LibraryRun {

        private LibraryRun() {
        }

        public static void main(String[] args) throws IOException {
            List<Path> inputs = Stream.of(args).skip(1).map(Path::of).toList();
            try (java.io.Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
                no.trendspor.Trendspor.analyze(inputs).writeJson(w);
            }
        }
    }
}
