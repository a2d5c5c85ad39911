package no.trendspor.ingest.structure;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.block.BlockBuilder;
import no.trendspor.model.DocumentKind;
import no.trendspor.model.Period;
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
            "(?iu)(?:.{0,40}[\\s–-])?(årsrapport|årsmelding|årsberetning|handlingsprogram(?:met)?"
                    + "|(?:handlings-\\s*og\\s+)?økonomiplan(?:en)?|budsjett\\s+og\\s+økonomiplan)"
                    + "\\s+((?:19|20)\\d{2}|2100)(?:\\s*[–—-]\\s*((?:19|20)\\d{2}|\\d{2})(?!\\d))?"
                    + "(?![\\d])(?:[\\s–-].{0,50})?");
    private static final Pattern CONTENTS_HEADING = Pattern.compile(
            "(?iu)(?:\\d{1,4}\\s+)?(?:innholdsfortegnelse|innhaldsliste|innhold|innhald)(?![\\p{L}])");
    /** A title, a run of at least three leader characters, a page number. */
    private static final Pattern CONTENTS_LEADERS = Pattern.compile(
            "(?u).{1,120}?[\\s.·…_\\-\\uFFFD]{3,}\\d{1,4}");
    /** A chapter number and a short title ("06 Grunnskole", "1.2 Administrativ struktur 7"). */
    private static final Pattern CONTENTS_NUMBERED = Pattern.compile(
            "(?u)\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+\\p{Lu}[^.!?]{0,60}?(?:\\s+\\d{1,4})?");
    /** A title followed by a page number run into the next title: "... 26Barnehage". */
    private static final Pattern CONTENTS_GLUED = Pattern.compile("(?u)\\p{L}\\s\\d{1,4}(?=\\p{Lu})");
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
                    + "|(?:bla|gå) til (?:neste|forrige) side|cookies?\\b.{0,200}"
                    + "|(?:[⇡↑^]\\s*)?(?:til toppen|hopp til (?:meny|hovedmeny|søk|innhold))(?:\\s+a a a)?"
                    + "|(?:map\\s+kart\\s+)?account_circle\\s+min side|last ned tabelldata.{0,40}"));
    private static final List<Pattern> PAGE_MARKERS = List.of(
            Pattern.compile("(?iu)(?:page|side|s\\.)\\s*\\d{1,4}(?:\\s*(?:[–-]|av|of|/)\\s*\\d{1,4})?(?::.{0,200})?"),
            Pattern.compile("\\d{1,3}"),
            Pattern.compile("[-–]\\s*\\d{1,4}\\s*[-–]"));

    /** Whether text ends a sentence with ".", "!" or "?" (possibly before closing quotes or brackets), not ":" or ";". */
    static boolean endsFullStop(String text) {
        return no.trendspor.ingest.block.BlockBuilder.endsWithMark(text, ".!?");
    }

    /** Most words a section heading has ("Sentrale utfordringer for sektoren i planperioden"). */
    private static final int MAX_SECTION_HEADING_WORDS = 10;

    private LinePatterns() {
    }

    /**
     * The section a heading line opens, or {@code null}: a short line, at most one sentence mark at
     * its end (":" or, for a heading of three words or fewer, "."), whose meaning ({@link Headings})
     * is results, challenges or key figures.
     */
    public static SectionKind sectionHeading(String text) {
        if (text.length() > 80 || text.isEmpty()) {
            return null;
        }
        String core = text.strip();
        char last = core.isEmpty() ? ' ' : core.charAt(core.length() - 1);
        if (last == ':' || last == '.') {
            if (last == '.' && wordCount(core) > 3) {
                return null;
            }
            core = core.substring(0, core.length() - 1).strip();
        }
        if (core.isEmpty() || wordCount(core) > MAX_SECTION_HEADING_WORDS || endsFullStop(core)) {
            return null;
        }
        return switch (Headings.of(core)) {
            case RESULTS -> SectionKind.RESULT;
            case CHALLENGES -> SectionKind.CHALLENGE;
            case KEY_FIGURES -> SectionKind.KEY_FIGURES;
            default -> null;
        };
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
        Title t = title(text);
        return t == null ? OptionalInt.empty() : OptionalInt.of(t.period().first());
    }

    /**
     * What a title line says of its document: an annual report of a year ("Årsrapport 2018") or a
     * plan of a period ("Handlingsprogram 2018–2021", "Handlings- og økonomiplan 2022-2025"), or
     * {@code null} when the line is no title.
     */
    public static Title title(String text) {
        if (text.length() > 100 || text.endsWith(":") || endsFullStop(text)) {
            return null;
        }
        if (Headings.words(text).stream().anyMatch(w -> HeadingLexicon.standard().isExactly(HeadingLexicon.Group.FINITE_VERB, w))) {
            return null; // a sentence about a plan ("I økonomiplan 2016-2019 ble ..."), not a title
        }
        Matcher m = TITLE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        OptionalInt first = year(m.group(2));
        if (first.isEmpty()) {
            return null;
        }
        boolean plan = !lower(m.group(1)).startsWith("år");
        int last = first.getAsInt();
        if (m.group(3) != null) {
            int to = Integer.parseInt(m.group(3));
            to = to < 100 ? first.getAsInt() / 100 * 100 + to : to;
            if (to > first.getAsInt() && to - first.getAsInt() <= 10) {
                last = to;
            }
        }
        return new Title(plan ? DocumentKind.PLAN : DocumentKind.ANNUAL_REPORT, new Period(first.getAsInt(), last));
    }

    /** What a title line says: the document's kind and the years it covers. */
    public record Title(DocumentKind kind, Period period) {
    }

    /**
     * A line that opens a table of contents ("Innhold", "Innholdsfortegnelse", also with a page
     * number before it or the first entries run into it: "3 Innhold 1 ORGANISERING ...").
     */
    public static boolean contentsHeading(String text) {
        return text.length() <= 400 && CONTENTS_HEADING.matcher(text).lookingAt();
    }

    /**
     * A line of a table of contents: a title and a page number, with dot leaders or not
     * ("Rådmannens innledning ........ 5", "06 Grunnskole"), a run of titles and page numbers
     * ("Tjenestene 26Grunnskoleopplæring 26Barnehage 29"), or a page number alone.
     */
    public static boolean contentsEntry(String text) {
        if (text.length() > 400) {
            return false;
        }
        if (pageMarker(text) || CONTENTS_LEADERS.matcher(text).matches() || CONTENTS_NUMBERED.matcher(text).matches()) {
            return true;
        }
        Matcher glued = CONTENTS_GLUED.matcher(text);
        int runs = 0;
        while (glued.find()) {
            runs++;
        }
        return runs >= 2;
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
        if (BlockBuilder.endsSentence(text)) {
            return false;
        }
        return (groups >= 3 && digits >= letters) || trailingNumbers(text) >= 3 || longestDigitRun(text) >= 8;
    }

    /**
     * How many numbers end the line, separated by white space: a table row's label and its
     * columns ("Antall omsorgsboliger 378 364 360 350"). Thousands written "1 202" count as two,
     * which is no matter: three or more is a row either way.
     */
    private static int trailingNumbers(String text) {
        int count = 0;
        int i = text.length();
        while (i > 0) {
            int end = i;
            while (i > 0 && "0123456789,.-%".indexOf(text.charAt(i - 1)) >= 0) {
                i--;
            }
            if (i == end || !hasDigit(text, i, end)) {
                break;
            }
            count++;
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                break;
            }
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return count;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The longest run of digits: years glued together by extraction ("20132014201520162017") run long. */
    private static int longestDigitRun(String text) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
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
