package no.trendspor.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region as tables name it: "0219 Bærum", "K-3024 Bærum", "3024", "Bærum (-2019)",
 * "EAK Landet uten Oslo". Codes are the leading token when it is digits or an upper-case KOSTRA
 * code; the validity suffix SSB appends to historical names ("(-2019)", "(2020-2023)") is dropped.
 *
 * @param code the code, or {@code null} when the label has none
 * @param name the name, or {@code null} when the label is only a code
 */
record RegionLabel(String code, String name) {

    private static final Pattern CODED = Pattern.compile("^(?:K-)?(\\d{1,4}|[A-Z]{2,4}\\d{0,3})(?:\\s+(.*))?$");

    static RegionLabel parse(String label) {
        String t = label == null ? "" : label.strip();
        if (t.isEmpty()) {
            return new RegionLabel(null, null);
        }
        Matcher m = CODED.matcher(t);
        if (m.matches()) {
            return new RegionLabel(m.group(1), cleanName(m.group(2)));
        }
        return new RegionLabel(null, cleanName(t));
    }

    /** The name without SSB's validity suffix, or {@code null} when nothing remains. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String t = withoutValidity(name.strip()).strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The text before a final "(YYYY-YYYY)", "(-YYYY)" or "(YYYY-)" (spaces allowed inside), or
     * the text itself. Read from the last '(' in one pass: the pattern it replaces,
     * {@code \s*\(\s*(\d{4})?\s*[-–]\s*(\d{4})?\s*\)\s*$} searched from every position, was
     * quadratic in a long run of spaces (table cells are input).
     */
    static String withoutValidity(String t) {
        int close = t.length();
        while (close > 0 && isSpace(t.charAt(close - 1))) {
            close--;
        }
        if (close == 0 || t.charAt(close - 1) != ')') {
            return t;
        }
        int open = t.lastIndexOf('(', close - 1);
        if (open < 0) {
            return t;
        }
        int i = skipSpaces(t, open + 1, close - 1);
        i = skipYear(t, i, close - 1);
        i = skipSpaces(t, i, close - 1);
        if (i >= close - 1 || (t.charAt(i) != '-' && t.charAt(i) != '–')) {
            return t;
        }
        i = skipSpaces(t, i + 1, close - 1);
        i = skipYear(t, i, close - 1);
        i = skipSpaces(t, i, close - 1);
        return i == close - 1 ? t.substring(0, open) : t;
    }

    private static int skipSpaces(String t, int i, int end) {
        while (i < end && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Past four ASCII digits at {@code i}, or {@code i} when there are not four (then no more may follow). */
    private static int skipYear(String t, int i, int end) {
        int j = i;
        while (j < end && j - i < 4 && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
            j++;
        }
        return j - i == 4 ? j : i;
    }

    /** What {@code \s} matches in java.util.regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
