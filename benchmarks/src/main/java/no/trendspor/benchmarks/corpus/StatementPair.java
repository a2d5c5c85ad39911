package no.trendspor.benchmarks.corpus;

/**
 * An unordered pair of statement ids, kept in canonical order so equal pairs are equal records.
 *
 * @param first  the lexicographically smaller id
 * @param second the larger id
 */
public record StatementPair(String first, String second) {

  public StatementPair {
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("use StatementPair.of: ids not distinct and ordered");
    }
  }

  /** The pair of two distinct ids in either order. */
  public static StatementPair of(String a, String b) {
    return a.compareTo(b) < 0 ? new StatementPair(a, b) : new StatementPair(b, a);
  }
}
