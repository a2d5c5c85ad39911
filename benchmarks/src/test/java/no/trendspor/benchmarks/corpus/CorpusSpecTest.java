package no.trendspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CorpusSpecTest {

  @Test
  void standardSpecCoversTenYears() {
    CorpusSpec spec = CorpusSpec.standard(357);
    assertEquals(2014, spec.firstYear());
    assertEquals(2023, spec.lastYear());
    assertEquals(CorpusSpec.DEFAULT_DAMAGE_RATE, spec.damageRate());
  }

  @Test
  void withersChangeOnlyTheirField() {
    CorpusSpec spec = CorpusSpec.standard(10);
    assertEquals(new CorpusSpec(spec.seed(), 10, 2014, 10, 0.5), spec.withDamageRate(0.5));
    assertEquals(new CorpusSpec(spec.seed(), 3, 2014, 10, spec.damageRate()),
        spec.withMunicipalities(3));
  }

  @Test
  void rejectsWhatCannotBeGenerated() {
    assertThrows(IllegalArgumentException.class, () -> CorpusSpec.standard(0));
    assertThrows(IllegalArgumentException.class,
        () -> CorpusSpec.standard(SyntheticCorpus.MAX_MUNICIPALITIES + 1));
    assertThrows(IllegalArgumentException.class, () -> new CorpusSpec(1, 1, 2014, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new CorpusSpec(1, 1, 2014, 10, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new CorpusSpec(1, 1, 2014, 10, Double.NaN));
  }

  @Test
  void theLargestCorpusHasDistinctNames() {
    SyntheticCorpus corpus = new SyntheticCorpus(CorpusSpec.standard(SyntheticCorpus.MAX_MUNICIPALITIES));
    assertEquals(SyntheticCorpus.MAX_MUNICIPALITIES,
        corpus.municipalityNames().stream().distinct().count());
  }
}
