package no.trendspor.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.trendspor.benchmarks.corpus.GroundTruth;
import no.trendspor.benchmarks.corpus.PlantedChallenge;
import no.trendspor.benchmarks.corpus.StatementPair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Maps parsed statements to planted challenges by line span ({@link GroundTruth#at}), and turns
 * clusters of parsed statement ids into predicted "same challenge" pairs of planted ids. A parsed
 * statement that covers no planted challenge (a result or mission the matcher linked, or a
 * bullet the parser split differently) keeps a pseudo id that is never planted, so every pair it
 * is in counts as a false positive.
 */
final class TruthMapping {

  private final Map<String, String> plantedIdOf = new HashMap<>();
  private int mapped;
  private int unmapped;

  TruthMapping(List<ReportDocument> docs, GroundTruth truth) {
    for (ReportDocument d : docs) {
      for (Sector s : d.sectors()) {
        for (Statement st : s.statements()) {
          Optional<PlantedChallenge> hit = Optional.empty();
          for (int line = st.lines().first(); line <= st.lines().last() && hit.isEmpty(); line++) {
            hit = truth.at(d.source(), line);
          }
          if (hit.isPresent()) {
            plantedIdOf.put(st.id(), hit.get().id());
            mapped++;
          } else {
            plantedIdOf.put(st.id(), "unplanted:" + st.id());
            unmapped++;
          }
        }
      }
    }
  }

  /** Statements that cover a planted challenge. */
  int mapped() {
    return mapped;
  }

  /** Statements that cover none (results, missions, damaged splits). */
  int unmapped() {
    return unmapped;
  }

  /** The planted id a parsed statement id stands for (a pseudo id when none). */
  String plantedId(String statementId) {
    String id = plantedIdOf.get(statementId);
    return id != null ? id : "unknown:" + statementId;
  }

  /** Every pair of distinct planted ids within each cluster of parsed statement ids. */
  List<StatementPair> pairs(Collection<List<String>> clusters) {
    List<StatementPair> out = new ArrayList<>();
    for (List<String> cluster : clusters) {
      List<String> ids = cluster.stream().map(this::plantedId).distinct().toList();
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          out.add(StatementPair.of(ids.get(i), ids.get(j)));
        }
      }
    }
    return out;
  }
}
