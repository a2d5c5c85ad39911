package no.trendspor.benchmarks.corpus;

/** The kinds of PDF-extraction damage the generator plants, as seen in real extracted text. */
public enum DamageKind {
  /** A ligature (ti, tt, fi, fl, ff) followed by a space inside a word: "tilbudet" becomes "ti lbudet". */
  LIGATURE_SPLIT,
  /** The space between two words is lost: "i tjenesten" becomes "itjenesten". */
  GLUED_WORDS,
  /** The last line of the file is printed twice. */
  DUPLICATED_LAST_LINE,
  /** The first sector's heading (and caption) is missing; the page starts with the mission. */
  MISSING_HEADING
}
