package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.repair.Lexicon;
import no.trendspor.ingest.repair.Vocabulary;
import no.trendspor.ingest.repair.WordRepairer;
import no.trendspor.model.Heading;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.ReportDocument.YearSource;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Sector.NameSource;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import no.trendspor.model.Warning;

/**
 * Stage 5 of the ingest: blocks to sectors, sections, statements, headings and unclassified text.
 *
 * <p>A single pass over the blocks with one block of look-ahead (two for a mission sentence that
 * opens a page). Every block ends up in exactly one place: a statement, a heading, or an
 * {@link Unclassified} entry with a reason, so the lossless rule holds by construction.
 *
 * <ul>
 *   <li>Sector heading: a short title-like line followed by a mission sentence ("X skal ...") or
 *   by a results / challenges heading. Without one, a mission sentence followed by a section
 *   heading opens the sector, named by the sentence's subject when that looks like a sector name
 *   ({@link NameSource#MISSION_SENTENCE}), else by the hint ({@link NameSource#HINT}).</li>
 *   <li>Captions: short lines that are no sentence and stand outside the structure: right before
 *   a sector heading, or after a key-figure reference.</li>
 *   <li>Sub-headings: short non-sentence lines inside a sector that are followed by a bullet.</li>
 * </ul>
 */
public final class StructureBuilder {

    /** Name of a sector that neither the page nor the hints name. */
    public static final String UNNAMED_SECTOR = "(unnamed sector)";

