package no.trendspor.benchmarks.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints, for each benchmark size, how long generation takes and how big the corpus is.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * no.trendspor.benchmarks.corpus.CorpusStats [--write DIR [--pages]] [--damage RATE] [SIZE...]}. Without
 * sizes it runs 1, 10, 100 and 357. Generation time is single-threaded, in memory, the best of
 * three runs (ten for sizes up to 10) after a 5 s JIT warm-up and one untimed run of the same size;
 * The generating thread's CPU time is printed next to the wall time because the build machine is
 * shared and wall time swings with its load. With {@code --write} each size is also written to {@code DIR/m<SIZE>} and that time (one run,
 * including the truth files) is printed too; {@code --pages} writes JSON report pages (municipality,
 * year, text) instead of text files.
 */
public final class CorpusStats {

  private CorpusStats() {}

  public static void main(String[] args) throws IOException {
    Path writeDir = null;
    boolean pages = false;
    double damage = CorpusSpec.DEFAULT_DAMAGE_RATE;
    List<Integer> sizes = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--write" -> writeDir = Path.of(args[++i]);
        case "--pages" -> pages = true;
        case "--damage" -> damage = Double.parseDouble(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes.addAll(CorpusSpec.SIZES);
    }
    Runtime rt = Runtime.getRuntime();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf(Locale.ROOT, "# seed %d, years 2014-2023, damage rate %.3f, %d cpus, max heap %d MB%n",
        CorpusSpec.DEFAULT_SEED, damage, rt.availableProcessors(), rt.maxMemory() >> 20);
    // Warm the JIT for a few seconds: on 2 busy cores C2 needs far longer than a few runs, and
    // without this the small sizes are timed half-interpreted (up to 5x slower per municipality).
    long warmUntil = System.nanoTime() + 5_000_000_000L;
    SyntheticCorpus warmUp = new SyntheticCorpus(CorpusSpec.standard(20).withDamageRate(damage));
    while (System.nanoTime() < warmUntil) {
      warmUp.generate();
    }
    System.out.println("| municipalities | files | MB (UTF-8) | statements | challenges | recurring"
        + " | planted pairs | concepts | damage events | generate ms | generate CPU ms"
        + " | CPU ms per municipality | write ms |");
    System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (int size : sizes) {
      CorpusSpec spec = CorpusSpec.standard(size).withDamageRate(damage);
      SyntheticCorpus generator = new SyntheticCorpus(spec);
      generator.generate();
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      GeneratedCorpus corpus = null;
      for (int run = 0; run < runs(size); run++) {
        corpus = null;
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        corpus = generator.generate();
        bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - startCpu);
        best = Math.min(best, System.nanoTime() - start);
      }
      GroundTruth truth = corpus.truth();
      long recurring = truth.challenges().stream().filter(PlantedChallenge::recurring).count();
      String writeMs = "-";
      if (writeDir != null) {
        Path dir = writeDir.resolve("m" + size);
        deleteTree(dir);
        long start = System.nanoTime();
        generator.writeTo(dir, pages);
        writeMs = Long.toString((System.nanoTime() - start) / 1_000_000);
      }
      System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %d | %d | %d | %d | %d | %d | %d | %d | %.2f | %s |%n",
          size, corpus.reports().size(), corpus.utf8Bytes() / 1e6, corpus.statements(),
          truth.challenges().size(), recurring, truth.positivePairs().size(),
          truth.byConcept().size(), corpus.damage().size(), best / 1_000_000,
          bestCpu / 1_000_000, bestCpu / 1e6 / size, writeMs);
    }
  }

  /** Small sizes are quick and noisy: take the best of more runs. */
  private static int runs(int size) {
    return size <= 10 ? 10 : 3;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
