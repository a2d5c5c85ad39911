package no.trendspor.match;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the stated trend of a statement from its direction words.
 *
 * <p>Trend verbs and nouns in the present/perfect (øker, har økt, nedgang, går ned, ...) decide;
 * the first one in the text wins, because the main clause states the subject's trend and later
 * clauses qualify it ("X øker selv med færre barn"). Infinitives ("øke", "redusere") are goals, not
 * trends, and are ignored. Only when no trend verb is present do the quantifiers flere / færre
 * decide. The nynorsk present forms and participles (aukar, aukande, minkar, søkk, ...) and the
 * quantifier "fleire" are read too; their infinitives (auke, minke) are goals, as in bokmål.
 */
public final class DirectionDetector {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern VERBS = Pattern.compile(
            "(?<![\\p{L}])(?:(?<up>øker|økning\\p{L}*|økende|vokser|voksende|stiger|stigende|går opp|tiltar|tiltakende"
                    + "|aukar|aukande|auking\\p{L}*|veks|veksande|stigande)"
                    + "|(?<down>går ned|nedgang\\p{L}*|redusert|reduseres|reduksjon\\p{L}*|synker|synkende|minker|avtar|avtakende|faller|fallende"
                    + "|reduserast|minkar|minkande|søkk|søkkande))(?![\\p{L}])");
    private static final Pattern QUANTIFIERS = Pattern.compile(
            "(?<![\\p{L}])(?:(?<up>flere|fleire)|(?<down>færre))(?![\\p{L}])");

    private DirectionDetector() {
    }

    /** The direction a text states, {@link Direction#NONE} when it states none. */
    public static Direction detect(String text) {
        String lower = normalise(text);
        Direction d = first(VERBS.matcher(lower));
        return d != Direction.NONE ? d : first(QUANTIFIERS.matcher(lower));
    }

    /**
     * Whether the later text states the opposite trend of the earlier one. Both texts' trend cues
     * are collected; when both state a trend verb or noun, only those are compared, otherwise the
     * quantifiers (flere / færre) count as well. The trend is reversed when each text has cues of
     * one direction only and they differ, or when the later text drops every cue of the earlier
     * direction. A later text that repeats the earlier direction ("færre plasseringer" in both years,
     * next to an "økning" of something else) has not reversed it.
     */
    public static boolean reversed(String earlier, String later) {
        java.util.Set<Direction> verbsBefore = all(VERBS.matcher(normalise(earlier)));
        java.util.Set<Direction> verbsAfter = all(VERBS.matcher(normalise(later)));
        java.util.Set<Direction> before = verbsBefore;
        java.util.Set<Direction> after = verbsAfter;
        if (verbsBefore.isEmpty() || verbsAfter.isEmpty()) {
            before = java.util.EnumSet.copyOf(withQuantifiers(verbsBefore, earlier));
            after = java.util.EnumSet.copyOf(withQuantifiers(verbsAfter, later));
        }
        if (before.size() != 1 || after.isEmpty()) {
            return false;
        }
        return !after.contains(before.iterator().next());
    }

    private static java.util.Set<Direction> withQuantifiers(java.util.Set<Direction> verbs, String text) {
        java.util.Set<Direction> out = java.util.EnumSet.noneOf(Direction.class);
        out.addAll(verbs);
        out.addAll(all(QUANTIFIERS.matcher(normalise(text))));
        return out;
    }

    private static java.util.Set<Direction> all(Matcher m) {
        java.util.Set<Direction> out = java.util.EnumSet.noneOf(Direction.class);
        while (m.find()) {
            out.add(m.group("up") != null ? Direction.UP : Direction.DOWN);
        }
        return out;
    }

    private static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        return SPACES.matcher(lower).replaceAll(" ");
    }

    private static Direction first(Matcher m) {
        if (!m.find()) {
            return Direction.NONE;
        }
        return m.group("up") != null ? Direction.UP : Direction.DOWN;
    }
}
