package no.trendspor.benchmarks.corpus;

import java.util.List;

/**
 * The words the generator uses for one sector page.
 *
 * @param key            short ASCII key used in concept ids and statement ids
 * @param name           the sector heading as printed, e.g. {@code Pleie og omsorg}
 * @param missions       completions of "&lt;name&gt; skal ..." (without the sector name)
 * @param captions       picture captions that may precede the heading
 * @param results        result bullet templates, at least 8 (5–10 bullets are drawn per page,
 *                       without repetition, at most two of them from the general results)
 * @param concepts       recurring challenge concepts of this sector
 * @param oneOffTopics   noun phrases for one-off challenges (each used at most once per
 *                       municipality and sector, so it never recurs there)
 */
public record SectorVocabulary(
    String key,
    String name,
    List<String> missions,
    List<String> captions,
    List<String> results,
    List<ChallengeConcept> concepts,
    List<String> oneOffTopics) {

  public SectorVocabulary {
    missions = List.copyOf(missions);
    captions = List.copyOf(captions);
    results = List.copyOf(results);
    concepts = List.copyOf(concepts);
    oneOffTopics = List.copyOf(oneOffTopics);
    if (results.size() < 8) {
      // 5–10 result bullets per page, at most two of them general ones.
      throw new IllegalArgumentException("a sector needs at least eight result templates: " + key);
    }
  }
}
