package no.trendspor.benchmarks.corpus;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed           seed of every random choice; same spec gives byte-identical output
 * @param municipalities number of municipalities (1–400)
 * @param firstYear      first report year
 * @param years          number of consecutive report years (at least 2; with more than 10 the
 *                       one-off topics can run out, and late pages may have fewer than 3
 *                       challenges)
 * @param damageRate     probability in [0, 1] that a statement gets one in-line damage (ligature
 *                       split or glued words), that a file's last line is duplicated, and (halved)
 *                       that a file's first sector heading is missing. 0 gives clean text.
 */
public record CorpusSpec(long seed, int municipalities, int firstYear, int years, double damageRate) {

  /** The default seed used by the benchmarks and the README figures. */
  public static final long DEFAULT_SEED = 20_260_357L;

  /** The default damage rate: a few damaged statements per page, as in real extracted text. */
  public static final double DEFAULT_DAMAGE_RATE = 0.03;

  /** The four benchmark sizes, in municipalities (357 is the whole country). */
  public static final List<Integer> SIZES = List.of(1, 10, 100, 357);

  public CorpusSpec {
    if (municipalities < 1 || municipalities > SyntheticCorpus.MAX_MUNICIPALITIES) {
      throw new IllegalArgumentException(
          "municipalities must be in 1.." + SyntheticCorpus.MAX_MUNICIPALITIES);
    }
    if (years < 2) {
      throw new IllegalArgumentException("at least two years are needed for recurring challenges");
    }
    if (!(damageRate >= 0.0 && damageRate <= 1.0)) {
      throw new IllegalArgumentException("damageRate must be in [0, 1]: " + damageRate);
    }
  }

  /** {@code municipalities} × 2014–2023 with the default seed and damage rate. */
  public static CorpusSpec standard(int municipalities) {
    return new CorpusSpec(DEFAULT_SEED, municipalities, 2014, 10, DEFAULT_DAMAGE_RATE);
  }

  /** The same spec with another damage rate (the clean text is unchanged by the rate). */
  public CorpusSpec withDamageRate(double rate) {
    return new CorpusSpec(seed, municipalities, firstYear, years, rate);
  }

  /** The same spec with another number of municipalities (municipality i is the same in both). */
  public CorpusSpec withMunicipalities(int count) {
    return new CorpusSpec(seed, count, firstYear, years, damageRate);
  }

  /** Last report year, inclusive. */
  public int lastYear() {
    return firstYear + years - 1;
  }
}
