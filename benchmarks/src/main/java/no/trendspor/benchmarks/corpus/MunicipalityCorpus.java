package no.trendspor.benchmarks.corpus;

import java.util.List;

/**
 * Everything generated for one municipality: one report per year, its planted challenges and the
 * damage applied.
 *
 * @param index            0-based municipality index (stable across corpus sizes)
 * @param municipality     municipality name
 * @param reports          one report per year, oldest first
 * @param challenges       planted challenges of all years, in text order
 * @param damage           planted damage, in text order
 * @param resultStatements number of result bullets (not in the truth; counted for sizes)
 * @param missionStatements number of mission sentences
 */
public record MunicipalityCorpus(
    int index,
    String municipality,
    List<GeneratedReport> reports,
    List<PlantedChallenge> challenges,
    List<DamageEvent> damage,
    int resultStatements,
    int missionStatements) {

  public MunicipalityCorpus {
    reports = List.copyOf(reports);
    challenges = List.copyOf(challenges);
    damage = List.copyOf(damage);
  }

  /** Missions, results and challenges together. */
  public int statementCount() {
    return missionStatements + resultStatements + challenges.size();
  }
}
