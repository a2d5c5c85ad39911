package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Norwegian prose into sentences: after ".", "!" or "?" (and any closing quotes or
 * brackets), before white space and a capital letter or digit, except after an abbreviation that
 * never ends a sentence ("bl.a.", "f.eks.", "ca.", "nr.") or a single letter ("A. Hansen"). Linear
 * in the length of the text.
 */
public final class Sentences {

    /** Abbreviations (lower case, without their last period) after which a capital letter goes on with the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("bl.a", "f.eks", "ca", "nr", "jf", "jfr", "dvs", "inkl",
            "ekskl", "ref", "tlf", "pr", "st", "evt", "ev", "iht", "mht", "vedr", "pkt", "fig", "tab", "kap", "ang",
            "avd", "adm", "iflg", "ifm", "o.l", "m.m", "m.fl", "mv", "osv", "bla", "fv", "rv", "kl", "gnr", "bnr",
            "dr", "prof", "nb", "obs", "mrk", "eks", "hhv", "sml", "vs");

    private Sentences() {
    }

    /** A sentence's place in the text: {@code start} inclusive, {@code end} exclusive, white space trimmed. */
    public record Span(int start, int end) {
    }

    /** The sentences of {@code text}, in order; together they cover all its non-blank characters. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && "»\"”’')]".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                int next = skipSpace(text, end);
                if (next > end && next < n && startsSentence(text, next) && (c != '.' || !abbreviationBefore(text, i))) {
                    out.add(new Span(start, end));
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '«' || c == '"' || c == '“' || c == '(' || c == '–' || c == '-') {
            return at + 1 < text.length() && (Character.isUpperCase(text.charAt(at + 1)) || c == '–' || c == '-');
        }
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether the word ending at the period {@code dot} is an abbreviation or a single letter. */
    private static boolean abbreviationBefore(String text, int dot) {
        int from = dot;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && dot - from < 12) {
            from--;
        }
        String word = text.substring(from, dot).toLowerCase(Locale.ROOT);
        while (!word.isEmpty() && "(«\"“".indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
