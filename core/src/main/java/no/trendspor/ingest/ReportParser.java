package no.trendspor.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.block.BlockBuilder;
import no.trendspor.ingest.block.RepeatedPassages;
import no.trendspor.ingest.decode.LineDecoder;
import no.trendspor.ingest.decode.MojibakeRepairer;
import no.trendspor.ingest.repair.Lexicon;
import no.trendspor.ingest.repair.Vocabulary;
import no.trendspor.ingest.structure.StructureBuilder;
import no.trendspor.ingest.text.LineNormalizer;
import no.trendspor.ingest.text.NormalizedLine;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;
import no.trendspor.memo.BoundedMemo;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.model.Unclassified;
import no.trendspor.model.Warning;

/**
 * Turns the text of a report (as extracted from PDF or web pages, damage included) into a
 * {@link ReportDocument}, losing nothing: every non-blank input line ends up in a statement, a
 * heading, or an unclassified entry with a reason.
 *
 * <p>A pipeline of small stages, each usable and tested alone:
 * <ol>
 *   <li>{@link LineDecoder}: bytes to lines (UTF-8 / UTF-16 / Windows-1252; binary refused), each
 *   line brought to Unicode NFC (the line as decoded is kept as the original text);</li>
 *   <li>{@link MojibakeRepairer}: "Ã¸" / "ĂŚ" words mended, with a warning;</li>
 *   <li>{@link LineNormalizer}: odd spaces, invisible characters, bullet signs, merged bullets;</li>
 *   <li>{@link BlockBuilder}: bullets with wrapped lines, prose lines, hyphenated breaks;</li>
 *   <li>{@link RepeatedPassages}: passages repeating earlier text of the document set aside;</li>
 *   <li>{@link StructureBuilder}: sectors, sections, statements, headings, captions, chrome, with
 *   {@link no.trendspor.ingest.repair.WordRepairer} mending ligature splits and glued words.</li>
 * </ol>
 *
 * <p>The stages up to the blocks stream: input is read a line at a time (see
 * {@link #parse(String, InputStream, IngestHints)}), so memory grows with the text kept, not with
 * the size of the input. Thread-safe and stateless.
 */
public final class ReportParser {

    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final LineNormalizer normalizer = new LineNormalizer();
    private final BlockBuilder blockBuilder = new BlockBuilder();
    private final StructureBuilder structure = new StructureBuilder(Lexicon.standard());
    /**
     * Statement texts of the documents this parser has read, each held once: a national run repeats
     * its sentences across municipalities and years (a few distinct texts per hundred statements),
     * so memory grows with the distinct text. Thread-safe; bounded (emptied when full).
     */
    private final BoundedMemo<String, String> texts = new BoundedMemo<>(200_000, text -> text);

    /** One input of a multi-document run. */
    public record Input(String source, byte[] bytes, IngestHints hints) {
    }

    /**
     * Parses raw bytes (UTF-8 with or without BOM; Windows-1252 and typical mojibake are repaired
     * when unambiguous, with a warning).
     *
     * @param source the input's name, used in errors and provenance; a four-digit year in it is the
     *               last resort for the report year
     * @throws InputException when the input is not a readable report (binary, empty, no year)
     */
    public ReportDocument parse(String source, byte[] bytes, IngestHints hints) {
        Prepared p = prepare(source, bytes);
        Vocabulary vocabulary = new Vocabulary();
        p.addTo(vocabulary);
        return p.finish(hints, vocabulary);
    }

    /**
     * Parses a report read from a stream, line by line: a file of any size whose distinct text
     * fits in memory can be read (e.g. the same pages repeated many times). The caller closes
     * {@code in}.
     *
     * @throws InputException when the input is not a readable report, or cannot be read
     */
    public ReportDocument parse(String source, InputStream in, IngestHints hints) {
        Prepared p = prepare(source, in);
        Vocabulary vocabulary = new Vocabulary();
        p.addTo(vocabulary);
        return p.finish(hints, vocabulary);
    }

    /** Parses already-decoded text. */
    public ReportDocument parse(String source, String text, IngestHints hints) {
        return parse(source, text.getBytes(StandardCharsets.UTF_8), hints);
    }

