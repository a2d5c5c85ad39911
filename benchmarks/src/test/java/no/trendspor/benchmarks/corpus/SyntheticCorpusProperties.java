package no.trendspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the generator for any seed, size and damage rate. */
class SyntheticCorpusProperties {

  @Property(tries = 30)
  void truthIsConsistentWithTheText(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int municipalities,
      @ForAll @DoubleRange(min = 0.0, max = 0.6) double damageRate) {
    CorpusSpec spec = new CorpusSpec(seed, municipalities, 2014, 10, damageRate);
    GeneratedCorpus corpus = new SyntheticCorpus(spec).generate();
    assertEquals(municipalities * 10, corpus.reports().size());
    Map<String, GeneratedReport> reports = CorpusText.bySource(corpus.reports());
    Map<String, Integer> perPage = new HashMap<>();
    for (PlantedChallenge c : corpus.truth().challenges()) {
      String rendered = CorpusText.rendered(reports.get(c.source()), c);
      assertEquals(CorpusText.withoutWhitespace(SyntheticCorpus.BULLET + c.text()),
          CorpusText.withoutWhitespace(rendered), c.id());
      perPage.merge(c.source() + "|" + c.sector(), 1, Integer::sum);
    }
    perPage.forEach((page, n) -> assertTrue(n >= 3 && n <= 8, page + " has " + n));
    for (PlantedPair p : corpus.truth().positivePairs()) {
      PlantedChallenge a = corpus.truth().byId(p.pair().first()).orElseThrow();
      PlantedChallenge b = corpus.truth().byId(p.pair().second()).orElseThrow();
      assertEquals(a.conceptId(), b.conceptId());
      assertEquals(a.municipality() + a.sector(), b.municipality() + b.sector());
      assertNotEquals(a.year(), b.year());
    }
  }

  @Property(tries = 20)
  void generationIsDeterministic(
      @ForAll long seed, @ForAll @DoubleRange(min = 0.0, max = 0.6) double damageRate) {
    CorpusSpec spec = new CorpusSpec(seed, 1, 2010, 4, damageRate);
    assertEquals(new SyntheticCorpus(spec).municipality(0), new SyntheticCorpus(spec).municipality(0));
  }
}
