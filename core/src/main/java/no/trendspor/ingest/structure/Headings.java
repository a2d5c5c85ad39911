package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.structure.HeadingLexicon.Group;

/**
 * What a heading line of a municipal report means, read from its words rather than from a list of
 * headings seen before: every municipality words its headings its own way ("Utfordringer
 * fremover", "Sentrale utfordringer", "2.1 Utfordringsbildet", "Utfordringar og moglegheiter"),
 * but the head of the heading's first noun phrase says what it opens.
 *
 * <p>Stateless; the caller decides from the context (an open sector, an open section) what a
 * heading does.
 */
public final class Headings {

    /** What a heading opens or stands for. */
    public enum Meaning {
        /** A results section ("Viktige resultater og innsatser i 2018", "Årets resultater"). */
        RESULTS,
        /** A challenges section ("Utfordringer fremover", "Hovedutfordringer", "Utfordringsbildet"). */
        CHALLENGES,
        /** A key-figures section ("Nøkkeltall for sunn økonomi"). */
        KEY_FIGURES,
        /** A table of contents ("Innhold", "Innholdsfortegnelse"). */
        CONTENTS,
        /** A cover, foreword, leader's comment or news item ("Rådmannens innledning", "Forord"). */
        FRONT_MATTER,
        /** The name of a service area ("6 Helse og velferd", "Sektor barn og unge", "Oppvekst skole"). */
        SERVICE_AREA,
        /** Another part of a sector's text ("Viktige innsatser", "Status", "4.1.1 Sektorens hovedgrep"). */
        SECTION,
        /** Any other heading: a topic inside a section ("Befolkningsveksten", "Kultur og bibliotek" may be one too). */
        TOPIC
    }

    /** A chapter number, code or "Kap 11" before a heading's words: "4.1.1 ", "6 ", "P05 ", "8. ", "05 ". */
    static final Pattern LEADING_NUMBER = Pattern.compile(
            "^(?:(?:[Kk]ap(?:ittel)?\\.?\\s*)?(?:\\p{Lu}{1,2})?\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?|[Kk]apittel)\\s+(?=\\S)");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(?:19|20)\\d{2}(?:\\s*[–-]\\s*(?:19|20)?\\d{2})?$");
    /** Where a heading's first part ends: a dash between spaces, a colon, a bracket. */
    private static final Pattern FIRST_PART_END = Pattern.compile("\\s[–—-]\\s|:|\\(|\\s[–—]");
    private static final Pattern RESULTS_PATTERN = Pattern.compile(
            "(?iu)(?:viktige\\s+)?(?:resultater|resultat)(?:\\s+og\\s+(?:innsatser|innsatsar|tiltak))?"
                    + "(?:\\s+(?:i\\s+)?(\\d{4}))?\\s*[.:]?");
    private static final Pattern KEY_FIGURES_PATTERN = Pattern.compile(
            "(?iu)nøkkelta(?:ll|l)(?:\\s+[\\p{L}-]+){0,6}\\s*:?");
    /** Words that link the parts of a noun phrase or begin a prepositional phrase. */
    private static final Set<String> LINKS = Set.of("og", "eller", "samt", "&");
    private static final Set<String> PREPOSITIONS = Set.of("i", "for", "med", "av", "til", "på", "om", "fra",
            "innen", "innenfor", "knyttet", "mot", "ved", "etter", "å", "blant", "gjennom", "under", "inkludert");
    private static final Set<String> FUNCTION_WORDS = Set.of("og", "eller", "samt", "i", "for", "med", "av", "til",
            "på", "om", "fra", "inkludert", "innen", "innenfor", "den", "det", "de", "en", "et", "ei", "eit", "hele",
            "heile", "alle", "andre", "sine", "sin", "vår", "våre", "som", "&");
    private static final int MAX_SERVICE_AREA_WORDS = 10;

    private static final HeadingLexicon LEXICON = HeadingLexicon.standard();

    private Headings() {
    }

    /**
     * Meanings by text, bounded (emptied when full): the walk asks for the meaning of many lines,
     * and the headings and short lines of a municipality's reports repeat from year to year.
     */
    private static final no.trendspor.memo.BoundedMemo<String, Meaning> MEANINGS =
            new no.trendspor.memo.BoundedMemo<>(100_000, Headings::meaning);

