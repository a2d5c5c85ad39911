package no.trendspor.indicators;

/**
 * A number in the text, as digits or as a word, with what the scanner decided about it.
 *
 * @param first     index of its first token
 * @param last      index of its last token (inclusive)
 * @param value     the number (decimal comma read, thousands separators removed)
 * @param word      written as a word ("seks")
 * @param year      for a year or a date with a year, that year; else 0
 * @param excluded  why it is not a measured value, or {@code null} when it may be one
 */
record Mention(int first, int last, double value, boolean word, int year, String excluded) {

    Mention exclude(String reason) {
        return excluded != null ? this : new Mention(first, last, value, word, year, reason);
    }

    boolean candidate() {
        return excluded == null;
    }
}
