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
 * decide.
 */
public final class DirectionDetector {

    private static final Pattern VERBS = Pattern.compile(
            "(?<![\\p{L}])(?:(?<up>øker|økning\\p{L}*|økende|vokser|voksende|stiger|stigende|går opp|tiltar|tiltakende)"
                    + "|(?<down>går ned|nedgang\\p{L}*|redusert|reduseres|reduksjon\\p{L}*|synker|synkende|minker|avtar|avtakende|faller|fallende))(?![\\p{L}])");
    private static final Pattern QUANTIFIERS = Pattern.compile(
            "(?<![\\p{L}])(?:(?<up>flere)|(?<down>færre))(?![\\p{L}])");

    private DirectionDetector() {
    }

    /** The direction a text states, {@link Direction#NONE} when it states none. */
    public static Direction detect(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        Direction d = first(VERBS.matcher(lower));
        return d != Direction.NONE ? d : first(QUANTIFIERS.matcher(lower));
    }

    private static Direction first(Matcher m) {
        if (!m.find()) {
            return Direction.NONE;
        }
        return m.group("up") != null ? Direction.UP : Direction.DOWN;
    }
}
