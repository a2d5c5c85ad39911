package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.Limits;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.repair.Lexicon;
import no.trendspor.ingest.repair.Vocabulary;
import no.trendspor.ingest.repair.WordRepairer;
import no.trendspor.ingest.structure.Headings.Meaning;
import no.trendspor.model.Heading;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Sector.NameSource;
import no.trendspor.model.Unclassified;

/**
 * One walk over a document's blocks: the state of {@link StructureBuilder}'s single pass.
 *
 * <ul>
 *   <li>Sector: a heading that names a service area and is followed by its text; a short
 *   title-like line followed by a mission sentence ("X skal ...") or by a results / challenges
 *   heading; a mission sentence followed by a section heading, named by its subject when that
 *   looks like a sector name; or the page's label, when it names a service area. A chapter about
 *   the organisation as a whole (a label that names no service area, or a challenges heading
 *   outside any sector) gives the sector {@link StructureBuilder#WHOLE_ORGANISATION}.</li>
 *   <li>Sections: results, challenges and key figures open at headings of that meaning, in any
 *   wording; another section's heading ("Status", "Viktige innsatser", a numbered "4.1.1 ...")
 *   ends them. Inside a section, short headings are sub-headings of the bullets or paragraphs
 *   under them.</li>
 *   <li>Front matter: a table of contents, a cover, a foreword or a news item gives no sector;
 *   its lines are kept as {@code contents} or {@code front-matter}.</li>
 *   <li>Inline challenges: a sentence of running prose that states a challenge ("... er en
 *   utfordring") is a challenge statement of its own, marked inline.</li>
 *   <li>Captions: short lines that are no sentence and stand outside the structure: right before a
 *   sector heading, or after a key-figure reference.</li>
 * </ul>
 */
final class StructureWalk {

    /** A heading number with a dot: "4.1 ", "6.1.2 " (a part of a chapter, not a chapter). */
    private static final Pattern SUBSECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s");
    /** A chapter number alone: "6 ", "06 ", "8. ". */
    private static final Pattern CHAPTER_NUMBER = Pattern.compile("^\\d{1,2}\\.?\\s+\\p{Lu}");

    /** Where the walk is on the page. */
    private enum Mode {
        BODY, CONTENTS, FRONT_MATTER
    }

    final String source;
    final List<Block> blocks;
    final IngestHints hints;
    final PageLabel label;
    /** The label's service area as a name; {@code null} when the label names none. */
    final String hintedName;
    final Vocabulary vocabulary;
    final StructureBuilder.LineRepairs early;
    final WordRepairer repairer;
    final Lexicon lexicon;
    final List<SectorBuilder> sectors = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    final List<Unclassified> unclassified = new ArrayList<>();
    Integer headingYear;
    LinePatterns.Title title;
    /** How many blocks repeated the block before them. */
    int duplicates;

    SectorBuilder sector;
    /** The whole-organisation sector, once opened. */
    SectorBuilder whole;
    /** Index of the block being placed. */
    int current;
    SectionKind section;
    String subheading;
    boolean missionOpen;
    boolean afterKeyFigures;
    Mode mode;
    /** The whole page is front matter (by its label): only a section heading ends it. */
    final boolean frontMatterPage;

    StructureWalk(String source, List<Block> blocks, IngestHints hints, Vocabulary vocabulary,
            StructureBuilder.LineRepairs early, WordRepairer repairer, Lexicon lexicon) {
        this.source = source;
        this.blocks = blocks;
        this.hints = hints;
        this.label = PageLabel.of(hints.sector());
        this.hintedName = label.serviceArea();
        this.vocabulary = vocabulary;
        this.early = early;
        this.repairer = repairer;
        this.lexicon = lexicon;
        this.frontMatterPage = label.kind() == PageLabel.Kind.FRONT_MATTER;
        this.mode = frontMatterPage ? Mode.FRONT_MATTER : Mode.BODY;
    }

