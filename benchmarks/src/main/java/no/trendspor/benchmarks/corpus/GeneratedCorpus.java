package no.trendspor.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A whole generated corpus held in memory.
 *
 * @param spec       what was generated
 * @param reports    all reports, by municipality then year
 * @param truth      planted challenges and pairs
 * @param damage     all planted damage
 * @param statements missions + results + challenges
 */
public record GeneratedCorpus(
    CorpusSpec spec,
    List<GeneratedReport> reports,
    GroundTruth truth,
    List<DamageEvent> damage,
    int statements) {

  public GeneratedCorpus {
    reports = List.copyOf(reports);
    damage = List.copyOf(damage);
  }

  /** Total size of the report texts in UTF-8 bytes (as written by {@link SyntheticCorpus#writeTo}). */
  public long utf8Bytes() {
    long total = 0;
    for (GeneratedReport r : reports) {
      total += r.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return total;
  }
}