    /**
     * Parses several documents of one run; the word repairer takes its document evidence from the
     * vocabulary of all of them (a word one year's report spells right mends another year's damage).
     * Results are in input order.
     */
    public List<ReportDocument> parseAll(List<Input> inputs) {
        List<Prepared> prepared = new ArrayList<>();
        Vocabulary vocabulary = new Vocabulary();
        for (Input in : inputs) {
            Prepared p = prepare(in.source(), in.bytes());
            p.addTo(vocabulary);
            prepared.add(p);
        }
        List<ReportDocument> out = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            out.add(prepared.get(i).finish(inputs.get(i).hints(), vocabulary));
        }
        return out;
    }

    private Prepared prepare(String source, byte[] bytes) {
        return prepare(source, new ByteArrayInputStream(bytes == null ? new byte[0] : bytes));
    }

    /**
     * The text stages, streaming: one line at a time from decoding to blocks; what is held is the
     * blocks kept (a passage repeating earlier text is set aside at once), their lines' repairs
     * and the whitespace-only lines, never the whole text.
     */
    private Prepared prepare(String source, InputStream in) {
        final String name = source == null ? "<input>" : source;
        List<Warning> warnings = new ArrayList<>();
        Map<Integer, List<Repair>> early = new HashMap<>();
        List<Unclassified> invisible = new ArrayList<>();
        LineCounts counts = new LineCounts();
        RepeatedPassages passages = new RepeatedPassages(span -> {
            // the set-aside lines' repairs and whitespace entries are not needed any more
            for (int line = Math.max(span.first(), counts.releasedUpTo + 1); line <= span.last(); line++) {
                early.remove(line);
            }
            // entries of lines inside the span go with it; a later line's entry stays
            invisible.removeIf(u -> u.lines().first() >= span.first() && u.lines().last() <= span.last());
            counts.setAside += span.last() - Math.max(span.first(), counts.releasedUpTo + 1) + 1;
            counts.releasedUpTo = Math.max(counts.releasedUpTo, span.last());
        });
        BlockBuilder.Assembly blocks = blockBuilder.start(passages::accept);
        LineDecoder decoder = new LineDecoder(name, in);
        DoubledLines doubled = new DoubledLines();
        int mended = 0;
        int firstMended = 0;
        int lineCount = 0;
        for (LineDecoder.Line l = decoder.next(); l != null; l = decoder.next()) {
            int number = l.number();
            lineCount = number;
            if (number - counts.setAside > Limits.MAX_LINES) {
                throw new InputException(name, number, "more than " + Limits.MAX_LINES
                        + " lines (not counting passages that repeat earlier text)");
            }
            if (l.repair() != null) {
                early.computeIfAbsent(number, n -> new ArrayList<>()).add(l.repair());
            }
            String line = l.text();
            // One text form: NFC, so that decomposed letters (macOS names, some PDF tools) read as
            // the composed ones; the line as decoded stays the raw text (originalText).
            MojibakeRepairer.Result fixed = mojibake.repair(nfc(line));
            if (!fixed.fixes().isEmpty()) {
                // One repair per distinct word mended, with its count: a line of the same damaged
                // word repeated is held as one repair, not one evidence text per occurrence.
                Map<String, Repair> byWord = new java.util.LinkedHashMap<>();
                for (MojibakeRepairer.Fix f : fixed.fixes()) {
                    byWord.merge(f.before() + '\u0000' + f.after(), new Repair("encoding", f.before(), f.after(),
                            number, "the characters of '" + f.before() + "' are the UTF-8 bytes of '" + f.after()
                                    + "' read as a single-byte charset, and only one reading gives valid UTF-8."),
                            (first, again) -> new Repair(first.kind(), first.before(), first.after(), first.line(),
                                    first.evidence(), first.count() + 1));
                    mended++;
                    firstMended = firstMended == 0 ? number : firstMended;
                }
                early.computeIfAbsent(number, n -> new ArrayList<>()).addAll(byWord.values());
            }
            for (NormalizedLine n : normalizer.normalize(number, nfc(fixed.text()), line)) {
                if (n.invisible()) {
                    invisible.add(new Unclassified(line, LineSpan.of(number), "whitespace"));
                }
                if (doubled.repeats(n)) {
                    // every line twice (or thrice): extraction damage, read once
                    invisible.add(new Unclassified(n.raw(), LineSpan.of(number), "duplicate"));
                    continue;
                }
                blocks.accept(n);
            }
        }
        blocks.finish();
        passages.finish();
        warnings.addAll(decoder.warnings());
        if (mended > 0) {
            warnings.add(new Warning("encoding-repaired", mended + " word(s) of UTF-8 read as a single-byte charset"
                    + " (mojibake such as 'Ã¸') were repaired", firstMended));
        }
        List<Unclassified> extra = new ArrayList<>(invisible);
        extra.addAll(passages.setAside());
        return new Prepared(name, passages.kept(), extra, lineCount, early, warnings);
    }

    /**
     * Recognises a line that repeats the line right before it (same text, same bullet, no blank
     * line between), the way some extractions give every line of a page twice. Lines of one
     * physical line (two bullets joined on it) are never repeats of each other.
     */
    private static final class DoubledLines {
        private NormalizedLine previous;

        boolean repeats(NormalizedLine n) {
            if (n.blank()) {
                previous = null;
                return false;
            }
            boolean repeat = previous != null && previous.number() != n.number() && previous.bullet() == n.bullet()
                    && previous.text().equals(n.text());
            if (!repeat) {
                previous = n;
            }
            return repeat;
        }
    }

    /** Text in Unicode NFC (composed letters); the quick check keeps already composed text cheap. */
    static String nfc(String text) {
        if (belowCombiningMarks(text)) {
            return text; // every character before U+0300 is its own NFC form and composes with none
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** The document with its statements' texts shared with equal texts read before (see {@link #texts}). */
    private ReportDocument sharingTexts(ReportDocument document) {
        List<Sector> sectors = new ArrayList<>(document.sectors().size());
        for (Sector sector : document.sectors()) {
            List<Statement> statements = new ArrayList<>(sector.statements().size());
            for (Statement st : sector.statements()) {
                String text = texts.get(st.text());
                String original = st.originalText() == st.text() ? text : texts.get(st.originalText());
                statements.add(text == st.text() && original == st.originalText() ? st
                        : new Statement(st.id(), st.section(), st.subheading(), text, original, st.lines(),
                                st.repairs(), st.inline()));
            }
            sectors.add(new Sector(sector.name(), sector.nameSource(), statements, sector.challengeListCutShort()));
        }
        return document.withSectors(sectors);
    }

    private static String nfcOrNull(String text) {
        return text == null ? null : nfc(text);
    }

    /** A caller's year hint must be a year the text could state (1990-2100), as for years read from text. */
    private static void requireYearHint(String source, IngestHints hints) {
        Integer year = hints == null ? null : hints.year();
        if (year != null && (year < Limits.MIN_YEAR || year > Limits.MAX_YEAR)) {
            throw new InputException(source, 0, "the report year " + year + " given with the input is not a year from "
                    + Limits.MIN_YEAR + " to " + Limits.MAX_YEAR);
        }
    }

    /** How many lines have been set aside as repeats, and up to which line their data was let go. */
    private static final class LineCounts {
        int setAside;
        int releasedUpTo;
    }

    /** A document after the text stages, waiting for the run's vocabulary. */
    private final class Prepared {
        final String source;
        final List<Block> blocks;
        final List<Unclassified> invisible;
        final int lineCount;
        final Map<Integer, List<Repair>> early;
        final List<Warning> warnings;

        Prepared(String source, List<Block> blocks, List<Unclassified> invisible, int lineCount,
                Map<Integer, List<Repair>> early, List<Warning> warnings) {
            this.source = source;
            this.blocks = blocks;
            this.invisible = invisible;
            this.lineCount = lineCount;
            this.early = early;
            this.warnings = warnings;
        }

        void addTo(Vocabulary vocabulary) {
            for (Block b : blocks) {
                vocabulary.add(b.text());
            }
        }

        ReportDocument finish(IngestHints hints, Vocabulary vocabulary) {
            requireYearHint(source, hints);
            IngestHints composed = hints == null ? IngestHints.NONE
                    : new IngestHints(hints.year(), nfcOrNull(hints.municipality()), nfcOrNull(hints.sector()));
            return sharingTexts(structure.build(source, blocks, invisible, lineCount, composed,
                    vocabulary, line -> early.getOrDefault(line, List.of()), warnings));
        }
    }
}