    /** The sectors with statements, in the order they were opened. */
    List<Sector> sectors(String name, int lastIndex) {
        List<Sector> out = new ArrayList<>();
        for (SectorBuilder sb : sectors) {
            if (sb.drafts.isEmpty()) {
                continue;
            }
            boolean last = sb == sector;
            out.add(new Sector(sb.name, sb.nameSource, sb.statements(name), last && sb.challengeListCutShort(lastIndex)));
        }
        return out;
    }

    void walk() {
        // A block repeating the one before it is extraction damage (pages extracted with every
        // line doubled): kept as a duplicate, and passed over when looking ahead, so the structure
        // comes out as in the clean page.
        boolean[] repeat = new boolean[blocks.size()];
        for (int i = 1; i < blocks.size(); i++) {
            repeat[i] = blocks.get(i - 1).text().equals(blocks.get(i).text());
        }
        for (int i = 0; i < blocks.size(); i++) {
            current = i;
            Block b = blocks.get(i);
            if (repeat[i]) {
                keep(b, "duplicate");
                duplicates++;
                continue;
            }
            int n1 = nextKept(repeat, i + 1);
            int n2 = n1 < 0 ? -1 : nextKept(repeat, n1 + 1);
            Block next = n1 < 0 ? null : blocks.get(n1);
            Block next2 = n2 < 0 ? null : blocks.get(n2);
            if (b.bullet()) {
                bullet(b);
            } else {
                line(b, next, next2);
            }
        }
    }

    /** Index of the last block that does not repeat the one before it. */
    int lastKept() {
        int k = blocks.size() - 1;
        while (k > 0 && blocks.get(k - 1).text().equals(blocks.get(k).text())) {
            k--;
        }
        return k;
    }

    /** The first index from {@code from} on that is no repeat, or -1. */
    private int nextKept(boolean[] repeat, int from) {
        for (int k = from; k < repeat.length; k++) {
            if (!repeat[k]) {
                return k;
            }
        }
        return -1;
    }

