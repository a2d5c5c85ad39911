package no.trendspor.benchmarks.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The planted answers of a generated corpus.
 *
 * <ul>
 *   <li>{@link #challenges()}: every challenge bullet with its concept, municipality, sector, year
 *       and line span;</li>
 *   <li>{@link #positivePairs()}: same concept, same municipality and sector, different years —
 *       the pairs a recurring-challenge matcher should link (pairwise F1);</li>
 *   <li>{@link #byConcept()} and {@link #sameConceptElsewhere(PlantedChallenge)}: same concept in
 *       other municipalities — the relevant answers of a cross-municipality search.</li>
 * </ul>
 *
 * <p>Derived views are computed on first use and cached; iteration orders are deterministic
 * (generation order, concepts sorted by id).
 */
public final class GroundTruth {

  private final List<PlantedChallenge> challenges;
  private final Map<String, PlantedChallenge> byId;
  private List<PlantedPair> pairs;
  private Set<StatementPair> pairSet;
  private Map<String, List<PlantedChallenge>> concepts;

  public GroundTruth(List<PlantedChallenge> challenges) {
    this.challenges = List.copyOf(challenges);
    Map<String, PlantedChallenge> ids = new HashMap<>(this.challenges.size() * 2);
    for (PlantedChallenge c : this.challenges) {
      if (ids.put(c.id(), c) != null) {
        throw new IllegalArgumentException("duplicate statement id " + c.id());
      }
    }
    this.byId = ids;
  }

  /** All planted challenges, in generation order (municipality, year, sector, position). */
  public List<PlantedChallenge> challenges() {
    return challenges;
  }

  /** The challenge with this id. */
  public Optional<PlantedChallenge> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The challenge whose bullet covers this 1-based line of this source, if any. */
  public Optional<PlantedChallenge> at(String source, int line) {
    PlantedChallenge start = byId.get(source + "#" + line);
    if (start != null) {
      return Optional.of(start);
    }
    // A wrapped bullet spans at most a few lines; look back a little.
    for (int first = line - 1; first >= Math.max(1, line - 4); first--) {
      PlantedChallenge c = byId.get(source + "#" + first);
      if (c != null) {
        return c.lastLine() >= line ? Optional.of(c) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Positive pairs for pairwise F1: same concept, municipality and sector, different years. */
  public synchronized List<PlantedPair> positivePairs() {
    if (pairs == null) {
      Map<String, List<PlantedChallenge>> groups = new TreeMap<>();
      for (PlantedChallenge c : challenges) {
        groups.computeIfAbsent(c.municipality() + '\u0000' + c.sector() + '\u0000' + c.conceptId(),
            k -> new ArrayList<>()).add(c);
      }
      List<PlantedPair> out = new ArrayList<>();
      for (List<PlantedChallenge> group : groups.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            PlantedChallenge a = group.get(i);
            PlantedChallenge b = group.get(j);
            if (a.year() != b.year()) {
              out.add(new PlantedPair(StatementPair.of(a.id(), b.id()), a.conceptId()));
            }
          }
        }
      }
      pairs = Collections.unmodifiableList(out);
    }
    return pairs;
  }

  /** {@link #positivePairs()} as a set of id pairs, for fast membership tests. */
  public synchronized Set<StatementPair> positivePairSet() {
    if (pairSet == null) {
      Set<StatementPair> set = new LinkedHashSet<>();
      for (PlantedPair p : positivePairs()) {
        set.add(p.pair());
      }
      pairSet = Collections.unmodifiableSet(set);
    }
    return pairSet;
  }

  /** Challenges grouped by concept id (sorted by id; each list in generation order). */
  public synchronized Map<String, List<PlantedChallenge>> byConcept() {
    if (concepts == null) {
      Map<String, List<PlantedChallenge>> grouped = new TreeMap<>();
      for (PlantedChallenge c : challenges) {
        grouped.computeIfAbsent(c.conceptId(), k -> new ArrayList<>()).add(c);
      }
      grouped.replaceAll((k, v) -> List.copyOf(v));
      concepts = Collections.unmodifiableMap(grouped);
    }
    return concepts;
  }

  /**
   * Cross-municipality truth for a query statement: the challenges of the same concept in other
   * municipalities (any year, any sector), in generation order.
   */
  public List<PlantedChallenge> sameConceptElsewhere(PlantedChallenge query) {
    List<PlantedChallenge> out = new ArrayList<>();
    for (PlantedChallenge c : byConcept().getOrDefault(query.conceptId(), List.of())) {
      if (!c.municipality().equals(query.municipality())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Number of municipalities that name each concept at least once (sorted by concept id). */
  public Map<String, Integer> municipalitiesPerConcept() {
    Map<String, Integer> out = new TreeMap<>();
    byConcept().forEach((concept, list) ->
        out.put(concept, (int) list.stream().map(PlantedChallenge::municipality).distinct().count()));
    return out;
  }
}
