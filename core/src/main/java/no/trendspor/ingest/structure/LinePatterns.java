package no.trendspor.ingest.structure;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.block.BlockBuilder;
import no.trendspor.model.SectionKind;

/**
 * What a single line of a report page can be, judged from the line alone: section headings,
 * key-figure references, titles, table rows, site chrome and page markers. General patterns of
 * Norwegian annual reports and of the web / PDF mirrors they are read from; no document's own
 * sentences.
 */
public final class LinePatterns {

    private static final Pattern RESULTS = Pattern.compile(
            "(?iu)(?:viktige\\s+)?(?:resultater|resultat)(?:\\s+og\\s+(?:innsatser|innsatsar|tiltak))?"
                    + "(?:\\s+(?:i\\s+)?(\\d{4}))?\\s*[.:]?");
    private static final Pattern CHALLENGES = Pattern.compile(
            "(?iu)(?:sektorens\\s+|viktige\\s+|sentrale\\s+|fremtidige\\s+|framtidige\\s+)?(?:utfordringer|utfordringar)"
                    + "(?:\\s+(?:fremover|framover|videre|i\\s+årene\\s+(?:fremover|framover)))?\\s*[.:]?");
    private static final Pattern KEY_FIGURE_HEADING = Pattern.compile("(?iu)nøkkelta(?:ll|l)(?:\\s+[\\p{L}-]+){0,6}\\s*:?");
    /** "Tabell 15 viser nøkkeltall for ...", "Tabell viser ...", also cut short ("Tabell 15 viser nø"). */
    private static final Pattern KEY_FIGURE_LINE = Pattern.compile(
            "(?iu)tabell(?:\\s+[\\d.\\-]+)?\\s+viser(?:\\s.*)?|.{0,40}\\bnøkkeltall\\s+for\\b.{0,80}");
    private static final Pattern TITLE = Pattern.compile(
            "(?iu)(?:.{0,40}[\\s–-])?(?:årsrapport|årsmelding|årsberetning|handlingsprogram)\\s+((?:19|20)\\d{2}|2100)"
                    + "(?![\\d])(?:[\\s–-].{0,50})?");
    private static final Pattern TABLE_LABEL = Pattern.compile(
            "(?iu)(?:tabell|figur)[\\s-]*[\\d.\\-]+[a-z]?\\s*|\\(tall i [^)]{1,40}\\)|tabell|figur");
    private static final List<Pattern> CHROME = List.of(
            // Buttons and labels of document-sharing sites (issuu, yumpu, docplayer, pdfslide ...).
            Pattern.compile("(?iu)show more|show less|transkript|transcription|comments|citation preview|description"
                    + "|embed size \\(px\\)|størrelse: px|begynne med side:|download\\b.{0,200}"
                    + "|create successful epaper yourself|turn your pdf publications into .{0,200}"
                    + "|\\d+ minute read|issuu on .{0,40}|\\d{2}\\.\\d{2}\\.\\d{4}\\s+views|views?|share|print"),
            // Municipal web-site chrome: navigation, text-size help, download and read-more links.
            Pattern.compile("(?iu)[⇡↑^]?\\s*til toppen|a a a|for å endre størrelse på tekst:?"
                    + "|(?:pc|mac):\\s+hold .{0,200}|les mer|les hele\\b.{0,120}|last ned\\b.{0,120}"
                    + "|skriv ut|del|meny|søk|hopp til (?:hoved)?innhold(?:et)?|skip to (?:main )?content"
                    + "|(?:bla|gå) til (?:neste|forrige) side|cookies?\\b.{0,200}"));
    private static final List<Pattern> PAGE_MARKERS = List.of(
            Pattern.compile("(?iu)(?:page|side|s\\.)\\s*\\d{1,4}(?:\\s*(?:[–-]|av|of|/)\\s*\\d{1,4})?(?::.{0,200})?"),
            Pattern.compile("\\d{1,3}"),
            Pattern.compile("[-–]\\s*\\d{1,4}\\s*[-–]"));