    private void bullet(Block b) {
        missionOpen = false;
        if (mode != Mode.BODY) {
            outside(b);
            return;
        }
        if (sector == null && !openPageSector()) {
            outside(b);
            return;
        }
        SectionKind kind = section == null ? SectionKind.OTHER : section;
        if (kind == SectionKind.OTHER && ChallengeSentences.states(b.text())) {
            statement(b, SectionKind.CHALLENGE, subheading, true);
        } else {
            statement(b, kind, subheading);
        }
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
        if (mode == Mode.CONTENTS) {
            if (contentsLine(b, next)) {
                keep(b, "contents");
                return;
            }
            mode = frontMatterPage ? Mode.FRONT_MATTER : Mode.BODY;
        }
        if (single && LinePatterns.contentsHeading(text) && (sector == null || sector == whole)) {
            mode = Mode.CONTENTS;
            keep(b, "contents");
            return;
        }
        SectionKind heading = single ? LinePatterns.sectionHeading(text) : null;
        Meaning meaning = single && caption(b) ? Headings.of(text) : null;
        if (mode == Mode.FRONT_MATTER) {
            boolean ends = heading == SectionKind.CHALLENGE || heading == SectionKind.RESULT
                    || (!frontMatterPage && meaning == Meaning.SERVICE_AREA && contentFollows(next, next2));
            if (!ends) {
                OptionalInt year = single ? LinePatterns.titleYear(text) : OptionalInt.empty();
                if (year.isPresent()) {
                    title(b);
                    return;
                }
                outside(b);
                return;
            }
            mode = Mode.BODY;
        }
        if (meaning == Meaning.FRONT_MATTER && (sector == null || sector == whole) && section == null
                && label.kind() != PageLabel.Kind.SERVICE_AREA && !Headings.introduction(text)) {
            mode = Mode.FRONT_MATTER;
            sector = null;
            keep(b, "front-matter");
            return;
        }
        if (heading != null) {
            if (heading == SectionKind.CHALLENGE && section == SectionKind.CHALLENGE && sector != null
                    && !genericChallengeHeading(text)) {
                // "Vekstutfordringer" inside the challenges: a topic of the list, not a new list
                subheading(b, false);
                return;
            }
            openSection(b, heading);
            return;
        }
        int glued = single ? LinePatterns.gluedSectionHeading(text) : 0;
        if (glued > 0) {
            splitGluedHeading(b, glued);
            return;
        }
        if (LinePatterns.keyFigureLine(text)) {
            if (sector == null && !openPageSector()) {
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
        if (single && LinePatterns.title(text) != null) {
            title(b);
            return;
        }
        if (sectorHeading(b, next, next2, meaning)) {
            openSector(b, next);
            return;
        }
        if (caption(b) && (afterKeyFigures || (next != null && sectorHeading(next, next2, null, null)))) {
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
            if (opensPage && (sector == null || sector.nameSource == NameSource.WHOLE_ORGANISATION || afterKeyFigures
                    || sector.sectionSeen || sector.openedByLabel)) {
                String subject = missionSubject(text);
                if (sector != null && sector.openedByLabel && !sector.sectionSeen) {
                    // the page's own sector, named by its label, opens with its mission
                    statement(b, SectionKind.MISSION, null);
                } else {
                    if (plausibleSectorName(subject)) {
                        startSector(subject, NameSource.MISSION_SENTENCE);
                    } else if (hintedName != null) {
                        startSector(hintedName, NameSource.HINT);
                    } else if (hints.sector() != null && label.kind() == PageLabel.Kind.NONE) {
                        startSector(hints.sector(), NameSource.HINT);
                    } else {
                        startSector(subject, NameSource.MISSION_SENTENCE);
                    }
                    statement(b, SectionKind.MISSION, null);
                }
                missionOpen = true;
                return;
            }
        }
        missionOpen = false;
        if (meaning != null && sector == null && (label.kind() == PageLabel.Kind.SERVICE_AREA
                || label.kind() == PageLabel.Kind.WHOLE_ORGANISATION) && contentFollows(next, next2)) {
            openPageSector();
        }
        if (meaning != null && sector != null && headingOfItsText(b, next, next2, meaning)) {
            return;
        }
        if (sector == null && !openPageSector()) {
            outside(b);
        } else {
            prose(b, proseKind(b), subheading);
        }
    }

    /**
     * A heading inside a sector: a section's heading ("Status", "Viktige innsatser", "6.1
     * Innledning", a numbered part) ends a list of results or challenges and heads what follows; a
     * topic heading ("Befolkningsveksten", "Kultur og bibliotek") heads the bullets or paragraphs
     * under it and keeps the section. Returns false when the line is no heading of the text after it.
     */
    private boolean headingOfItsText(Block b, Block next, Block next2, Meaning meaning) {
        String text = b.text();
        boolean sectionLevel = meaning == Meaning.SECTION || meaning == Meaning.FRONT_MATTER
                || meaning == Meaning.CONTENTS || SUBSECTION_NUMBER.matcher(text).find();
        if (sectionLevel) {
            closeChallenges();
            section = null;
            afterKeyFigures = false;
            subheading(b, true);
            return true;
        }
        if (sentenceLike(text)) {
            return false; // a sentence written without its full stop, not a heading
        }
        if (next != null && (next.bullet() || paragraph(next) || (caption(next) && next2 != null && paragraph(next2)
                && Headings.of(next.text()) == Meaning.TOPIC))) {
            subheading(b, false);
            return true;
        }
        return false;
    }

    /** Records a heading inside the current sector; a section-level one is a SECTION heading. */
    private void subheading(Block b, boolean sectionLevel) {
        subheading = b.text();
        headings.add(new Heading(b.text(), b.lines().first(), sectionLevel ? Heading.Kind.SECTION : Heading.Kind.SUBHEADING));
        placed(b);
    }

    /**
     * A block the sector structure does not hold: kept (outside any sector, or as front matter),
     * and its sentences that state a challenge read as inline challenges of the whole
     * organisation: a leader's foreword often names the challenges ahead. A table of contents
     * states none.
     */
    private void outside(Block b) {
        if (mode == Mode.CONTENTS) {
            keep(b, "contents");
            return;
        }
        String reason = mode == Mode.FRONT_MATTER ? "front-matter" : "outside-sector";
        List<Part> parts = b.parts() == 1 && caption(b) ? List.of(new Part(b, false)) : challengeParts(b);
        if (parts.stream().noneMatch(Part::challenge)) {
            keep(b, reason);
            return;
        }
        SectorBuilder was = sector;
        SectionKind wasSection = section;
        for (Part p : parts) {
            if (p.challenge()) {
                sector = whole();
                section = null;
                statement(p.block(), SectionKind.CHALLENGE, null, true);
            } else {
                keep(p.block(), reason);
            }
        }
        sector = was;
        section = wasSection;
    }

    /** A prose block of the current sector: a statement, or its sentences when some state a challenge. */
    private void prose(Block b, SectionKind kind, String sub) {
        if (kind != SectionKind.OTHER) {
            statement(b, kind, sub);
            return;
        }
        List<Part> parts = challengeParts(b);
        if (parts.size() == 1) {
            Part p = parts.get(0);
            statement(b, p.challenge() ? SectionKind.CHALLENGE : SectionKind.OTHER, sub, p.challenge());
            return;
        }
        for (Part p : parts) {
            statement(p.block(), p.challenge() ? SectionKind.CHALLENGE : SectionKind.OTHER, sub, p.challenge());
        }
        placed(b);
    }

    /** A part of a block: a run of sentences that state no challenge, or one that does. */
    private record Part(Block block, boolean challenge) {
    }

    /** The block cut into runs of sentences, each challenge sentence a part of its own. */
    private List<Part> challengeParts(Block b) {
        String text = b.text();
        List<Sentences.Span> spans = Sentences.split(text);
        List<Part> out = new ArrayList<>();
        boolean any = false;
        boolean[] states = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Sentences.Span s = spans.get(i);
            states[i] = ChallengeSentences.states(text.substring(s.start(), s.end()));
            any |= states[i];
        }
        if (!any || spans.size() == 1) {
            return List.of(new Part(b, any));
        }
        int runStart = 0;
        for (int i = 0; i <= spans.size(); i++) {
            boolean cut = i == spans.size() || states[i] || (i > 0 && states[i - 1]);
            if (cut && i > runStart) {
                out.add(new Part(subBlock(b, spans.get(runStart).start(), spans.get(i - 1).end()), states[runStart]));
                runStart = i;
            }
        }
        return out;
    }

    /** The part {@code [start, end)} of a block's text as a block of its own, with its lines and original text. */
    private static Block subBlock(Block b, int start, int end) {
        String text = b.text().substring(start, end);
        int first = b.lineAt(start);
        int last = b.lineAt(Math.max(start, end - 1));
        String original = originalPart(b, start, end, text);
        List<Repair> repairs = b.repairs().stream().filter(r -> r.line() >= first && r.line() <= last).toList();
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 1; k < b.starts().size(); k++) {
            int at = b.starts().get(k);
            if (at > start && at < end) {
                starts.add(at - start);
            }
        }
        return new Block(new LineSpan(first, last), b.bullet(), b.indent(), text, original, last - first + 1, repairs,
                starts);
    }