    /** The meaning of a heading's text (the caller has judged the line to be a heading). */
    public static Meaning of(String text) {
        return MEANINGS.get(text);
    }

    private static Meaning meaning(String text) {
        String core = withoutNumber(text).strip();
        if (core.isEmpty() || core.length() > 120) {
            return Meaning.TOPIC;
        }
        if (RESULTS_PATTERN.matcher(core).matches() || headIs(core, Headings::resultWord)) {
            return Meaning.RESULTS;
        }
        if (challengeHeading(core)) {
            return Meaning.CHALLENGES;
        }
        if (KEY_FIGURES_PATTERN.matcher(core).matches()) {
            return Meaning.KEY_FIGURES;
        }
        List<String> words = words(TRAILING_YEAR.matcher(core).replaceFirst(""));
        if (words.isEmpty()) {
            return Meaning.TOPIC;
        }
        String first = words.get(0);
        if (first.equals("innhold") || first.equals("innholdsfortegnelse") || first.equals("innhald")
                || first.equals("innhaldsliste")) {
            return Meaning.CONTENTS;
        }
        if (frontMatter(words)) {
            return Meaning.FRONT_MATTER;
        }
        if (words.stream().anyMatch(w -> LEXICON.isExactly(Group.FINITE_VERB, w))) {
            return Meaning.TOPIC;
        }
        if (firstHeadIs(core, w -> LEXICON.matches(Group.SECTION, w))) {
            return Meaning.SECTION; // "Måloppnåelse for tjenestene", "Status"
        }
        if (namesServiceArea(words)) {
            return Meaning.SERVICE_AREA;
        }
        return headIs(core, w -> LEXICON.matches(Group.SECTION, w)) ? Meaning.SECTION : Meaning.TOPIC;
    }

    /** Whether a heading names a service area (see {@link Meaning#SERVICE_AREA}). */
    public static boolean namesServiceArea(String text) {
        return of(text) == Meaning.SERVICE_AREA;
    }