    /** Whether text ends a sentence with ".", "!" or "?" (possibly before closing quotes or brackets), not ":" or ";". */
    static boolean endsFullStop(String text) {
        return no.trendspor.ingest.block.BlockBuilder.endsWithMark(text, ".!?");
    }

    private LinePatterns() {
    }

    /** The section a heading line opens, or {@code null}. */
    public static SectionKind sectionHeading(String text) {
        if (text.length() > 80) {
            return null;
        }
        if (RESULTS.matcher(text).matches()) {
            return SectionKind.RESULT;
        }
        if (CHALLENGES.matcher(text).matches()) {
            return SectionKind.CHALLENGE;
        }
        if (KEY_FIGURE_HEADING.matcher(text).matches()) {
            return SectionKind.KEY_FIGURES;
        }
        return null;
    }

    /** A results or challenges heading at the start of a longer line, before a capital letter. */
    private static final Pattern GLUED_HEADING = Pattern.compile("(?:" + RESULTS.pattern() + "|" + CHALLENGES.pattern()
            + ")(?=\\s+\\S)");

    /**
     * The length of a results or challenges heading that web extraction glued to the paragraph after
     * it ("Utfordringer Kommuneplanen beskriver ..."), or 0. The rest must read as a paragraph: at
     * least five words, starting with a capital letter; so a short title that merely begins with
     * such a word is no glued heading.
     */
    public static int gluedSectionHeading(String text) {
        Matcher m = GLUED_HEADING.matcher(text);
        if (text.length() > 100_000 || !m.lookingAt() || m.end() > 80) {
            return 0;
        }
        String rest = text.substring(m.end()).strip();
        // checked here, not in the pattern: under its case-insensitive flag \p{Lu} matches any letter
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && wordCount(rest) >= 5
                && sectionHeading(text.substring(0, m.end()).strip()) != null ? m.end() : 0;
    }

    /** The year of a results heading ("Viktige resultater og innsatser i 2018"). */
    public static OptionalInt resultsHeadingYear(String text) {
        Matcher m = RESULTS.matcher(text);
        if (text.length() <= 80 && m.matches() && m.group(1) != null) {
            return year(m.group(1));
        }
        return OptionalInt.empty();
    }

    /** Whether a line refers to a key-figure table. */
    public static boolean keyFigureLine(String text) {
        return text.length() <= 200 && KEY_FIGURE_LINE.matcher(text).matches();
    }

    /** The year of a title line ("Årsrapport 2018", "Årsmelding 2013 – Tromsø kommune"), if it is one. */
    public static OptionalInt titleYear(String text) {
        if (text.length() > 100) {
            return OptionalInt.empty();
        }
        Matcher m = TITLE.matcher(text);
        return m.matches() ? year(m.group(1)) : OptionalInt.empty();
    }

    /** A table label or a row of a table flattened into text (mostly digits). */
    public static boolean tableLine(String text) {
        if (text.length() <= 60 && TABLE_LABEL.matcher(text).matches()) {
            return true;
        }
        int digits = 0;
        int letters = 0;
        int groups = 0;
        boolean inDigits = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                if (!inDigits) {
                    groups++;
                }
                inDigits = true;
            } else {
                inDigits = false;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return groups >= 3 && digits >= letters && !BlockBuilder.endsSentence(text);
    }

    /** Site chrome: buttons, navigation, help text of the web page or PDF mirror. */
    public static boolean chrome(String text) {
        if (text.length() > 250) {
            return false;
        }
        for (Pattern p : CHROME) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A page number or page header line. */
    public static boolean pageMarker(String text) {
        if (text.length() > 250) {
            return false;
        }
        for (Pattern p : PAGE_MARKERS) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A four-digit year 1990-2100 in a string, as a standalone number (first one). */
    public static OptionalInt yearIn(String s) {
        Matcher m = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)").matcher(s);
        while (m.find()) {
            OptionalInt y = year(m.group(1));
            if (y.isPresent()) {
                return y;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt year(String digits) {
        int y = Integer.parseInt(digits);
        return y >= 1990 && y <= 2100 ? OptionalInt.of(y) : OptionalInt.empty();
    }

    /** Number of space-separated words. */
    static int wordCount(String text) {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