    /**
     * The input text of a part of a block. The text is the block's original with white space,
     * hyphenated breaks and odd characters normalised; the part is found in the original by its
     * first and last words, else the normalised text stands for it.
     */
    private static String originalPart(Block b, int start, int end, String text) {
        String original = b.original();
        if (original.equals(b.text())) {
            return text;
        }
        String head = firstWords(text);
        String tail = lastWords(text);
        int from = original.indexOf(head);
        if (from < 0) {
            return text;
        }
        int to = original.indexOf(tail, from);
        if (to < 0) {
            return text;
        }
        return original.substring(from, to + tail.length());
    }

    private static String firstWords(String text) {
        int at = Math.min(text.length(), 12);
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.substring(0, Math.min(at, text.length()));
    }

    private static String lastWords(String text) {
        int at = Math.max(0, text.length() - 12);
        while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return text.substring(at);
    }

    /**
     * Opens the sector the page's label gives, when the page has no sector yet: a service area, or
     * the organisation as a whole for a chapter about it. False when the label gives none.
     */
    private boolean openPageSector() {
        if (sector != null) {
            return true;
        }
        if (mode != Mode.BODY) {
            return false;
        }
        if (label.kind() == PageLabel.Kind.SERVICE_AREA) {
            startSector(hintedName, NameSource.HINT);
            sector.openedByLabel = true;
            return true;
        }
        if (label.kind() == PageLabel.Kind.WHOLE_ORGANISATION) {
            sector = whole();
            section = null;
            subheading = null;
            return true;
        }
        return false;
    }

