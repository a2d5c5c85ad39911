package no.trendspor.benchmarks.corpus;

import java.util.List;

/**
 * One underlying challenge with several ways of saying it. Every paraphrase of a concept counts as
 * the same challenge in the ground truth; the paraphrases differ on purpose by inflection,
 * synonym, compound splitting and direction of change.
 *
 * @param id          stable identity, e.g. {@code skole.laererrekruttering}
 * @param weight      relative popularity across municipalities (higher = named by more of them)
 * @param paraphrases 3–5 templates; may use the slots documented in {@link TemplateFiller}
 */
public record ChallengeConcept(String id, int weight, List<String> paraphrases) {

  public ChallengeConcept {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + id);
    }
    paraphrases = List.copyOf(paraphrases);
    if (paraphrases.size() < 3) {
      throw new IllegalArgumentException("a concept needs at least three paraphrases: " + id);
    }
  }
}
