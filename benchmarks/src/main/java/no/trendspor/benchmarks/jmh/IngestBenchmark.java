package no.trendspor.benchmarks.jmh;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.trendspor.benchmarks.corpus.CorpusSpec;
import no.trendspor.benchmarks.corpus.GeneratedReport;
import no.trendspor.benchmarks.corpus.SyntheticCorpus;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest: {@link ReportParser#parse} of one generated report (one municipality × one year, about
 * 10 kB of UTF-8), cycling through 100 reports of 10 municipalities. The aux counter {@code mb}
 * turns the op rate into MB per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class IngestBenchmark {

  private final ReportParser parser = new ReportParser();
  private List<GeneratedReport> reports;
  private byte[][] bytes;
  private int next;

  /** Bytes parsed, per second (divide by 1e6 for MB/s). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    reports = new SyntheticCorpus(CorpusSpec.standard(10)).reports();
    bytes = new byte[reports.size()][];
    for (int i = 0; i < reports.size(); i++) {
      bytes[i] = reports.get(i).text().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** One report parsed from UTF-8 bytes. */
  @Benchmark
  public ReportDocument parseReport(Bytes counter) {
    int i = next;
    next = (next + 1) % reports.size();
    GeneratedReport r = reports.get(i);
    counter.bytes += bytes[i].length;
    return parser.parse(r.source(), bytes[i], new IngestHints(r.year(), r.municipality(), null));
  }
}