    /** The whole-organisation sector, opened the first time it is needed. */
    private SectorBuilder whole() {
        if (whole == null) {
            whole = new SectorBuilder(StructureBuilder.WHOLE_ORGANISATION, NameSource.WHOLE_ORGANISATION);
            whole.openedByLabel = true;
            sectors.add(whole);
        }
        return whole;
    }

    private void title(Block b) {
        LinePatterns.Title t = LinePatterns.title(b.text());
        if (title == null && t != null) {
            title = t;
        }
        headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.TITLE));
    }

    /**
     * A prose paragraph inside a results or challenges section is a result or challenge of its own
     * (reports of other formats write them as paragraphs under sub-headings, not as bullets),
     * also when the page's text is cut inside it; an introduction ending in ":" and any prose
     * outside such a section stay {@code OTHER}.
     */
    private SectionKind proseKind(Block b) {
        boolean inList = section == SectionKind.RESULT || section == SectionKind.CHALLENGE;
        if (!inList) {
            return SectionKind.OTHER;
        }
        if (LinePatterns.endsFullStop(b.text())) {
            return section;
        }
        boolean lastBlock = current == lastKept();
        boolean introduction = no.trendspor.ingest.block.BlockBuilder.endsWithMark(b.text(), ":");
        return lastBlock && !introduction && LinePatterns.wordCount(b.text()) >= 3 ? section : SectionKind.OTHER;
    }

    /**
     * A section heading and the paragraph after it on one line: the heading opens its section and
     * the paragraph is read in it, both keeping the line as their provenance.
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
        prose(restBlock, proseKind(restBlock), subheading);
    }

    private void openSection(Block b, SectionKind kind) {
        if (sector == null && !openPageSector()) {
            if (label.kind() == PageLabel.Kind.FRONT_MATTER || (kind == SectionKind.CHALLENGE && hints.sector() == null
                    && !sectors.isEmpty())) {
                sector = whole();
            } else if (hints.sector() != null && label.kind() == PageLabel.Kind.NONE) {
                startSector(hints.sector(), NameSource.HINT);
            } else {
                startSector(StructureBuilder.UNNAMED_SECTOR, NameSource.HINT);
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
        String name = Headings.serviceAreaName(b.text());
        String hinted = hintedName;
        if (hinted != null && !hinted.isEmpty() && name.length() > hinted.length()
                && name.regionMatches(true, 0, hinted, 0, hinted.length()) && name.charAt(hinted.length()) == ' ') {
            // "Bistand og omsorg diagram Brutto driftsutgifter": the page's sector name with a
            // picture caption glued on by the extraction; the name is what the label confirms
            name = name.substring(0, hinted.length());
        }
        if (sector != null && sector.openedByLabel && sector.nameSource == NameSource.HINT
                && sector.name.equalsIgnoreCase(name)) {
            // the heading of the page's own sector, after text the label had already placed in it
            sector.nameSource = NameSource.HEADING;
            sector.name = name;
            headings.add(new Heading(b.text(), b.lines().first(), Heading.Kind.SECTOR));
            placed(b);
            section = null;
            subheading = null;
            afterKeyFigures = false;
            missionOpen = true;
            return;
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

    private void startSector(String name, NameSource nameSource) {
        sector = new SectorBuilder(name, nameSource);
        sectors.add(sector);
        section = null;
        subheading = null;
        afterKeyFigures = false;
        missionOpen = false;
    }

    private void statement(Block b, SectionKind kind, String sub) {
        statement(b, kind, sub, false);
    }

    private void statement(Block b, SectionKind kind, String sub, boolean inline) {
        List<Repair> repairs = new ArrayList<>();
        for (int line = b.lines().first(); line <= b.lines().last(); line++) {
            repairs.addAll(early.on(line));
        }
        repairs.addAll(b.repairs());
        WordRepairer.Result fixed = repairer.repair(b.text(), vocabulary, b::lineAt);
        repairs.addAll(fixed.repairs());
        if (sector.perSection.merge(kind, 1, Integer::sum) > Limits.MAX_STATEMENTS_PER_SECTION) {
            throw new InputException(source, b.lines().first(), "more than " + Limits.MAX_STATEMENTS_PER_SECTION
                    + " statements in one section (" + sector.name + ", " + kind.name().toLowerCase(Locale.ROOT)
                    + ")");
        }
        sector.drafts.add(new Draft(kind, sub, b, fixed.text(), repairs, inline));
        placed(b);
    }

    private void keep(Block b, String reason) {
        unclassified.add(new Unclassified(b.original(), b.lines(), reason));
    }

    /**
     * A line that opens a sector: it names the page's labelled sector; or a short title-like line
     * followed by a mission sentence or a results / challenges heading; or a heading that names a
     * service area and is followed by its text, where a new sector may begin (see
     * {@link #serviceAreaOpens}).
     */
    private boolean sectorHeading(Block b, Block next, Block next2, Meaning meaning) {
        if (b.bullet() || b.parts() != 1 || LinePatterns.sectionHeading(b.text()) != null) {
            return false;
        }
        // The line names the labelled sector: compared as names (a chapter number, "Sektor" or a
        // year in either is no part of it), and a code such as "P05 Helse og omsorg" may hold digits.
        if (hintedName != null && b.text().length() <= StructureBuilder.MAX_TITLE_CHARS && !b.endsSentence()
                && Headings.serviceAreaName(b.text()).equalsIgnoreCase(hintedName)) {
            return true;
        }
        Meaning m = meaning != null ? meaning : caption(b) ? Headings.of(b.text()) : Meaning.TOPIC;
        if (m == Meaning.FRONT_MATTER || m == Meaning.CONTENTS) {
            return false;
        }
        // a title over a results or challenges heading; over a mission sentence, unless it is a
        // topic inside a list ("Reell medvirkning" over "Foreldre skal få ...")
        boolean inList = section == SectionKind.CHALLENGE || section == SectionKind.RESULT;
        if (titleLike(b) && next != null && (sectionHeadingBlock(next) || (mission(next) && m != Meaning.SECTION
                && (!inList || m == Meaning.SERVICE_AREA)))) {
            return true;
        }
        return m == Meaning.SERVICE_AREA && contentFollows(next, next2) && serviceAreaOpens(b);
    }

    /**
     * Whether a service area's heading, followed by its text, begins a sector here: when no sector
     * is open or only the whole organisation's; on a page without a label, at a chapter number
     * ("6 Helse og velferd"), or outside a list when it names an area the open sector's name does
     * not ("Kultur og bibliotek" under "Natur, kultur, fritid og kirke" is a part of that sector).
     * On a labelled page, a heading that names another area is a part of the page's sector.
     */
    private boolean serviceAreaOpens(Block b) {
        if (sector == null || sector.nameSource == NameSource.WHOLE_ORGANISATION
                || StructureBuilder.UNNAMED_SECTOR.equals(sector.name)) {
            return true;
        }
        if (label.kind() == PageLabel.Kind.SERVICE_AREA) {
            return false;
        }
        if (CHAPTER_NUMBER.matcher(b.text()).find()) {
            return true;
        }
        boolean inList = section == SectionKind.CHALLENGE || section == SectionKind.RESULT;
        return !inList && !sharesServiceWord(b.text(), sector.name);
    }

    private static boolean sharesServiceWord(String heading, String sectorName) {
        HeadingLexicon lexicon = HeadingLexicon.standard();
        List<String> mine = Headings.words(sectorName);
        for (String w : Headings.words(heading)) {
            if (w.length() >= 3 && lexicon.matches(HeadingLexicon.Group.SERVICE_AREA, w)) {
                for (String m : mine) {
                    if (m.equals(w) || (m.length() >= 4 && w.length() >= 4 && (m.startsWith(w.substring(0, 4))))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether text follows a heading: a bullet, a paragraph, a mission, a section heading, or a heading over a paragraph. */
    private boolean contentFollows(Block next, Block next2) {
        if (next == null) {
            return false;
        }
        if (next.bullet() || paragraph(next) || sectionHeadingBlock(next)) {
            return true;
        }
        return caption(next) && !LinePatterns.pageMarker(next.text()) && !LinePatterns.contentsEntry(next.text())
                && next2 != null && (next2.bullet() || paragraph(next2));
    }

    /**
     * A paragraph: prose that is no heading, caption or page marker. A short line without a
     * sentence mark is a paragraph too when it reads as a sentence (five words or more, a finite
     * verb): a paragraph cut short by the end of an excerpt, or written without a full stop.
     */
    private static boolean paragraph(Block b) {
        if (b == null || b.bullet() || LinePatterns.pageMarker(b.text()) || LinePatterns.chrome(b.text())
                || LinePatterns.tableLine(b.text())) {
            return false;
        }
        return !caption(b) || sentenceLike(b.text());
    }

    /** Five words or more with a finite verb among them. */
    private static boolean sentenceLike(String text) {
        List<String> words = Headings.words(text);
        return words.size() >= 5 && words.stream().anyMatch(w -> HeadingLexicon.standard()
                .isExactly(HeadingLexicon.Group.FINITE_VERB, w));
    }

    /**
     * A line of a table of contents, or the short text under one of its entries when the next line
     * is an entry again.
     */
    private boolean contentsLine(Block b, Block next) {
        String text = b.text();
        if (LinePatterns.contentsEntry(text)) {
            return true;
        }
        if (caption(b) && next != null && (LinePatterns.contentsEntry(next.text()) || caption(next))) {
            return true;
        }
        return !b.bullet() && next != null && LinePatterns.contentsEntry(next.text()) && LinePatterns.wordCount(text) <= 40;
    }

    /** A challenges heading that names no topic: "Utfordringer", "Sektorens utfordringer", "Utfordringer fremover". */
    private static boolean genericChallengeHeading(String text) {
        List<String> words = Headings.words(Headings.withoutNumber(text));
        return !words.isEmpty() && (words.get(0).startsWith("utfordr") || words.stream().anyMatch(w -> w.equals("utfordringer")
                || w.equals("utfordringar")));
    }

    private static boolean sectionHeadingBlock(Block b) {
        return b != null && !b.bullet() && b.parts() == 1 && LinePatterns.sectionHeading(b.text()) != null;
    }

    /** A short line that reads like a title: capitalised, few words, no sentence end, no inner numbering. */
    static boolean titleLike(Block b) {
        String t = b.text();
        if (b.bullet() || b.parts() != 1 || t.length() > StructureBuilder.MAX_TITLE_CHARS || t.isEmpty()) {
            return false;
        }
        String core = StructureBuilder.TRAILING_YEAR.matcher(StructureBuilder.LEADING_NUMBER.matcher(t).replaceFirst(""))
                .replaceFirst("");
        if (core.isEmpty() || !Character.isUpperCase(core.charAt(0))
                || LinePatterns.wordCount(core) > StructureBuilder.MAX_TITLE_WORDS) {
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

    /** A short line that is not a sentence: a caption or a heading candidate. */
    static boolean caption(Block b) {
        String t = b.text();
        return !b.bullet() && b.parts() == 1 && !t.isEmpty() && !b.endsSentence()
                && LinePatterns.wordCount(t) <= StructureBuilder.MAX_CAPTION_WORDS && t.length() <= 150
                && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
    }

    /** A sentence "X skal ..." with a short subject X. */
    static boolean mission(Block b) {
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
    static String missionSubject(String text) {
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        int at = (" " + head + " ").indexOf(" skal ");
        if (at <= 0) {
            return null;
        }
        String subject = head.substring(0, at - 1).trim();
        if (subject.isEmpty() || subject.contains(". ")
                || LinePatterns.wordCount(subject) > StructureBuilder.MAX_MISSION_SUBJECT_WORDS) {
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
