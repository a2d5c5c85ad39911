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
    private static final Pattern VALIDITY = Pattern.compile("\\s*\\(\\s*(?:\\d{4})?\\s*[-–]\\s*(?:\\d{4})?\\s*\\)\\s*$");

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
        String t = VALIDITY.matcher(name.strip()).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }
}
