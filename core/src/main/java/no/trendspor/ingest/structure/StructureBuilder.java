package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.InputException;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.repair.Lexicon;
import no.trendspor.ingest.repair.Vocabulary;
import no.trendspor.ingest.repair.WordRepairer;
import no.trendspor.model.DocumentKind;
import no.trendspor.model.Period;
import no.trendspor.model.Repair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.ReportDocument.YearSource;
import no.trendspor.model.Sector;
import no.trendspor.model.Unclassified;
import no.trendspor.model.Warning;

/**
 * Stage 5 of the ingest: blocks to sectors, sections, statements, headings and unclassified text.
 *
 * <p>A single pass over the blocks ({@link StructureWalk}) with a little look-ahead. Every block
 * ends up in exactly one place: a statement, a heading, or an {@link Unclassified} entry with a
 * reason, so the lossless rule holds by construction. What a heading opens is read from its words
 * ({@link Headings}): a service area's name opens a sector, a challenges or results heading a
 * section, a table of contents or a foreword is set aside; a page's label (the hint) names its
 * sector when it names a service area.
 */
public final class StructureBuilder {

    /** Name of a sector that neither the page nor the hints name. */
    public static final String UNNAMED_SECTOR = "(unnamed sector)";
    /** Name of the sector that holds what a whole-municipality chapter states. */
    public static final String WHOLE_ORGANISATION = "Hele kommunen";

    static final int MAX_TITLE_WORDS = 8;
    static final int MAX_TITLE_CHARS = 70;
    static final int MAX_CAPTION_WORDS = 15;
    static final int MAX_MISSION_SUBJECT_WORDS = 12;
    static final Pattern LEADING_NUMBER = Pattern.compile("^\\d{1,2}\\s+(?=\\p{Lu})");
    static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(?:19|20)\\d{2}$");

    private final WordRepairer repairer;
    private final Lexicon lexicon;
    private final MunicipalityFinder municipalities;

    public StructureBuilder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.repairer = new WordRepairer(lexicon);
        this.municipalities = new MunicipalityFinder(lexicon);
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
        StructureWalk run = new StructureWalk(source, blocks, hints, vocabulary, early, repairer, lexicon);
        run.unclassified.addAll(extra);
        run.walk();
        List<Warning> allWarnings = new ArrayList<>(warnings);
        int year;
        YearSource yearSource;
        if (run.headingYear != null) {
            year = run.headingYear;
            yearSource = YearSource.RESULTS_HEADING;
        } else if (run.title != null) {
            year = run.title.period().first();
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
        String municipality = municipalities.municipality(blocks, hints);
        if (municipality == null) {
            municipality = hints.municipality();
        }
        DocumentKind kind = run.title != null ? run.title.kind()
                : hints.kind() != null ? hints.kind() : DocumentKind.ANNUAL_REPORT;
        Period period = run.title != null && run.title.kind() == kind && run.title.period().first() == year
                ? run.title.period() : new Period(year, year);
        List<Sector> sectors = run.sectors(source, run.lastKept());
        long repeated = run.duplicates + extra.stream().filter(u -> u.reason().equals("duplicate")).count();
        if (repeated > 0) {
            allWarnings.add(new Warning("repeated-lines", repeated + " line(s) or paragraph(s) repeated the one"
                    + " before them (extraction damage); each was read once and kept as a duplicate", 0));
        }
        List<Unclassified> unclassified = new ArrayList<>(run.unclassified);
        unclassified.sort((a, b) -> a.lines().compareTo(b.lines()));
        return new ReportDocument(source, year, yearSource, municipality, kind, period, sectors, run.headings,
                unclassified, allWarnings, lineCount);
    }
}