    private static final int MAX_TITLE_WORDS = 8;
    private static final int MAX_TITLE_CHARS = 70;
    private static final int MAX_CAPTION_WORDS = 15;
    private static final int MAX_MISSION_SUBJECT_WORDS = 12;
    private static final int MAX_MUNICIPALITY_CANDIDATES = 16;
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?<![\\p{L}\\d-])((?:(?:Nedre|Øvre|Nord|Sør|Øst|Vest|Indre|Ytre|Midtre)[\\s-])?\\p{Lu}[\\p{L}-]*"
                    + "(?:\\s+og\\s+\\p{Lu}[\\p{L}-]*)?)\\s+(fylkes)?kommunes?(?![\\p{L}])");
    private static final Pattern ARTICLE_BEFORE =
            Pattern.compile("(?iu)(?:^|\\s)(?:en|ei|et|som|vår|var|hver|annen|egen|mer|mest|ny)\\s+$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,2}\\s+(?=\\p{Lu})");
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(?:19|20)\\d{2}$");

    private final WordRepairer repairer;
    private final Lexicon lexicon;

    public StructureBuilder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.repairer = new WordRepairer(lexicon);
    }

    /** Per-line repairs made by earlier stages (encoding), keyed by line. */
    public interface LineRepairs {
        List<Repair> on(int line);
    }

    /**
     * Builds the document.
     *
     * @param source     the input's name
     * @param blocks     the blocks, in input order
     * @param extra      unclassified entries found by earlier stages (e.g. invisible lines)
     * @param lineCount  number of input lines
     * @param hints      what the caller knows
     * @param vocabulary words of the documents of this run
     * @param early      repairs of earlier stages per line
     * @param warnings   warnings of earlier stages
     */
    public ReportDocument build(String source, List<Block> blocks, List<Unclassified> extra, int lineCount,
            IngestHints hints, Vocabulary vocabulary, LineRepairs early, List<Warning> warnings) {
        Run run = new Run(source, blocks, hints, vocabulary, early);
        run.unclassified.addAll(extra);
        run.walk();
        List<Warning> allWarnings = new ArrayList<>(warnings);
        int year;
        YearSource yearSource;
        if (run.headingYear != null) {
            year = run.headingYear;
            yearSource = YearSource.RESULTS_HEADING;
        } else if (run.titleYear != null) {
            year = run.titleYear;
            yearSource = YearSource.TITLE;
        } else if (hints.year() != null) {
            year = hints.year();
            yearSource = YearSource.HINT;
        } else {
            OptionalInt fromName = LinePatterns.yearIn(StatementIds.baseName(source));
            if (fromName.isEmpty()) {
                throw new InputException(source, 0, "no report year found (no results heading, title,"
                        + " hint or year in the file name)");
            }
            year = fromName.getAsInt();
            yearSource = YearSource.FILE_NAME;
            allWarnings.add(new Warning("year-from-file-name",
                    "the report year " + year + " was taken from the file name", 0));
        }
        String municipality = municipality(blocks, hints);
        if (municipality == null) {
            municipality = hints.municipality();
        }
        List<Sector> sectors = new ArrayList<>();
        for (SectorBuilder sb : run.sectors) {
            boolean last = sb == run.sector;
            sectors.add(new Sector(sb.name, sb.nameSource, sb.statements(source),
                    last && sb.challengeListCutShort(blocks.size() - 1)));
        }
        List<Unclassified> unclassified = new ArrayList<>(run.unclassified);
        unclassified.sort((a, b) -> a.lines().compareTo(b.lines()));
        return new ReportDocument(source, year, yearSource, municipality, sectors, run.headings, unclassified,
                allWarnings, lineCount);
    }

    /**
     * The municipality the text states: the name in "<Name> kommune" seen most often, ties broken by
     * how often the bare name occurs, then by the hint, then by first appearance. "<Name>
     * fylkeskommune" counts only when no "<Name> kommune" is stated, since a municipal report names
     * its county as a partner. Names after an article ("en klimaklok kommune") or in the genitive
     * ("Fremtidens kommune") are adjectives or phrases, not names, and a name must occur at least
     * once more on its own (or be the hint's).
     */
    private String municipality(List<Block> blocks, IngestHints hints) {
        Map<String, Integer> municipal = new LinkedHashMap<>();
        Map<String, Integer> county = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b.text().length() > 100_000) {
                continue;
            }
            Matcher m = MUNICIPALITY.matcher(b.text());
            while (m.find()) {
                String name = m.group(1);
                String lower = LinePatterns.lower(name);
                // "Alle kommuner", "Denne kommune", "Hver kommune": general words are no names.
                if (lexicon.knows(lower) || lower.endsWith("ens") || ARTICLE_BEFORE.matcher(
                        b.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue;
                }
                (m.group(2) == null ? municipal : county).merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = municipal.isEmpty() ? county : municipal;
        // Only the most named candidates (and the hint) are counted bare: a hostile text with
        // thousands of distinct "<Name> kommune" would otherwise cost candidates x text length.
        List<String> candidates = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_MUNICIPALITY_CANDIDATES)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        counts.keySet().stream().filter(n -> n.equalsIgnoreCase(hints.municipality() == null ? "" : hints.municipality()))
                .filter(n -> !candidates.contains(n)).forEach(candidates::add);
        // Keep first-appearance order, the last tie breaker.
        List<String> ordered = counts.keySet().stream().filter(candidates::contains).toList();
        String best = null;
        long[] bestScore = null;
        for (String name : ordered) {
            Pattern bareName = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})");
            long bare = 0;
            for (Block b : blocks) {
                if (b.text().length() <= 100_000) {
                    bare += bareName.matcher(b.text()).results().count();
                }
            }
            long hinted = name.equalsIgnoreCase(hints.municipality() == null ? "" : hints.municipality()) ? 1 : 0;
            if (bare < 2 && hinted == 0) {
                continue; // a real name recurs on its own ("i Bærum"); "Klimaklok kommune" is a programme
            }
            long[] score = {counts.get(name), bare, hinted};
            if (bestScore == null || java.util.Arrays.compare(score, bestScore) > 0) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    /** One statement in the making. */
    private record Draft(SectionKind section, String subheading, Block block, String text, List<Repair> repairs) {
    }

    private static final class SectorBuilder {
        String name;
        NameSource nameSource;
        final List<Draft> drafts = new ArrayList<>();
        final Map<SectionKind, Integer> perSection = new EnumMap<>(SectionKind.class);
        boolean sectionSeen;
        /** Index of the last block placed in this sector (statement or heading), -1 before any. */
        int lastBlock = -1;
        /** The block at {@link #lastBlock}. */
        Block lastBlockSeen;
        /** A challenges heading opened a list in this sector. */
        boolean challengesOpened;
        /** Something that ends a list (another section's heading, a key-figure line) followed it. */
        boolean challengesClosed;

        SectorBuilder(String name, NameSource nameSource) {
            this.name = name;
            this.nameSource = nameSource;
        }

        /**
         * Whether the page's text stops inside this sector before its challenge list is complete.
         *
         * <p>Pages are often excerpts (web scrapes, PDF extracts cut at a fixed length) that end in
         * the middle of a sentence, inside the challenge list or before its heading was reached.
         * Challenges missing from such a page are unknown, not dropped, so the theme diff must not
         * report them as dropped or new. The evidence is structural, not wording: the last block of
         * the document is this sector's own (a statement or a heading of it, not chrome or a page
         * marker after it), that block does not end a sentence, and no list-ending element
         * (another section's heading, a key-figure line) followed the challenges. A page that ends
         * on a finished sentence, or whose challenges were followed by what comes after the list
         * in the report, is complete as far as the challenges go.
         *
         * @param lastIndex index of the document's last block
         */
        boolean challengeListCutShort(int lastIndex) {
            if (lastIndex < 0 || lastBlock != lastIndex || (challengesOpened && challengesClosed)) {
                return false;
            }
            // "." "!" "?" end a text; ":" and ";" announce or continue a list, so the rest is missing
            if (LinePatterns.endsFullStop(lastBlockSeen.text())) {
                return false;
            }
            return !unpunctuatedListStyle();
        }

        /**
         * A last bullet without a full stop in a list whose other bullets (two or more) end without
         * any sentence punctuation either: the list's style, no sign of a cut. Lists of short
         * points are often written so, also in complete pages.
         */
        private boolean unpunctuatedListStyle() {
            if (!lastBlockSeen.bullet() || drafts.isEmpty() || drafts.get(drafts.size() - 1).block() != lastBlockSeen) {
                return false;
            }
            SectionKind kind = drafts.get(drafts.size() - 1).section();
            List<Draft> others = drafts.subList(0, drafts.size() - 1).stream()
                    .filter(d -> d.section() == kind && d.block().bullet()).toList();
            return others.size() >= 2 && others.stream().noneMatch(d -> d.block().endsSentence());
        }

        List<Statement> statements(String source) {
            Map<SectionKind, Integer> index = new EnumMap<>(SectionKind.class);
            List<Statement> out = new ArrayList<>();
            for (Draft d : drafts) {
                int n = index.merge(d.section(), 1, Integer::sum);
                out.add(new Statement(StatementIds.id(source, name, d.section(), n), d.section(), d.subheading(),
                        d.text(), d.block().original(), d.block().lines(), d.repairs()));
            }
            return out;
        }
    }

    /** The state of one walk over the blocks. */
    private final class Run {
        final String source;
        final List<Block> blocks;
        final IngestHints hints;
        /** The hinted sector as a name (chapter number and year taken off), computed once; null without a hint. */
        final String hintedName;
        final Vocabulary vocabulary;
        final LineRepairs early;
        final List<SectorBuilder> sectors = new ArrayList<>();
        final List<Heading> headings = new ArrayList<>();
        final List<Unclassified> unclassified = new ArrayList<>();
        Integer headingYear;
        Integer titleYear;

        SectorBuilder sector;
        /** Index of the block being placed. */
        int current;
        SectionKind section;
        String subheading;
        boolean missionOpen;
        boolean afterKeyFigures;

        Run(String source, List<Block> blocks, IngestHints hints, Vocabulary vocabulary, LineRepairs early) {
            this.source = source;
            this.blocks = blocks;
            this.hints = hints;
            this.hintedName = hints.sector() == null ? null : sectorName(hints.sector());
            this.vocabulary = vocabulary;
            this.early = early;
        }

        void walk() {
            for (int i = 0; i < blocks.size(); i++) {
                current = i;
                Block b = blocks.get(i);
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                Block next2 = i + 2 < blocks.size() ? blocks.get(i + 2) : null;
                if (i > 0 && blocks.get(i - 1).text().equals(b.text())) {
                    keep(b, "duplicate");
                    continue;
                }
                if (b.bullet()) {
                    bullet(b);
                } else {
                    line(b, next, next2);
                }
            }
        }

        private void bullet(Block b) {
            missionOpen = false;
            if (sector == null) {
                keep(b, "outside-sector");
                return;
            }
            statement(b, section == null ? SectionKind.OTHER : section, subheading);
        }

        private void line(Block b, Block next, Block next2) {
            String text = b.text();
            boolean single = b.parts() == 1;
            if (single && LinePatterns.chrome(text)) {
                keep(b, "chrome");
                return;
            }
            if (single && LinePatterns.pageMarker(text)) {
                keep(b, "page-marker");
                return;
            }
            SectionKind heading = single ? LinePatterns.sectionHeading(text) : null;
            if (heading != null) {
                openSection(b, heading);
                return;
            }
            int glued = single && !b.bullet() ? LinePatterns.gluedSectionHeading(text) : 0;
            if (glued > 0) {
                splitGluedHeading(b, glued);
                return;
            }
            if (LinePatterns.keyFigureLine(text)) {
                if (sector == null) {
                    keep(b, "outside-sector");
                } else {
                    statement(b, SectionKind.KEY_FIGURES, null);
                    closeChallenges();
                    section = null;
                    subheading = null;
                    afterKeyFigures = true;
                    missionOpen = false;
                }
                return;
            }
            if (LinePatterns.tableLine(text)) {
                keep(b, "table");
                return;
            }
            OptionalInt title = single ? LinePatterns.titleYear(text) : OptionalInt.empty();
            if (title.isPresent()) {
                if (titleYear == null) {
                    titleYear = title.getAsInt();
                }
                headings.add(new Heading(text, b.lines().first(), Heading.Kind.TITLE));
                return;
            }
            if (sectorHeading(b, next)) {
                openSector(b, next);
                return;
            }
            if (caption(b) && (afterKeyFigures || (next != null && sectorHeading(next, next2)))) {
                keep(b, "caption");
                return;
            }
            if (mission(b)) {
                boolean opensPage = next != null && (sectionHeadingBlock(next)
                        || (titleLike(next) && next2 != null && sectionHeadingBlock(next2)));
                if (sector != null && missionOpen) {
                    statement(b, SectionKind.MISSION, null);
                    return;
                }
                if (opensPage && (sector == null || afterKeyFigures || sector.sectionSeen)) {
                    String subject = missionSubject(text);
                    if (plausibleSectorName(subject)) {
                        startSector(subject, NameSource.MISSION_SENTENCE);
                    } else if (hints.sector() != null) {
                        startSector(hints.sector(), NameSource.HINT);
                    } else {
                        startSector(subject, NameSource.MISSION_SENTENCE);
                    }
                    statement(b, SectionKind.MISSION, null);
                    missionOpen = true;
                    return;
                }
            }
            missionOpen = false;
            if (sector != null && caption(b) && next != null && next.bullet()) {
                subheading = text;
                headings.add(new Heading(text, b.lines().first(), Heading.Kind.SUBHEADING));
                placed(b);
                return;
            }
            if (sector == null) {
                keep(b, "outside-sector");
            } else {
                statement(b, proseKind(b), subheading);
            }
        }

        /**
         * A prose paragraph inside a results or challenges section is a result or challenge of its
         * own when it is a finished sentence (reports of other formats write them as paragraphs
         * under sub-headings, not as bullets); an introduction ending in ":" and any prose outside
         * such a section stay {@code OTHER}.
         */
        private SectionKind proseKind(Block b) {
            boolean inList = section == SectionKind.RESULT || section == SectionKind.CHALLENGE;
            return inList && LinePatterns.endsFullStop(b.text()) ? section : SectionKind.OTHER;
        }

        /**
         * A section heading and the paragraph after it on one line: the heading opens its section
         * and the paragraph is read in it, both keeping the line as their provenance.
         */
        private void splitGluedHeading(Block b, int headLength) {
            String head = b.text().substring(0, headLength).strip();
            String rest = b.text().substring(headLength).strip();
            // the original splits after as many words as the heading has
            String original = b.original().strip();
            int words = LinePatterns.wordCount(head);
            int at = 0;
            for (int w = 0; w < words && at < original.length(); w++) {
                while (at < original.length() && Character.isWhitespace(original.charAt(at))) {
                    at++;
                }
                while (at < original.length() && !Character.isWhitespace(original.charAt(at))) {
                    at++;
                }
            }
            Block headBlock = new Block(b.lines(), false, b.indent(), head, original.substring(0, at).strip(), 1,
                    List.of(), List.of(0));
            Block restBlock = new Block(b.lines(), false, b.indent(), rest, original.substring(at).strip(), 1,
                    b.repairs(), List.of(0));
            openSection(headBlock, LinePatterns.sectionHeading(head));
            statement(restBlock, proseKind(restBlock), subheading);
        }

        private void openSection(Block b, SectionKind kind) {
            if (sector == null) {
                if (hints.sector() != null) {
                    startSector(hints.sector(), NameSource.HINT);
                } else {
                    startSector(UNNAMED_SECTOR, NameSource.HINT);
                }
            }
            OptionalInt y = LinePatterns.resultsHeadingYear(b.text());
            if (y.isPresent() && headingYear == null) {
                headingYear = y.getAsInt();
            }
            headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.SECTION));
            if (kind == SectionKind.CHALLENGE) {
                // a second challenges heading ("Sektorens utfordringer", then "Utfordringer") goes on with the list
                sector.challengesOpened = true;
                sector.challengesClosed = false;
            } else {
                closeChallenges();
            }
            placed(b);
            section = kind;
            subheading = null;
            sector.sectionSeen = true;
            missionOpen = false;
            afterKeyFigures = false;
        }

        private void openSector(Block b, Block next) {
            String name = sectorName(b.text());
            String hinted = hintedName;
            if (hinted != null && !hinted.isEmpty() && name.length() > hinted.length()
                    && name.regionMatches(true, 0, hinted, 0, hinted.length()) && name.charAt(hinted.length()) == ' ') {
                // "Bistand og omsorg diagram Brutto driftsutgifter": the page's sector name with a
                // picture caption glued on by the extraction; the name is what the hint confirms
                name = name.substring(0, hinted.length());
            }
            boolean onlyMission = sector != null && !sector.sectionSeen
                    && sector.drafts.stream().allMatch(d -> d.section() == SectionKind.MISSION)
                    && sector.nameSource != NameSource.HEADING && sectionHeadingBlock(next);
            if (onlyMission && sector.name.equalsIgnoreCase(name)) {
                headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.TITLE));
                placed(b);
                return;
            }
            if (sector != null && !sector.sectionSeen && sector.nameSource == NameSource.HEADING
                    && sectionHeadingBlock(next) && !afterKeyFigures) {
                // A second title line under a sector heading, right before its results: a sub-title.
                headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.SUBHEADING));
                placed(b);
                return;
            }
            if (onlyMission) {
                sector.name = name;
                sector.nameSource = NameSource.HEADING;
            } else {
                startSector(name, NameSource.HEADING);
                missionOpen = true;
            }
            headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.SECTOR));
            placed(b);
        }

        /** Records that the block being placed belongs to the current sector. */
        private void placed(Block b) {
            sector.lastBlock = current;
            sector.lastBlockSeen = b;
        }

        /** What ends the current sector's challenge list, if one is open. */
        private void closeChallenges() {
            if (sector != null && sector.challengesOpened) {
                sector.challengesClosed = true;
            }
        }

        private void startSector(String name, NameSource source) {
            sector = new SectorBuilder(name, source);
            sectors.add(sector);
            section = null;
            subheading = null;
            afterKeyFigures = false;
            missionOpen = false;
        }

        private void statement(Block b, SectionKind kind, String sub) {
            List<Repair> repairs = new ArrayList<>();
            for (int line = b.lines().first(); line <= b.lines().last(); line++) {
                repairs.addAll(early.on(line));
            }
            repairs.addAll(b.repairs());
            WordRepairer.Result fixed = repairer.repair(b.text(), vocabulary, b::lineAt);
            repairs.addAll(fixed.repairs());
            if (sector.perSection.merge(kind, 1, Integer::sum) > Limits.MAX_STATEMENTS_PER_SECTION) {
                throw new InputException(source, b.lines().first(), "more than " + Limits.MAX_STATEMENTS_PER_SECTION
                        + " statements in one section (" + sector.name + ", " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + ")");
            }
            sector.drafts.add(new Draft(kind, sub, b, fixed.text(), repairs));
            placed(b);
        }

        private void keep(Block b, String reason) {
            unclassified.add(new Unclassified(b.original(), b.lines(), reason));
        }

        /** A title-like line followed by a mission sentence or a section heading. */
        private boolean sectorHeading(Block b, Block next) {
            if (b.bullet() || b.parts() != 1 || LinePatterns.sectionHeading(b.text()) != null) {
                return false;
            }
            // The line names the hinted sector: compared as names (a chapter number or year in
            // either is no part of it), and a code such as "P05 Helse og omsorg" may hold digits.
            if (hintedName != null && b.text().length() <= MAX_TITLE_CHARS && !b.endsSentence()
                    && sectorName(b.text()).equalsIgnoreCase(hintedName)) {
                return true;
            }
            return titleLike(b) && next != null && (sectionHeadingBlock(next) || mission(next));
        }
    }

    private static boolean sectionHeadingBlock(Block b) {
        return b != null && !b.bullet() && b.parts() == 1 && LinePatterns.sectionHeading(b.text()) != null;
    }

    /** A short line that reads like a title: capitalised, few words, no sentence end, no inner numbering. */
    private static boolean titleLike(Block b) {
        String t = b.text();
        if (b.bullet() || b.parts() != 1 || t.length() > MAX_TITLE_CHARS || t.isEmpty()) {
            return false;
        }
        String core = TRAILING_YEAR.matcher(LEADING_NUMBER.matcher(t).replaceFirst("")).replaceFirst("");
        if (core.isEmpty() || !Character.isUpperCase(core.charAt(0)) || LinePatterns.wordCount(core) > MAX_TITLE_WORDS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (".,;:!?".indexOf(last) >= 0) {
            return false;
        }
        for (int i = 0; i < core.length(); i++) {
            if (Character.isDigit(core.charAt(i))) {
                return false;
            }
        }
        return !LinePatterns.chrome(t) && !LinePatterns.keyFigureLine(t) && LinePatterns.titleYear(t).isEmpty();
    }

    private static String sectorName(String heading) {
        return TRAILING_YEAR.matcher(LEADING_NUMBER.matcher(heading).replaceFirst("")).replaceFirst("").trim();
    }

    /** A short line that is not a sentence: a caption or a sub-heading candidate. */
    private static boolean caption(Block b) {
        String t = b.text();
        return !b.bullet() && b.parts() == 1 && !t.isEmpty() && !b.endsSentence()
                && LinePatterns.wordCount(t) <= MAX_CAPTION_WORDS && t.length() <= 150
                && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    /** A sentence "X skal ..." with a short subject X. */
    private static boolean mission(Block b) {
        if (b == null || b.bullet()) {
            return false;
        }
        String t = b.text();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || LinePatterns.wordCount(t) < 6) {
            return false;
        }
        return missionSubject(t) != null;
    }

    /** The words before the first "skal", when there are 1 to 12 of them and no sentence break. */
    private static String missionSubject(String text) {
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        int at = (" " + head + " ").indexOf(" skal ");
        if (at <= 0) {
            return null;
        }
        String subject = head.substring(0, at - 1).trim();
        if (subject.isEmpty() || subject.contains(". ") || LinePatterns.wordCount(subject) > MAX_MISSION_SUBJECT_WORDS) {
            return null;
        }
        return subject;
    }

    /** Whether a mission subject reads like a sector name ("Oppvekst barnehage", not "Tjenestene"). */
    private boolean plausibleSectorName(String subject) {
        if (subject == null) {
            return false;
        }
        String[] words = subject.split(" ");
        if (words.length > 4 || !Character.isUpperCase(subject.charAt(0))) {
            return false;
        }
        for (String w : words) {
            String lower = LinePatterns.lower(w);
            if (lower.endsWith("ene") || lower.endsWith("-") || (lexicon.knows(lower) && !lower.equals("og"))) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') {
                    return false;
                }
            }
        }
        return !(words.length == 1 && LinePatterns.lower(words[0]).endsWith("en"));
    }
}
