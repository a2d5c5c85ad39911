package no.trendspor.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.indicators.Observation.Kind;
import no.trendspor.indicators.Observation.YearBasis;
import no.trendspor.indicators.QualitativeObservation.StatedDirection;
import no.trendspor.model.Statement;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Reads measured values and stated directions from one statement of Norwegian report prose.
 *
 * <p>Numbers are read as Norwegian writes them: decimal comma, space / no-break / thin space as
 * thousands separator ("16 200"), number words for counts ("Seks små helsestasjoner"), units
 * prosent, %, pst, prosentpoeng, kr, kroner, mill., millioner, mrd., tusen. Not measured values,
 * and so skipped: years (a four-digit 1900–2099 without a unit), dates ("31.12.2020", "1. august"),
 * ordinals ("1.–10. trinn", "21. århundre"), clock times and versions ("16.00", "2.0"), ranges
 * ("0–2 år", "6-15", "mellom 13 og 23"), durations and ages (a time unit after the number or
 * after a list of numbers: "6, 12 og 18 måneder"), numbers after reference nouns ("Tabell 15",
 * "klokken 16"), digits glued to letters ("km2", "CO2"), compounds ("16-åringer"), the denominator
 * of "tre av fire" and the unaccented "en"/"ett" (articles).
 *
 * <p>Years: a year written after the value ("7,2 prosent i 2015") or before it in the sentence
 * ("I 2019 kontaktet 124"), else the report year. The first value of "fra X til Y", and of
 * "X ... til Y" with a bare count Y ("Seks ... samlokalisert til tre større"), without its own
 * year, gets the year before Y's. Changes ("ned 0,5 prosentpoeng", "redusert med 51 personer")
 * are signed {@link Kind#CHANGE} observations; with a level reached "til" in the same sentence
 * the previous level is added as a derived observation.
 *
 * <p>Stateless and thread-safe.
 */
public final class IndicatorExtractor {

    private final NorwegianTextAnalyzer analyzer;

    /** An extractor whose names are keyed by the default analysis chain. */
    public IndicatorExtractor() {
        this(new NorwegianTextAnalyzer());
    }

    /** An extractor whose names are keyed by this analysis chain (the analysis options' stemmer). */
    public IndicatorExtractor(NorwegianTextAnalyzer analyzer) {
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
    }

    /** Extracts from a statement of a report with this source and year. */
    public StatementIndicators extract(Statement statement, String source, int reportYear) {
        return extract(statement.id(), statement.text(), source, reportYear);
    }

    /**
     * Most tokens read in one pass. Reading a statement costs up to the square of its tokens in a
     * sentence (years, pairs and names look back and forth within it), which a real statement
     * (tens of tokens, a long paragraph a few hundred) never notices; a statement longer than this
     * (a table dump, a hostile text of thousands of numbers) is read in pieces of whole sentences,
     * a sentence longer than this in pieces of this size, so that time stays linear.
     */
    static final int MAX_TOKENS_PER_PASS = 1_000;

    /**
     * Largest value read as a measurement (10^15: a thousand times the national budget in kroner).
     * Larger numbers ("999999999999999999999,5 prosent", digits of a hostile text) are no municipal
     * figure and would only make the statistics of a series overflow; a number too large for a
     * double would be infinite.
     */
    static final double MAX_VALUE = 1e15;

    /**
     * What a text of a report year gives, with the provenance's source and statement left blank:
     * reading depends only on the text and the year, and a national run reads the same statement
     * text in many reports (a statement kept from the year before, a page every municipality
     * shares). Bounded like the analyzer's sentence memo.
     */
    private final no.trendspor.memo.BoundedMemo<Reading, StatementIndicators> read =
            new no.trendspor.memo.BoundedMemo<>(100_000, r -> blank(r.text(), r.year()));

    /** A text read in a report year. */
    private record Reading(String text, int year) {
    }

    /** Extracts from raw statement text. */
    public StatementIndicators extract(String statementId, String text, String source, int reportYear) {
        return stamped(read.get(new Reading(text, reportYear)), statementId, source);
    }

    private static StatementIndicators stamped(StatementIndicators blank, String statementId, String source) {
        List<Observation> observations = new ArrayList<>(blank.observations().size());
        for (Observation o : blank.observations()) {
            observations.add(new Observation(o.name(), o.key(), o.unit(), o.kind(), o.year(), o.yearBasis(),
                    o.value(), o.derived(), stamped(o.provenance(), statementId, source)));
        }
        List<QualitativeObservation> qualitative = new ArrayList<>(blank.qualitative().size());
        for (QualitativeObservation q : blank.qualitative()) {
            qualitative.add(new QualitativeObservation(q.subject(), q.key(), q.direction(), q.year(),
                    stamped(q.provenance(), statementId, source)));
        }
        return new StatementIndicators(observations, qualitative);
    }

    private static Provenance stamped(Provenance p, String statementId, String source) {
        return new Provenance(source, p.reportYear(), statementId, p.start(), p.end(), p.quote());
    }

    /** What the text gives, with the provenance's source and statement blank (see {@link #stamped}). */
    private StatementIndicators blank(String text, int reportYear) {
        String statementId = "";
        String source = "";
        List<Token> tokens = Token.tokenize(text);
        if (tokens.size() <= MAX_TOKENS_PER_PASS) {
            return new Run(statementId, text, tokens, source, reportYear, analyzer).run();
        }
        List<Observation> observations = new ArrayList<>();
        List<QualitativeObservation> qualitative = new ArrayList<>();
        for (List<Token> piece : pieces(tokens)) {
            StatementIndicators part = new Run(statementId, text, piece, source, reportYear, analyzer).run();
            observations.addAll(part.observations());
            qualitative.addAll(part.qualitative());
        }
        return new StatementIndicators(observations, qualitative);
    }

    /**
     * The tokens in consecutive pieces of at most {@link #MAX_TOKENS_PER_PASS}, cut after a
     * sentence where one ends inside the piece; sentence numbers restart at 0 in each piece.
     */
    static List<List<Token>> pieces(List<Token> tokens) {
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            int limit = Math.min(tokens.size(), start + MAX_TOKENS_PER_PASS);
            int end = limit;
            if (limit < tokens.size()) {
                int lastSentence = tokens.get(limit).sentence();
                int cut = limit;
                while (cut > start && tokens.get(cut - 1).sentence() == lastSentence) {
                    cut--;
                }
                end = cut > start ? cut : limit;
            }
            int base = tokens.get(start).sentence();
            List<Token> piece = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                Token t = tokens.get(i);
                piece.add(new Token(t.type(), t.start(), t.end(), t.text(), t.lower(), t.spaceBefore(),
                        t.sentence() - base));
            }
            out.add(piece);
            start = end;
        }
        return out;
    }

    /** Work state for one statement. */
    private static final class Run {
        final String statementId;
        final String text;
        final String source;
        final int reportYear;
        final List<Token> tokens;
        final List<Mention> mentions = new ArrayList<>();
        final Map<Integer, Integer> mentionAt = new HashMap<>();
        final NorwegianTextAnalyzer analyzer;
        /** Whether the last name collected backwards ended at another value (or its unit). */
        boolean stoppedAtValue;

        Run(String statementId, String text, List<Token> tokens, String source, int reportYear,
                NorwegianTextAnalyzer analyzer) {
            this.analyzer = analyzer;
            this.statementId = statementId;
            this.text = text;
            this.source = source;
            this.reportYear = reportYear;
            this.tokens = tokens;
        }

        Token tok(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        boolean tokIs(int i, String lower) {
            Token t = tok(i);
            return t != null && t.is(lower);
        }

        Mention mentionStartingAt(int i) {
            Integer k = mentionAt.get(i);
            return k == null ? null : mentions.get(k);
        }

        StatementIndicators run() {
            scan();
            excludeByContext();
            List<Draft> drafts = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.candidate() || "year".equals(m.excluded())) {
                    Draft d = draft(m);
                    if (d != null) {
                        drafts.add(d);
                    }
                }
            }
            assignYears(drafts);
            pairs(drafts);
            names(drafts);
            List<Observation> observations = new ArrayList<>();
            for (Draft d : drafts) {
                // a count of nothing named (a page number, a bare figure) is not an indicator
                if (d.name().isEmpty() && d.unit == IndicatorUnit.COUNT && d.pairedWith == null && d.pairedFrom == null) {
                    continue;
                }
                // "fem hovedutfordringer": a plan counting its own parts measures nothing
                if (d.unit == IndicatorUnit.COUNT && countsTextStructure(d.name())) {
                    continue;
                }
                // a value for a year after the report's is a target or a forecast, not a measurement
                if (d.year > reportYear) {
                    continue;
                }
                observations.add(d.toObservation());
            }
            observations.addAll(implied(drafts));
            List<QualitativeObservation> qualitative = qualitative(drafts);
            return new StatementIndicators(observations, qualitative);
        }

        // ---- scanning numbers ------------------------------------------------------------

        void scan() {
            int title = -10;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isWord() && Lexicon.NUMBER_WORDS.containsKey(t.lower()) && (titleWord(i) || i - title <= 3)) {
                    title = i; // "i Én innbygger én journal": a programme's name, not a count
                    continue;
                }
                if (t.isNumber()) {
                    i = scanDigits(i);
                } else if (t.isWord() && Lexicon.NUMBER_WORDS.containsKey(t.lower()) && countsSomething(i)) {
                    add(new Mention(i, i, Lexicon.NUMBER_WORDS.get(t.lower()), true, 0, null));
                }
            }
        }

        /** A capitalised number word inside a sentence starts a name or a title, not a count. */
        boolean titleWord(int i) {
            Token t = tokens.get(i);
            Token prev = tok(i - 1);
            return Character.isUpperCase(t.text().charAt(0)) && prev != null && prev.sentence() == t.sentence()
                    && prev.isWord() && !Lexicon.NUMBER_WORDS.containsKey(prev.lower());
        }

        /** A number word counts when a noun (or "av" + number, or a unit) follows. */
        boolean countsSomething(int i) {
            Token t = tokens.get(i);
            Token next = tok(i + 1);
            if (next == null || next.sentence() != t.sentence() || next.adjacentTo(t)) {
                return false;
            }
            if (next.isPunct("%")) {
                return true;
            }
            if (!next.isWord() || next.text().length() < 2 || Lexicon.NOT_COUNTED_AFTER_WORD.contains(next.lower())) {
                return false;
            }
            if (next.is("av")) {
                Token after = tok(i + 2);
                return after != null && (after.isNumber() || Lexicon.NUMBER_WORDS.containsKey(after.lower()));
            }
            Token prev = tok(i - 1);
            // "de to siste" and similar are fine; "nummer to" is a reference
            return prev == null || !Lexicon.REFERENCE_WORDS.contains(prev.lower());
        }

        int scanDigits(int i) {
            Token t = tokens.get(i);
            int j = i;
            StringBuilder digits = new StringBuilder(t.text());
            boolean grouped = false;
            if (t.text().length() <= 3) {
                while (tok(j + 1) != null && tok(j + 1).isNumber() && tok(j + 1).text().length() == 3
                        && tok(j + 1).spaceBefore().length() == 1 && tok(j + 1).sentence() == t.sentence()) {
                    digits.append(tok(j + 1).text());
                    j++;
                    grouped = true;
                }
            }
            if (grouped && digits.length() > 10) {
                // "378 364 360 350": a row of table figures, not one number with thousands separators
                add(new Mention(i, j, 0, false, 0, "row of table figures"));
                return j;
            }
            String excluded = null;
            int year = 0;
            boolean decimal = false;
            String number = asciiDigits(digits);
            Token p1 = tok(j + 1);
            Token p2 = tok(j + 2);
            if (p1 != null && p1.isPunct(",") && p1.adjacentTo(tok(j)) && p2 != null && p2.isNumber()
                    && p2.adjacentTo(p1)) {
                number = number + "." + asciiDigits(p2.text());
                decimal = true;
                j += 2;
            } else if (p1 != null && p1.isPunct("./:") && p1.adjacentTo(tok(j)) && p2 != null && p2.isNumber()
                    && p2.adjacentTo(p1)) {
                // 31.12.2020, 16.00, 2.0, 12/5, 10:30: dates, clock times, versions, school years
                while (tok(j + 1) != null && tok(j + 1).isPunct("./:") && tok(j + 1).adjacentTo(tok(j))
                        && tok(j + 2) != null && tok(j + 2).isNumber() && tok(j + 2).adjacentTo(tok(j + 1))) {
                    j += 2;
                }
                String last = tok(j).text();
                if (last.length() == 4 && isYear(Integer.parseInt(last))) {
                    year = Integer.parseInt(last);
                }
                excluded = "date, clock time or version";
            } else if (p1 != null && p1.isPunct(".") && p1.adjacentTo(tok(j)) && p2 != null && p2.sentence() == t.sentence()
                    && ((p2.isWord() && Character.isLowerCase(p2.text().charAt(0))) || p2.isPunct("–-—"))) {
                excluded = "ordinal or date";
            }
            Token after = tok(j + 1);
            if (excluded == null && after != null && after.isWord() && after.adjacentTo(tok(j))) {
                excluded = "digits glued to letters";
            }
            Token before = tok(i - 1);
            if (excluded == null && before != null && before.isWord() && t.adjacentTo(before)) {
                excluded = "digits glued to letters";
            }
            if (excluded == null && !decimal && number.length() > 1 && number.charAt(0) == '0') {
                excluded = "leading zero: page or code number";
            }
            if (excluded == null && !grouped && !decimal && number.length() >= 5) {
                excluded = "long number without separators: code or identifier";
            }
            if (excluded == null && after != null && after.isWord() && Character.isUpperCase(after.text().charAt(0))
                    && after.sentence() == t.sentence()) {
                excluded = "followed by a capitalised word: heading or page number";
            }
            if (excluded == null && before != null && before.isPunct("-–") && t.adjacentTo(before)
                    && tok(i - 2) != null && tok(i - 2).isWord() && before.adjacentTo(tok(i - 2))) {
                excluded = "part of a name (covid-19)";
            }
            if (excluded == null && before != null && before.isWord() && before.text().length() >= 2
                    && before.text().equals(before.text().toUpperCase(java.util.Locale.ROOT))
                    && !before.is("nok") && !before.is("kr")) {
                excluded = "after an acronym: standard or code";
            }
            double value = Double.parseDouble(number);
            if (excluded == null && !(Math.abs(value) <= MAX_VALUE)) {
                excluded = "too large to be a measured value";
            }
            if (excluded == null && !grouped && !decimal && number.length() == 4 && isYear((int) value)) {
                year = (int) value;
                excluded = "year";
            }
            add(new Mention(i, j, value, false, year, excluded));
            return j;
        }

        /**
         * Digits as ASCII: a token of digits may hold any Unicode digits ("٠", "１"), which
         * Double.parseDouble refuses (found by fuzzing: NumberFormatException, exit 70).
         */
        static String asciiDigits(CharSequence digits) {
            StringBuilder out = new StringBuilder(digits.length());
            for (int k = 0; k < digits.length(); k++) {
                char c = digits.charAt(k);
                out.append(c >= '0' && c <= '9' ? c : (char) ('0' + Math.max(0, Character.digit(c, 10))));
            }
            return out.toString();
        }

        static boolean isYear(int v) {
            return v >= 1900 && v <= 2099;
        }

        void add(Mention m) {
            mentionAt.put(m.first(), mentions.size());
            mentions.add(m);
        }

        void replace(Mention m, String reason) {
            int k = mentionAt.get(m.first());
            mentions.set(k, mentions.get(k).exclude(reason));
        }

        /** Index of the last token of the list "A, B og C" that starts with this mention. */
        int chainEnd(Mention m) {
            Mention cur = m;
            while (true) {
                Token sep = tok(cur.last() + 1);
                if (sep == null || !(sep.isPunct(",") || sep.is("og") || sep.is("eller"))) {
                    return cur.last();
                }
                Mention next = mentionStartingAt(cur.last() + 2);
                if (next == null) {
                    return cur.last();
                }
                cur = next;
            }
        }

        void excludeByContext() {
            for (int k = 0; k < mentions.size(); k++) {
                Mention m = mentions.get(k);
                Token prev = tok(m.first() - 1);
                Token prev2 = tok(m.first() - 2);
                Token next = tok(m.last() + 1);
                Token next2 = tok(m.last() + 2);
                if (prev != null && Lexicon.REFERENCE_WORDS.contains(prev.lower())
                        || prev != null && prev.isPunct(".") && prev2 != null
                                && Lexicon.REFERENCE_WORDS.contains(prev2.lower())
                        || prev != null && prev.isPunct("§")) {
                    replace(m, "reference or clock time");
                }
                // ranges: "0–2", "6-15", "mellom 13 og 23"
                if (next != null && next.isPunct("–-—") && next2 != null && mentionStartingAt(m.last() + 2) != null
                        && !m.word()) {
                    if (!(next.adjacentTo(tok(m.last())) && next2.isWord())) {
                        replace(m, "range");
                        replace(mentionStartingAt(m.last() + 2), "range");
                    }
                }
                if (prev != null && prev.is("mellom") && next != null && next.is("og")
                        && mentionStartingAt(m.last() + 2) != null) {
                    replace(m, "range");
                    replace(mentionStartingAt(m.last() + 2), "range");
                }
                // compounds: "16-åringer", "20-tallet", "3-årig"
                if (next != null && next.isPunct("-–") && next.adjacentTo(tok(m.last())) && next2 != null
                        && next2.isWord() && next2.adjacentTo(next)) {
                    replace(m, "compound word");
                }
                // "de neste 10 til 15 årene", "10 til 15 år": a span of time, both ends
                Mention spanEnd = next != null && next.is("til") ? mentionStartingAt(m.last() + 2) : null;
                Token afterEnd = spanEnd == null ? null : tok(spanEnd.last() + 1);
                if (afterEnd != null && afterEnd.isWord() && Lexicon.TIME_UNITS.contains(afterEnd.lower())) {
                    replace(m, "duration or age");
                    replace(spanEnd, "duration or age");
                }
                if (prev != null && (prev.is("neste") || prev.is("kommende")) && prev2 != null && prev2.is("de")) {
                    replace(m, "a span ahead");
                }
                // durations and ages, also for lists: "6, 12 og 18 måneder"
                Token unit = tok(chainEnd(m) + 1);
                if (unit != null && unit.isWord() && Lexicon.TIME_UNITS.contains(unit.lower())) {
                    replace(m, "duration or age");
                }
                if (unit != null && (unit.is("ganger") || unit.is("gang"))) {
                    replace(m, "frequency");
                }
                // "på en skala fra 1 til 6", "skala 1–6": the bounds of a scale measure nothing
                if (prev != null && (prev.is("skala") || prev.is("skalaen"))
                        || prev != null && prev.is("fra") && prev2 != null && (prev2.is("skala") || prev2.is("skalaen"))) {
                    replace(m, "bound of a scale");
                    Token t2 = tok(m.last() + 1);
                    Mention upper = mentionStartingAt(m.last() + 2);
                    if (t2 != null && (t2.is("til") || t2.isPunct("–-")) && upper != null) {
                        replace(upper, "bound of a scale");
                    }
                }
                // "tre av fire": the denominator is not a measured value
                if (prev != null && prev.is("av") && m.first() >= 2) {
                    Integer before = null;
                    for (int q = 0; q < mentions.size(); q++) {
                        if (mentions.get(q).last() == m.first() - 2) {
                            before = q;
                        }
                    }
                    if (before != null) {
                        replace(m, "denominator");
                    }
                }
            }
        }

        // ---- units, changes ----------------------------------------------------------------

        Draft draft(Mention m) {
            Draft d = new Draft(m);
            d.sentence = tokens.get(m.first()).sentence();
            int u = chainEnd(m) + 1;
            Token ut = tok(u);
            d.unit = IndicatorUnit.COUNT;
            d.unitEnd = m.last();
            double multiplier = 1;
            if (ut != null && ut.sentence() == d.sentence) {
                String w = ut.lower();
                if (ut.isPunct("%") || w.equals("prosent") || w.equals("pst") || w.equals("prosenten")) {
                    d.unit = IndicatorUnit.PERCENT;
                    d.unitEnd = withDot(u);
                } else if (w.startsWith("prosentpoeng") || w.startsWith("prosentenhet")) {
                    d.unit = IndicatorUnit.PERCENTAGE_POINTS;
                    d.unitEnd = u;
                } else if (w.equals("kr") || w.equals("kroner") || w.equals("nok")) {
                    d.unit = IndicatorUnit.MONEY;
                    d.unitEnd = withDot(u);
                } else if (w.equals("mill") || w.equals("mln") || w.equals("mrd") || w.equals("million")
                        || w.equals("millioner") || w.equals("milliard") || w.equals("milliarder")
                        || w.equals("tusen")) {
                    multiplier = w.startsWith("mil") && !w.startsWith("milliard") || w.equals("mln") ? 1e6
                            : w.equals("tusen") ? 1e3 : 1e9;
                    int end = withDot(u);
                    Token cur = tok(end + 1);
                    boolean abbreviated = w.equals("mill") || w.equals("mln") || w.equals("mrd");
                    if (cur != null && (cur.is("kr") || cur.is("kroner") || cur.is("nok"))) {
                        d.unit = IndicatorUnit.MONEY;
                        end = withDot(end + 1);
                    } else {
                        d.unit = abbreviated ? IndicatorUnit.MONEY : IndicatorUnit.COUNT;
                    }
                    d.unitEnd = end;
                } else if (Lexicon.OTHER_UNITS.contains(w)) {
                    d.unit = IndicatorUnit.OTHER;
                    d.unitLabel = ut.text();
                    d.unitEnd = u;
                }
            }
            if (chainEnd(m) != m.last() && d.unit == IndicatorUnit.PERCENT && m.value() > 100) {
                // "103 100 eller 91 prosent": the unit of the list's last number does not fit
                d.unit = IndicatorUnit.COUNT;
                d.unitEnd = m.last();
            }
            Token before = tok(m.first() - 1);
            if (before != null && before.isPunct(".")) {
                before = tok(m.first() - 2);
            }
            if (d.unit == IndicatorUnit.COUNT && before != null && (before.is("kr") || before.is("nok"))) {
                d.unit = IndicatorUnit.MONEY;
            }
            if ("year".equals(m.excluded())) {
                // a year is a value only with its own unit right after it ("2000 kroner"), not via a list
                if (d.unit == IndicatorUnit.COUNT || chainEnd(m) != m.last()) {
                    return null;
                }
            }
            if (m.word() && d.unit == IndicatorUnit.MONEY) {
                return null;
            }
            if (d.unit == IndicatorUnit.MONEY && tokIs(m.first() - 1, "i") && (m.value() == 1000 || m.value() == 1e6)) {
                return null; // "tall i 1000 kr": the scale of a table, not a value
            }
            for (int q = m.first() - 1; q >= Math.max(0, m.first() - 4); q--) {
                Token t = tokens.get(q);
                if (t.sentence() != d.sentence || t.isPunct(",;:")) {
                    break;
                }
                if (Lexicon.TARGET_WORDS.contains(t.lower())) {
                    return null; // "Målet er 70 prosent": a target or budget, not a measured value
                }
            }
            d.value = m.value() * multiplier;
            if (!(Math.abs(d.value) <= MAX_VALUE)) {
                return null; // "999 999 999 999 mrd.": no municipal figure is this large
            }
            // what stands before: approximation words, then a prefix (fra, til, med, ned, opp, på)
            int p = m.first() - 1;
            d.quoteStartTok = m.first();
            while (p >= 0 && tokens.get(p).sentence() == d.sentence) {
                Token t = tokens.get(p);
                if (Lexicon.APPROXIMATIONS.contains(t.lower()) || t.is("lag") && tokIs(p - 1, "om")
                        || (t.is("kr") || t.is("nok")) && d.unit == IndicatorUnit.MONEY
                        || t.isPunct(".") && tokIs(p - 1, "kr") && d.unit == IndicatorUnit.MONEY
                        || t.isPunct(".") && tokIs(p - 1, "ca") || t.is("i") && (tokIs(p + 1, "overkant")
                                || tokIs(p + 1, "underkant")) || t.is("av") && (tokIs(p - 1, "overkant")
                                        || tokIs(p - 1, "underkant"))) {
                    p--;
                    d.quoteStartTok = p + 1;
                    if (t.is("lag")) {
                        p--;
                        d.quoteStartTok = p + 1;
                    }
                    continue;
                }
                break;
            }
            Token prefix = p >= 0 && tokens.get(p).sentence() == d.sentence ? tokens.get(p) : null;
            d.prefixTok = prefix == null ? -1 : p;
            d.prefix = prefix == null ? "" : prefix.lower();
            d.kind = Kind.LEVEL;
            int sign = 1;
            if (d.prefix.equals("ned") || d.prefix.equals("opp")) {
                d.kind = Kind.CHANGE;
                sign = d.prefix.equals("ned") ? -1 : 1;
                d.quoteStartTok = p;
            } else if (d.prefix.equals("med") || d.prefix.equals("på")) {
                Token verb = tok(p - 1);
                if (verb != null && Lexicon.DECREASE_WORDS.contains(verb.lower())) {
                    d.kind = Kind.CHANGE;
                    sign = -1;
                } else if (verb != null && Lexicon.INCREASE_WORDS.contains(verb.lower())) {
                    d.kind = Kind.CHANGE;
                }
            }
            Token afterUnit = tok(d.unitEnd + 1);
            if (d.kind == Kind.LEVEL && afterUnit != null && (afterUnit.is("flere") || afterUnit.is("færre"))) {
                d.kind = Kind.CHANGE;
                sign = afterUnit.is("færre") ? -1 : 1;
            }
            Token afterComparative = tok(d.unitEnd + 2);
            if (d.kind == Kind.LEVEL && afterUnit != null && afterComparative != null
                    && (afterComparative.is("enn") || Lexicon.TARGET_WORDS.contains(afterComparative.lower()))
                    && (Lexicon.MORE.contains(afterUnit.lower()) || Lexicon.LESS.contains(afterUnit.lower()))) {
                // "12 mill. lavere enn i 2016": a difference from a base, not a level; from a budget
                // or a target ("361 mill. bedre enn budsjettert") it measures the plan, not the year
                Token base = tok(d.unitEnd + 3);
                if (Lexicon.TARGET_WORDS.contains(afterComparative.lower())
                        || base != null && Lexicon.TARGET_WORDS.contains(base.lower())) {
                    return null;
                }
                d.kind = Kind.CHANGE;
                d.comparative = true;
                sign = Lexicon.LESS.contains(afterUnit.lower()) ? -1 : 1;
            }
            if (d.unit == IndicatorUnit.PERCENTAGE_POINTS && d.kind == Kind.LEVEL) {
                d.kind = Kind.CHANGE;
                for (int q = m.first() - 1; q >= Math.max(0, m.first() - 5); q--) {
                    if (Lexicon.DECREASE_WORDS.contains(tokens.get(q).lower())) {
                        sign = -1;
                        break;
                    }
                }
            }
            d.value *= sign;
            d.quoteEndTok = d.unitEnd;
            return d;
        }

        /** Includes an abbreviation's dot ("pst.", "mill.", "kr.") in the unit. */
        int withDot(int u) {
            Token dot = tok(u + 1);
            Token w = tok(u);
            if (dot != null && dot.isPunct(".") && dot.adjacentTo(w)
                    && (w.is("pst") || w.is("mill") || w.is("mrd") || w.is("kr") || w.is("mln"))) {
                return u + 1;
            }
            return u;
        }

        // ---- years ------------------------------------------------------------------------

        void assignYears(List<Draft> drafts) {
            java.util.Set<Integer> consumed = new java.util.HashSet<>(); // looked up per token
            for (Draft d : drafts) {
                Token i = tok(d.unitEnd + 1);
                Mention y = mentionStartingAt(d.unitEnd + 2);
                if (i != null && (i.is("i") || i.is("per") || i.is("pr") || i.is("ved")) && y != null && y.year() > 0
                        && !y.candidate()) {
                    d.year = y.year();
                    d.basis = YearBasis.STATED;
                    consumed.add(y.first());
                } else if (i != null && i.is("fra") && y != null && y.year() > 0 && tokIs(y.last() + 1, "til")
                        && mentionStartingAt(y.last() + 2) != null && mentionStartingAt(y.last() + 2).year() > 0) {
                    Mention to = mentionStartingAt(y.last() + 2);
                    d.year = to.year();
                    d.basis = YearBasis.STATED;
                    consumed.add(y.first());
                    consumed.add(to.first());
                }
            }
            for (Mention y : mentions) {
                Token before = tok(y.first() - 1);
                if (y.year() > 0 && before != null && (before.is("fra") && !tokIs(y.last() + 1, "til")
                        || before.is("siden") || before.is("i") && tokIs(y.first() - 2, "enn")
                        || before.is("enn"))) {
                    consumed.add(y.first()); // the base of a comparison or change, not the value's year
                }
            }
            for (Draft d : drafts) {
                if (d.basis != null) {
                    continue;
                }
                d.year = reportYear;
                d.basis = YearBasis.REPORT;
                // "16 200 elever i grunnskolen høsten 2018": a year at the end of the value's own clause
                int forward = yearLaterInClause(d, consumed);
                if (forward >= 0) {
                    d.year = mentionStartingAt(forward).year();
                    d.basis = YearBasis.STATED;
                    consumed.add(forward);
                    continue;
                }
                for (int q = d.quoteStartTok - 1; q >= 0 && tokens.get(q).sentence() == d.sentence; q--) {
                    if (tokens.get(q).isPunct(",;:(")) {
                        break;
                    }
                    Mention y = mentionStartingAt(q);
                    if (y != null && y.year() > 0 && !y.candidate() && !consumed.contains(q)) {
                        Token before = tok(q - 1);
                        if (before != null && (before.is("i") || before.is("per") || before.is("pr")
                                || before.is("høsten") || before.is("våren") || before.is("utgangen")
                                || before.is("av") || before.is("året"))) {
                            d.year = y.year();
                            d.basis = YearBasis.STATED;
                        }
                        break;
                    }
                }
            }
            // "mot 6,4 prosent året før", "8,2 prosent i fjor": the year before the sentence's year
            Draft earlier = null;
            for (Draft d : drafts) {
                if ((tokIs(d.unitEnd + 1, "året") && tokIs(d.unitEnd + 2, "før")
                        || tokIs(d.unitEnd + 1, "i") && tokIs(d.unitEnd + 2, "fjor")
                        || tokIs(d.unitEnd + 1, "forrige") && tokIs(d.unitEnd + 2, "år"))) {
                    int base = earlier != null && earlier.sentence == d.sentence ? earlier.year : reportYear;
                    d.year = base - 1;
                    d.basis = YearBasis.STATED;
                }
                earlier = d;
            }
        }

        /**
         * The index of a year that dates the value from later in its clause ("i 2018", "høsten 2018",
         * "per 2018", "ved utgangen av 2018"), before any other value and any clause break; -1 if none.
         */
        int yearLaterInClause(Draft d, java.util.Set<Integer> consumed) {
            for (int q = d.unitEnd + 1; q < tokens.size() && q <= d.unitEnd + 10; q++) {
                Token t = tokens.get(q);
                if (t.sentence() != d.sentence || t.isPunct(",;:()")) {
                    return -1;
                }
                Mention m = mentionStartingAt(q);
                if (m == null) {
                    continue;
                }
                if (m.year() > 0 && !m.candidate() && !consumed.contains(q)) {
                    Token before = tok(q - 1);
                    boolean dating = before != null && (before.is("i") || before.is("per") || before.is("pr")
                            || before.is("høsten") || before.is("våren") || before.is("utgangen")
                            || before.is("av") && tokIs(q - 2, "utgangen") || before.is("året"));
                    return dating ? q : -1;
                }
                return -1; // another value: the year is its
            }
            return -1;
        }

        // ---- "fra X til Y" and "X ... til Y" --------------------------------------------------

        void pairs(List<Draft> drafts) {
            for (int a = 0; a < drafts.size(); a++) {
                Draft x = drafts.get(a);
                if (x.kind != Kind.LEVEL) {
                    continue;
                }
                if (x.prefix.equals("fra")) {
                    for (int b = a + 1; b < drafts.size(); b++) {
                        Draft y = drafts.get(b);
                        if (y.sentence != x.sentence) {
                            break;
                        }
                        if (y.prefix.equals("til") && y.kind == Kind.LEVEL) {
                            if (x.unit == IndicatorUnit.COUNT && x.unitEnd == x.mention.last()
                                    && y.unit != IndicatorUnit.COUNT) {
                                x.unit = y.unit;
                                x.unitLabel = y.unitLabel;
                            }
                            if (y.unit == IndicatorUnit.COUNT && y.unitEnd == y.mention.last()
                                    && x.unit != IndicatorUnit.COUNT) {
                                y.unit = x.unit;
                                y.unitLabel = x.unitLabel;
                            }
                            if (x.basis != YearBasis.STATED) {
                                x.year = y.year - 1;
                                x.basis = YearBasis.PREVIOUS;
                            }
                            x.pairedWith = y;
                            y.pairedFrom = x;
                            int start = x.prefixTok;
                            x.pairQuote = new int[] {start, -1};
                            break;
                        }
                    }
                } else if (a + 1 < drafts.size()) {
                    Draft y = drafts.get(a + 1);
                    if (y.sentence == x.sentence && y.prefix.equals("til") && y.kind == Kind.LEVEL
                            && x.unit == IndicatorUnit.COUNT && y.unit == IndicatorUnit.COUNT
                            && !x.prefix.equals("til") && bareCount(y)) {
                        if (x.basis != YearBasis.STATED) {
                            x.year = y.year - 1;
                            x.basis = YearBasis.PREVIOUS;
                        }
                        y.inheritsFrom = x;
                    }
                }
            }
        }

        /** "til tre større." : at most one word after the count, then the end of the clause. */
        boolean bareCount(Draft y) {
            int i = y.mention.last() + 1;
            Token t = tok(i);
            if (t == null || t.sentence() != y.sentence || t.isPunct(".,;:!?")) {
                return true;
            }
            Token t2 = tok(i + 1);
            return t.isWord() && (t2 == null || t2.sentence() != y.sentence || t2.isPunct(".,;:!?"));
        }

        // ---- names --------------------------------------------------------------------------

        void names(List<Draft> drafts) {
            for (Draft d : drafts) {
                // only a name that is a noun phrase counts ("dette", "brukt", "utgangen" do not)
                String back = recognisableOrEmpty(withoutLeadingChange(backwardName(d)));
                boolean backAfterValue = stoppedAtValue; // "40 personer til 1 960": the words are the other value's
                if (d.kind == Kind.CHANGE && Lexicon.CHANGE_NOUNS.contains(IndicatorNames.display(back))) {
                    back = ""; // "1 224 mill., en forbedring på 361 mill.": the change of the value before
                }
                if (d.comparative) {
                    d.name = back; // "..., som er 12 mill. lavere enn": the subject is earlier in the sentence
                    continue;
                }
                int[] fwd = forwardName(d);
                d.forwardEnd = fwd == null ? -1 : fwd[1];
                String forward = fwd == null ? ""
                        : recognisableOrEmpty(text.substring(tokens.get(fwd[0]).start(), tokens.get(fwd[1]).end()));
                boolean share = d.unit == IndicatorUnit.COUNT;
                if (!share && fwd != null && startsWithVerb(fwd[0])) {
                    forward = ""; // "88 prosent hadde fått dose 2": the predicate, not the name
                }
                Token opener = tok(d.unitEnd + 1);
                if (!share && opener != null && !opener.is("av") && Lexicon.PREPOSITIONS.contains(opener.lower())) {
                    forward = ""; // "24 prosent i landet", "5 mill. til vedlikehold": where or what for, not what
                }
                if (!share) {
                    Token av = tok(d.unitEnd + 1);
                    Token after = tok(d.unitEnd + 1);
                    boolean comparative = after != null && (after.is("flere") || after.is("færre"));
                    if (comparative && !forward.isEmpty()) {
                        d.name = forward;
                    } else if (!back.isEmpty()) {
                        d.name = back;
                    } else if (av != null && av.is("av") && !forward.isEmpty() && d.unit == IndicatorUnit.PERCENT) {
                        d.name = "andel " + forward;
                    } else {
                        d.name = forward;
                    }
                } else {
                    String lowerBack = back.toLowerCase(java.util.Locale.ROOT);
                    if (lowerBack.startsWith("antall") || lowerBack.contains(" antall")) {
                        d.name = back;
                    } else if (forward.isEmpty() && !back.isEmpty() && !backAfterValue && d.pairedWith == null
                            && d.pairedFrom == null) {
                        d.name = back; // "Brukertilfredsheten er 5,1": nothing counted after it, the subject is named
                    } else {
                        d.name = forward;
                        if (fwd != null) {
                            d.quoteEndTok = Math.max(d.quoteEndTok, fwd[0]);
                        }
                    }
                }
            }
            for (Draft d : drafts) {
                if (d.pairedWith != null) {
                    Draft y = d.pairedWith;
                    String shared = d.name.isEmpty() ? y.name : d.name;
                    d.name = shared;
                    if (y.name.isEmpty() || d.unit != IndicatorUnit.COUNT) {
                        y.name = shared;
                    }
                    d.name = d.unit == IndicatorUnit.COUNT && !y.name.isEmpty() ? y.name : shared;
                    int start = d.pairQuote[0] >= 0 ? d.pairQuote[0] : d.quoteStartTok;
                    d.quoteStartTok = start;
                    y.quoteStartTok = start;
                    d.quoteEndTok = Math.max(d.quoteEndTok, y.quoteEndTok);
                    y.quoteEndTok = d.quoteEndTok;
                }
                if (d.inheritsFrom != null) {
                    d.name = d.inheritsFrom.name;
                    d.quoteEndTok = Math.max(d.quoteEndTok, Math.min(d.mention.last() + 1, lastTokenOfSentence(d.sentence)));
                    if (tok(d.quoteEndTok) != null && !tok(d.quoteEndTok).isWord()) {
                        d.quoteEndTok = d.mention.last();
                    }
                    if (d.prefixTok >= 0) {
                        d.quoteStartTok = Math.min(d.quoteStartTok, d.prefixTok);
                    }
                }
            }
            // A value without a name of its own takes the name of the value it is listed with
            // ("9,1 prosent i 2015, 8,7 prosent i 2016"), not of any earlier value of the sentence.
            Draft previous = null;
            for (Draft d : drafts) {
                if (previous != null && previous.sentence == d.sentence && d.name.isEmpty()
                        && listedAfter(previous, d)) {
                    d.name = previous.name;
                }
                previous = d;
            }
        }

        /**
         * True when only a year, separators and "og"/"eller" stand between two values (one list), or
         * the second is a change stated right after the first ("1 224 mill., en forbedring på 361
         * mill."): both are about the same quantity.
         */
        boolean listedAfter(Draft previous, Draft d) {
            int end = d.quoteStartTok; // the word before the value ("herav", "ned fra") is checked too
            if (previous.kind == Kind.CHANGE && d.kind == Kind.LEVEL && d.prefix.equals("til")
                    && end - previous.unitEnd <= 4) {
                return true; // "redusert med 40 personer til 1 960": the level the change reached
            }
            if (d.kind == Kind.CHANGE && end - previous.unitEnd <= 8) {
                boolean changeOfIt = true;
                for (int i = previous.unitEnd + 1; i < end && changeOfIt; i++) {
                    Token t = tokens.get(i);
                    changeOfIt = t.isPunct(",") || t.is("en") || t.is("et") || t.is("som") || t.is("noe")
                            || Lexicon.SKIP_BACK.contains(t.lower()) || Lexicon.INCREASE_WORDS.contains(t.lower())
                            || Lexicon.DECREASE_WORDS.contains(t.lower()) || Lexicon.CHANGE_NOUNS.contains(t.lower());
                }
                if (changeOfIt) {
                    return true;
                }
            }
            // the words naming the earlier value forwards ("5,3 prosent av elevene, mot ...") are its own
            int from = previous.forwardEnd > previous.unitEnd && !previous.name.isEmpty() ? previous.forwardEnd + 1
                    : previous.unitEnd + 1;
            for (int i = from; i < end; i++) {
                Token t = tokens.get(i);
                Mention year = mentionStartingAt(i);
                if (year != null && year.year() > 0 && !year.candidate()) {
                    i = year.last();
                    continue;
                }
                // "5,3 prosent i 2017, ned fra 6,4 prosent i 2016", "mot 6,4 prosent året før": the same
                // quantity in another year (in the same year "mot" compares with another population)
                boolean overTime = d.year != previous.year && d.unit == previous.unit
                        && (t.is("ned") || t.is("opp") || t.is("mot") || t.is("sammenlignet") || t.is("med"));
                // "er økt med 483 mill. og var 1 185 mill.": a second verb of the same subject
                boolean sameSubject = Lexicon.AUXILIARIES.contains(t.lower()) && !t.is("noe") && !t.is("litt")
                        || t.is("utgjorde") || t.is("utgjør") || t.is("ligger") || t.is("lå") || t.is("endte");
                if (!(t.isPunct(",;") || t.is("og") || t.is("eller") || t.is("i") || t.is("til") || t.is("fra")
                        || t.is("per") || t.is("pr") || t.is("på") || overTime || sameSubject)) {
                    return false;
                }
            }
            return true;
        }

        /** The name's head (its first or second word, after an adjective) is a part of the text itself. */
        static boolean countsTextStructure(String name) {
            String[] words = name.split(" ");
            for (int i = 0; i < Math.min(2, words.length); i++) {
                for (String noun : Lexicon.TEXT_STRUCTURE_NOUNS) {
                    if (words[i].endsWith(noun)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean startsWithVerb(int i) {
            Token t = tok(i);
            return t != null && (Lexicon.VERBS.contains(t.lower()) || Lexicon.AUXILIARIES.contains(t.lower())
                    || Lexicon.MODALS.contains(t.lower()));
        }

        /**
         * "Nedgang i andel elever ..." names the quantity after the change noun (the value's kind tells
         * the change); not before a proper name ("veksten i Sola" is the growth of a place).
         */
        static String withoutLeadingChange(String name) {
            String[] words = IndicatorNames.SPACES.split(name.strip());
            int i = 0;
            while (words.length - i > 2 && Lexicon.CHANGE_NOUNS.contains(words[i].toLowerCase(java.util.Locale.ROOT))
                    && (words[i + 1].equalsIgnoreCase("i") || words[i + 1].equalsIgnoreCase("av"))
                    && !words[i + 2].isEmpty() && Character.isLowerCase(words[i + 2].codePointAt(0))) {
                i += 2;
            }
            return i == 0 ? name : String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
        }

        static String recognisableOrEmpty(String name) {
            return IndicatorNames.recognisable(name) ? name : "";
        }

        int lastTokenOfSentence(int sentence) {
            int last = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).sentence() == sentence) {
                    last = i;
                }
            }
            return last;
        }

        String backwardName(Draft d) {
            if (d.prefixTok >= 0 && Lexicon.PREPOSITIONS.contains(d.prefix) && !Lexicon.SKIP_BACK.contains(d.prefix)
                    && !Lexicon.INCREASE_WORDS.contains(d.prefix) && !Lexicon.DECREASE_WORDS.contains(d.prefix)) {
                return ""; // "mot 24 prosent på landsbasis": the object of a preposition, compared with the name
            }
            // the word right before the value may itself end the name ("ble brutto driftsresultat 990 mill.")
            int i = skipRelativeClause(skipBack(d.prefixTok >= 0 ? d.prefixTok : d.quoteStartTok - 1, d.sentence),
                    d.sentence);
            int[] span = collectBack(i, d.sentence);
            // "utgjorde etter avsetninger 549 mill.": a phrase opened by a preposition says when or
            // how, not what; the name stands before it
            if (span[0] <= span[1] && Lexicon.PREPOSITIONS.contains(tokens.get(span[0]).lower())) {
                int before = skipRelativeClause(skipBack(span[0] - 1, d.sentence), d.sentence);
                span = before < span[0] - 1 || before >= 0 && tokens.get(before).isWord()
                        ? collectBack(before, d.sentence) : new int[] {0, -1};
            }
            return span(span[0], span[1]);
        }

        /** The words of a name collected backwards from index {@code i}: [first, last], empty when first > last. */
        int[] collectBack(int i, int sentence) {
            int end = i;
            int count = 0;
            stoppedAtValue = false;
            while (i >= 0 && tokens.get(i).sentence() == sentence && count < 6) {
                Token t = tokens.get(i);
                boolean hyphenPart = t.isPunct("-") && tok(i - 1) != null && tok(i - 1).isWord()
                        && t.adjacentTo(tok(i - 1));
                if (insideExcluded(i)) {
                    i--;
                    continue;
                }
                boolean changeWord = Lexicon.INCREASE_WORDS.contains(t.lower())
                        || Lexicon.DECREASE_WORDS.contains(t.lower());
                // a change noun may be the name's head ("veksten i Sola"), a change verb ends it
                boolean changeNoun = Lexicon.CHANGE_NOUNS.contains(t.lower());
                // "andel elever som får spesialundervisning": a relative clause right after a noun stays
                boolean relative = t.is("som") && count > 0 && tok(i - 1) != null && tok(i - 1).isWord()
                        && tok(i - 1).sentence() == sentence && !Lexicon.STOP_BACK.contains(tok(i - 1).lower())
                        && !Lexicon.PRONOUNS.contains(tok(i - 1).lower())
                        && !Lexicon.PREPOSITIONS.contains(tok(i - 1).lower());
                // "i helse og omsorg", "antall barn og unge": two nouns joined inside the phrase
                boolean joinedNouns = t.is("og") && count > 0 && coordinatedInPhrase(i, sentence);
                if (mentionStartingAt(i) != null || Lexicon.UNIT_WORDS.contains(t.lower())) {
                    stoppedAtValue = true;
                }
                if (!(t.isWord() || hyphenPart) || mentionStartingAt(i) != null
                        || Lexicon.UNIT_WORDS.contains(t.lower())
                        || Lexicon.STOP_BACK.contains(t.lower()) && !relative && !joinedNouns
                        || changeWord && !changeNoun) {
                    break;
                }
                if (t.isWord()) {
                    count++;
                }
                i--;
            }
            return new int[] {i + 1, end};
        }

        /**
         * True when "og" at {@code i} joins two words of one noun phrase: the word before it follows a
         * preposition or a quantity word ("i helse og omsorg", "antall barn og unge") or opens the sentence.
         */
        boolean coordinatedInPhrase(int i, int sentence) {
            Token before = tok(i - 1);
            if (before == null || !before.isWord() || before.sentence() != sentence
                    || Lexicon.STOP_BACK.contains(before.lower()) || Lexicon.VERBS.contains(before.lower())) {
                return false;
            }
            Token opener = tok(i - 2);
            return opener == null || opener.sentence() != sentence
                    || Lexicon.PREPOSITIONS.contains(opener.lower()) && !opener.is("og") && !opener.is("som")
                    || Lexicon.QUANTITY_ANCHORS.contains(opener.lower());
        }

        /** "Bufferfondet, som er kommunens reservefond, utgjorde": from the second comma to before the first. */
        int skipRelativeClause(int i, int sentence) {
            if (i >= 0 && tokens.get(i).isPunct(",") && tokens.get(i).sentence() == sentence) {
                for (int j = i - 1; j >= Math.max(0, i - 16) && tokens.get(j).sentence() == sentence; j--) {
                    if (tokens.get(j).isPunct(",") && tokIs(j + 1, "som")) {
                        return skipBack(j - 1, sentence);
                    }
                    if (!tokens.get(j).isWord() && !tokens.get(j).isPunct("-")) {
                        break;
                    }
                }
            }
            return i;
        }

        /** The index before the verbs, prepositions and change words that stand between a name and its value. */
        int skipBack(int i, int sentence) {
            while (i >= 0 && tokens.get(i).sentence() == sentence && tokens.get(i).isWord()
                    && !Lexicon.CHANGE_NOUNS.contains(tokens.get(i).lower())
                    && (Lexicon.SKIP_BACK.contains(tokens.get(i).lower())
                            || Lexicon.INCREASE_WORDS.contains(tokens.get(i).lower())
                            || Lexicon.DECREASE_WORDS.contains(tokens.get(i).lower()))) {
                i--;
            }
            return i;
        }

        /** True inside a range, age or ordinal ("barn 1–2 år"), which may be part of a name. */
        boolean insideExcluded(int i) {
            for (Mention m : mentions) {
                if (m.excluded() != null && !"year".equals(m.excluded()) && i >= m.first() && i <= m.last() + 1
                        && (m.excluded().startsWith("range") || m.excluded().startsWith("duration")
                                || m.excluded().startsWith("ordinal"))) {
                    return tokens.get(i).isNumber() || tokens.get(i).isPunct("–-—.");
                }
            }
            return false;
        }

        /** Token range [first, last] of the words after the value, or null. */
        int[] forwardName(Draft d) {
            int i = d.unitEnd + 1;
            Token av = tok(i);
            if (av != null && av.is("av")) {
                Mention denominator = mentionStartingAt(i + 1);
                if (denominator != null) {
                    i = chainEnd(denominator) + 1;
                } else if (d.unit != IndicatorUnit.COUNT) {
                    i++;
                }
            }
            int first = i;
            int lastWord = -1;
            int count = 0;
            while (i < tokens.size() && tokens.get(i).sentence() == d.sentence && count < 6) {
                Token t = tokens.get(i);
                if (mentionStartingAt(i) != null) {
                    break;
                }
                if (t.isPunct("-") && tok(i - 1) != null && tok(i - 1).isWord() && t.adjacentTo(tok(i - 1))) {
                    i++;
                    continue;
                }
                if (!t.isWord() || Lexicon.STOP_FORWARD.contains(t.lower()) || t.is("for") && tokIs(i + 1, "å")) {
                    break;
                }
                lastWord = i;
                count++;
                i++;
            }
            if (lastWord < first) {
                return null;
            }
            int[] trimmed = trim(first, lastWord);
            return trimmed;
        }

        int[] trim(int first, int last) {
            while (first <= last && (!tokens.get(first).isWord() || Lexicon.TRIM.contains(tokens.get(first).lower()))) {
                first++;
            }
            while (last >= first && (!tokens.get(last).isWord() || Lexicon.TRIM.contains(tokens.get(last).lower()))) {
                last--;
            }
            return first > last ? null : new int[] {first, last};
        }

        String span(int first, int last) {
            if (first > last || first < 0) {
                return "";
            }
            int[] t = trim(first, last);
            return t == null ? "" : text.substring(tokens.get(t[0]).start(), tokens.get(t[1]).end());
        }

        // ---- implied previous values ------------------------------------------------------------

        List<Observation> implied(List<Draft> drafts) {
            List<Observation> out = new ArrayList<>();
            for (Draft c : drafts) {
                if (c.kind != Kind.CHANGE) {
                    continue;
                }
                Draft level = null;
                for (Draft l : drafts) {
                    if (l.sentence == c.sentence && l.kind == Kind.LEVEL && compatible(l.unit, c.unit)
                            && (l.prefix.equals("til") || l.prefix.equals("på"))
                            && Math.abs(l.mention.first() - c.mention.first()) <= 12) {
                        level = l;
                        break;
                    }
                }
                if (level == null) {
                    continue;
                }
                int start = Math.min(c.quoteStartTok, level.quoteStartTok);
                int end = Math.max(c.quoteEndTok, level.quoteEndTok);
                Provenance p = provenance(start, end);
                double previous = round(level.value - c.value);
                out.add(new Observation(level.name(), IndicatorNames.key(level.name(), analyzer), level.unit, Kind.LEVEL,
                        level.year - 1, YearBasis.IMPLIED, previous, true, p));
            }
            return out;
        }

        static boolean compatible(IndicatorUnit level, IndicatorUnit change) {
            return level == IndicatorUnit.PERCENT && change == IndicatorUnit.PERCENTAGE_POINTS
                    || level == change && level != IndicatorUnit.PERCENT;
        }

        static double round(double v) {
            return Math.abs(v) >= 1e6 ? v : Math.rint(v * 1e9) / 1e9;
        }

        Provenance provenance(int firstTok, int lastTok) {
            int s = tokens.get(firstTok).start();
            int e = tokens.get(lastTok).end();
            return new Provenance(source, reportYear, statementId, s, e, text.substring(s, e));
        }

        // ---- stated directions without numbers ------------------------------------------------

        List<QualitativeObservation> qualitative(List<Draft> drafts) {
            List<QualitativeObservation> out = new ArrayList<>();
            int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
            for (int s = 0; s < sentences; s++) {
                final int sentence = s;
                if (drafts.stream().anyMatch(d -> d.sentence == sentence)) {
                    continue;
                }
                QualitativeObservation q = direction(sentence);
                if (q != null) {
                    out.add(q);
                }
            }
            return out;
        }

        QualitativeObservation direction(int sentence) {
            int first = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).sentence() == sentence) {
                    first = first < 0 ? i : first;
                } else if (first >= 0) {
                    break;
                }
            }
            if (first < 0) {
                return null;
            }
            for (int i = first; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
                Token t = tokens.get(i);
                StatedDirection dir = null;
                int end = i;
                boolean finite = false;
                if (Lexicon.UP_VERBS.contains(t.lower())) {
                    dir = StatedDirection.UP;
                    // "økte" is also the plural adjective ("økte krav"): only with an auxiliary or an anchor
                    finite = t.lower().endsWith("er") || t.is("steg") || t.is("vokste");
                } else if (Lexicon.DOWN_VERBS.contains(t.lower())) {
                    dir = StatedDirection.DOWN;
                    finite = t.lower().endsWith("er") || t.is("sank") || t.is("falt") || t.is("minket")
                            || t.is("avtok") || t.is("reduseres");
                } else if (Lexicon.STABLE_WORDS.contains(t.lower())) {
                    dir = StatedDirection.STABLE;
                } else if ((t.is("går") || t.is("gikk")) && tokIs(i + 1, "ned")) {
                    dir = StatedDirection.DOWN;
                    finite = true;
                    end = i + 1;
                } else if ((t.is("går") || t.is("gikk")) && tokIs(i + 1, "opp")) {
                    dir = StatedDirection.UP;
                    finite = true;
                    end = i + 1;
                }
                if (dir == null) {
                    continue;
                }
                int j = i - 1;
                boolean aux = false;
                while (j >= first && Lexicon.AUXILIARIES.contains(tokens.get(j).lower())) {
                    aux = true;
                    j--;
                }
                if (j >= first && (Lexicon.MODALS.contains(tokens.get(j).lower()) || tokens.get(j).is("å"))) {
                    continue;
                }
                if (!aux && !finite && !(t.is("økte") && hasAnchor(first, j))) {
                    continue;
                }
                if (tokens.get(first).is("det") || tokens.get(first).is("dette") || tokens.get(first).is("da")) {
                    if (!hasAnchor(first, j)) {
                        continue;
                    }
                }
                int anchor = -1;
                for (int a = first; a <= j; a++) {
                    if (Lexicon.QUANTITY_ANCHORS.contains(tokens.get(a).lower())) {
                        anchor = a;
                        break;
                    }
                }
                int subjectStart = anchor >= 0 ? anchor : first;
                int words = 0;
                for (int a = subjectStart; a <= j; a++) {
                    if (tokens.get(a).isWord()) {
                        words++;
                    }
                }
                if (anchor < 0 && (words > 4 || !Character.isUpperCase(tokens.get(first).text().charAt(0)))) {
                    continue;
                }
                if (words == 0 || words > 12) {
                    continue;
                }
                String subject = span(subjectStart, j);
                if (subject.isEmpty()) {
                    continue;
                }
                String display = IndicatorNames.nounPhrase(subject);
                if (display.isEmpty()) {
                    continue;
                }
                return new QualitativeObservation(display, IndicatorNames.key(display, analyzer), dir, reportYear,
                        provenance(subjectStart, end));
            }
            return null;
        }

        boolean hasAnchor(int from, int to) {
            for (int a = from; a <= to; a++) {
                if (Lexicon.QUANTITY_ANCHORS.contains(tokens.get(a).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** A value being read. */
        final class Draft {
            final Mention mention;
            int sentence;
            IndicatorUnit unit;
            String unitLabel;
            int unitEnd;
            double value;
            Kind kind;
            int year;
            YearBasis basis;
            String prefix = "";
            int prefixTok = -1;
            int quoteStartTok;
            int quoteEndTok;
            String name = "";
            Draft pairedWith;
            Draft pairedFrom;
            Draft inheritsFrom;
            int[] pairQuote;
            boolean comparative;
            /** Last token of the name read forwards from the value, -1 when none was. */
            int forwardEnd = -1;

            Draft(Mention mention) {
                this.mention = mention;
            }

            /** The noun phrase naming the value, or "" when the statement gives none a reader recognises. */
            String name() {
                return IndicatorNames.nounPhrase(name);
            }

            Observation toObservation() {
                return new Observation(name(), IndicatorNames.key(name(), analyzer), unit, kind, year, basis, round(value),
                        false, provenance(quoteStartTok, quoteEndTok));
            }
        }
    }
}