    /**
     * The service area a heading or a page's label names, as a clean name: chapter number, "Sektor"
     * and the like, and a trailing year taken off, first letter upper case ("4 Sektor barn og unge"
     * gives "Barn og unge").
     */
    public static String serviceAreaName(String heading) {
        String core = TRAILING_YEAR.matcher(withoutNumber(heading.strip())).replaceFirst("").strip();
        // "Sektor", "Kommunalområdet", "Kap 11" before the name are no part of it
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            int space = core.indexOf(' ');
            if (space > 0 && LEXICON.isExactly(Group.SECTOR_PREFIX, core.substring(0, space))) {
                core = withoutNumber(core.substring(space + 1).strip()).strip();
                stripped = true;
            }
        }
        if (core.isEmpty()) {
            return heading.strip();
        }
        core = sentenceCase(core);
        return core.substring(0, 1).toUpperCase(Locale.ROOT) + core.substring(1);
    }

    /**
     * A name written in title case ("Pleie Og Omsorg": every word capitalised, "og" too) in the
     * sentence case Norwegian writes names in ("Pleie og omsorg"); words in capitals (NAV) and
     * names in sentence case stay as they are.
     */
    static String sentenceCase(String name) {
        String[] words = name.split(" ");
        boolean titleCase = words.length > 1;
        boolean linkCapitalised = false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                titleCase = false;
                break;
            }
            linkCapitalised |= FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        if (!titleCase || !linkCapitalised) {
            return name;
        }
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            boolean acronym = w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            out.append(' ').append(acronym ? w : w.substring(0, 1).toLowerCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    /**
     * A bare introduction heading ("Innledning", "5.1 Innledning"): a chapter's introduction as
     * often as a report's; not a leader's foreword ("Rådmannens innledning").
     */
    public static boolean introduction(String text) {
        List<String> words = words(withoutNumber(text));
        return words.size() == 1 && (words.get(0).equals("innledning") || words.get(0).equals("innleiing"));
    }

    /** The heading without a leading chapter number or code. */
    static String withoutNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /**
     * A challenges heading: a form of "utfordring" (also as a compound's head: "Hovedutfordringer",
     * "Ressursutfordringen") is the head of the heading's first noun phrase, before any preposition
     * ("Sentrale utfordringer innenfor sektoren", "Utfordringer og muligheter"), or the heading
     * begins with it ("Utfordringsbildet"). A line with a finite verb is a sentence, not a heading
     * ("Innovasjon skal møte morgendagens utfordringer").
     */
    private static boolean challengeHeading(String core) {
        List<String> words = words(firstPart(core));
        if (words.isEmpty() || words.stream().anyMatch(w -> LEXICON.isExactly(Group.FINITE_VERB, w))) {
            return false;
        }
        if (words.get(0).startsWith("utfordr")) {
            return true;
        }
        for (String w : words) {
            if (PREPOSITIONS.contains(w)) {
                return false;
            }
            if (challengeWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** A form of "utfordring" or a compound ending in one (bokmål and nynorsk). */
    static boolean challengeWord(String lowercase) {
        int at = lowercase.lastIndexOf("utfordring");
        if (at < 0) {
            return false;
        }
        String ending = lowercase.substring(at + "utfordring".length());
        return ending.isEmpty() || ending.equals("er") || ending.equals("en") || ending.equals("ene")
                || ending.equals("ar") || ending.equals("ane") || ending.equals("a");
    }

    private static boolean resultWord(String lowercase) {
        return lowercase.equals("resultat") || lowercase.equals("resultater") || lowercase.equals("resultata")
                || lowercase.equals("resultatene");
    }

    /**
     * Whether one of the head words of the heading's first noun phrase (the words before its first
     * preposition, coordinated with "og") satisfies the test, and the heading has no finite verb.
     */
    private static boolean headIs(String core, java.util.function.Predicate<String> test) {
        List<String> words = words(firstPart(core));
        if (words.isEmpty() || words.stream().anyMatch(w -> LEXICON.isExactly(Group.FINITE_VERB, w))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PREPOSITIONS.contains(w)) {
                return false;
            }
            boolean head = i == words.size() - 1 || LINKS.contains(words.get(i + 1))
                    || PREPOSITIONS.contains(words.get(i + 1));
            if (head && test.test(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head of the heading's first noun phrase, before any "og" or preposition, satisfies the test. */
    private static boolean firstHeadIs(String core, java.util.function.Predicate<String> test) {
        List<String> words = words(firstPart(core));
        int end = 0;
        while (end < words.size() && !LINKS.contains(words.get(end)) && !PREPOSITIONS.contains(words.get(end))) {
            end++;
        }
        return end > 0 && test.test(words.get(end - 1))
                && words.subList(0, end).stream().noneMatch(w -> LEXICON.matches(Group.SERVICE_AREA, w));
    }

    /**
     * A front-matter word as the heading's first or last word ("Innhold", "Rådmannens innledning",
     * "Forside / innledning"), or a leader's title first ("Ordføreren har ordet", "Rådmannens
     * kommentar"); not a word inside a longer line ("Hopp til innhold Hopp til hovedmeny").
     */
    private static boolean frontMatter(List<String> words) {
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (LEXICON.isExactly(Group.FRONT_MATTER, first) || (words.size() <= 6 && LEXICON.isExactly(Group.FRONT_MATTER, last))) {
            return true;
        }
        return words.size() <= 6 && LEXICON.isExactly(Group.LEADER, first);
    }

    /**
     * A service area's name: few words, at least one and at least half of its content words heads
     * of service-area names ("Natur, kultur, fritid og kirke", "Bymiljø og utbygging", "Sektor barn
     * og unge"); a truncated compound part ("Barne-") and the words of a sector prefix do not count.
     */
    private static boolean namesServiceArea(List<String> words) {
        if (words.size() > MAX_SERVICE_AREA_WORDS || words.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit))) {
            return false; // "Kultur 2b": a name has no digits but its chapter number and year
        }
        int content = 0;
        int service = 0;
        for (String w : words) {
            if (FUNCTION_WORDS.contains(w) || w.endsWith("-") || LEXICON.isExactly(Group.SECTOR_PREFIX, w)
                    || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            content++;
            if (LEXICON.matches(Group.SERVICE_AREA, w)) {
                service++;
            }
        }
        return service > 0 && 2 * service >= content;
    }

    /** The heading up to a dash between spaces, a colon or a bracket. */
    private static String firstPart(String core) {
        Matcher m = FIRST_PART_END.matcher(core);
        return m.find() && m.start() > 0 ? core.substring(0, m.start()) : core;
    }

    /** Lower-case words: runs of letters, digits and inner hyphens; a trailing hyphen is kept ("barne-"). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '&') {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '&'
                    || (text.charAt(i) == '-' && i > start))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
