package no.trendspor.benchmarks.corpus;

import java.util.SplittableRandom;

/**
 * In-line PDF damage. Both kinds only add or remove a plain space, so removing all whitespace from a
 * damaged line gives the same characters as removing it from the clean line: the truth can be
 * checked against damaged text without an oracle.
 */
final class PdfDamage {

  private static final String[] LIGATURES = {"ti", "tt", "fi", "fl", "ff"};

  private PdfDamage() {}

  /** Result of damaging one line: the new line and the affected before/after fragments. */
  record Damaged(String line, DamageKind kind, String before, String after) {}

  /**
   * Damages one line: a ligature split when the line has a ligature inside a word, otherwise
   * glued words (ligatures are chosen 75 % of the time when both are possible). Returns null when the line offers no place for either.
   */
  static Damaged damage(String line, int protectedPrefix, SplittableRandom random) {
    boolean preferLigature = random.nextInt(4) < 3;
    int ligature = pick(ligaturePositions(line, protectedPrefix), random);
    int glue = pick(gluePositions(line, protectedPrefix), random);
    if (ligature >= 0 && (preferLigature || glue < 0)) {
      String damaged = line.substring(0, ligature) + ' ' + line.substring(ligature);
      int start = wordStart(line, ligature);
      String word = line.substring(start, wordEnd(line, ligature));
      String split = word.substring(0, ligature - start) + ' ' + word.substring(ligature - start);
      return new Damaged(damaged, DamageKind.LIGATURE_SPLIT, word, split);
    }
    if (glue >= 0) {
      String damaged = line.substring(0, glue) + line.substring(glue + 1);
      int start = wordStart(line, glue);
      int end = wordEnd(line, glue + 1);
      String before = line.substring(start, end);
      return new Damaged(damaged, DamageKind.GLUED_WORDS, before, before.replace(" ", ""));
    }
    return null;
  }

  /** Positions where a space can be inserted right after a ligature that is inside a word. */
  private static int[] ligaturePositions(String line, int from) {
    int[] found = new int[line.length()];
    int count = 0;
    for (int i = Math.max(from, 0); i + 2 < line.length(); i++) {
      if (!Character.isLetter(line.charAt(i + 2))) {
        continue;
      }
      for (String ligature : LIGATURES) {
        if (line.startsWith(ligature, i)) {
          found[count++] = i + 2;
          break;
        }
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  /** Positions of plain spaces between two letters (never a no-break space, never the bullet). */
  private static int[] gluePositions(String line, int from) {
    int[] found = new int[line.length()];
    int count = 0;
    for (int i = Math.max(from, 1); i + 1 < line.length(); i++) {
      if (line.charAt(i) == ' ' && Character.isLetter(line.charAt(i - 1))
          && Character.isLetter(line.charAt(i + 1))) {
        found[count++] = i;
      }
    }
    return java.util.Arrays.copyOf(found, count);
  }

  private static int pick(int[] positions, SplittableRandom random) {
    // Always draw, so the damage stream does not depend on which positions exist.
    int r = random.nextInt(1 << 20);
    return positions.length == 0 ? -1 : positions[r % positions.length];
  }

  private static int wordStart(String line, int index) {
    int i = index;
    while (i > 0 && !Character.isWhitespace(line.charAt(i - 1)) && line.charAt(i - 1) != '\u00a0') {
      i--;
    }
    return i;
  }

  private static int wordEnd(String line, int index) {
    int i = index;
    while (i < line.length() && !Character.isWhitespace(line.charAt(i))
        && line.charAt(i) != '\u00a0') {
      i++;
    }
    return i;
  }
}
