package no.trendspor.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.block.BlockBuilder;
import no.trendspor.ingest.decode.ByteDecoder;
import no.trendspor.ingest.decode.DecodedText;
import no.trendspor.ingest.decode.MojibakeRepairer;
import no.trendspor.ingest.repair.Lexicon;
import no.trendspor.ingest.repair.Vocabulary;
import no.trendspor.ingest.structure.StructureBuilder;
import no.trendspor.ingest.text.LineNormalizer;
import no.trendspor.ingest.text.NormalizedLine;
import no.trendspor.model.LineSpan;
import no.trendspor.model.Repair;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Unclassified;
import no.trendspor.model.Warning;

/**
 * Turns the text of a report (as extracted from PDF or web pages, damage included) into a
 * {@link ReportDocument}, losing nothing: every non-blank input line ends up in a statement, a
 * heading, or an unclassified entry with a reason.
 *
 * <p>A pipeline of small stages, each usable and tested alone:
 * <ol>
 *   <li>{@link ByteDecoder}: bytes to text (UTF-8 / UTF-16 / Windows-1252; binary refused);</li>
 *   <li>{@link MojibakeRepairer}: "Ã¸" / "ĂŚ" words mended, with a warning;</li>
 *   <li>{@link LineNormalizer}: odd spaces, invisible characters, bullet signs, merged bullets;</li>
 *   <li>{@link BlockBuilder}: bullets with wrapped lines, prose lines, hyphenated breaks;</li>
 *   <li>{@link StructureBuilder}: sectors, sections, statements, headings, captions, chrome, with
 *   {@link no.trendspor.ingest.repair.WordRepairer} mending ligature splits and glued words.</li>
 * </ol>
 *
 * <p>Thread-safe and stateless.
 */
public final class ReportParser {

    private final ByteDecoder decoder = new ByteDecoder();
    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final LineNormalizer normalizer = new LineNormalizer();
    private final BlockBuilder blockBuilder = new BlockBuilder();
    private final StructureBuilder structure = new StructureBuilder(Lexicon.standard());

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
        if (source == null) {
            source = "<input>";
        }
        List<Warning> warnings = new ArrayList<>();
        Map<Integer, List<Repair>> early = new HashMap<>();
        List<String> raw = decodeLines(source, bytes, warnings, early);
        List<NormalizedLine> lines = new ArrayList<>();
        List<Unclassified> invisible = new ArrayList<>();
        int mended = 0;
        int firstMended = 0;
        for (int i = 0; i < raw.size(); i++) {
            int number = i + 1;
            // Each raw line is dropped once normalised: the whole text is never held twice over.
            String line = raw.set(i, null);
            MojibakeRepairer.Result fixed = mojibake.repair(line);
            for (MojibakeRepairer.Fix f : fixed.fixes()) {
                early.computeIfAbsent(number, n -> new ArrayList<>()).add(new Repair("encoding", f.before(), f.after(),
                        number, "the characters of '" + f.before() + "' are the UTF-8 bytes of '" + f.after()
                                + "' read as a single-byte charset, and only one reading gives valid UTF-8."));
                mended++;
                firstMended = firstMended == 0 ? number : firstMended;
            }
            for (NormalizedLine n : normalizer.normalize(number, fixed.text(), line)) {
                lines.add(n);
                if (n.invisible()) {
                    invisible.add(new Unclassified(line, LineSpan.of(number), "whitespace"));
                }
            }
        }
        if (mended > 0) {
            warnings.add(new Warning("encoding-repaired", mended + " word(s) of UTF-8 read as a single-byte charset"
                    + " (mojibake such as 'Ã¸') were repaired", firstMended));
        }
        List<Block> blocks = blockBuilder.build(lines);
        return new Prepared(source, blocks, invisible, raw.size(), early, warnings);
    }

    /** Decodes and splits; the decoded text as a whole is garbage once this returns. */
    private List<String> decodeLines(String source, byte[] bytes, List<Warning> warnings,
            Map<Integer, List<Repair>> early) {
        DecodedText decoded = decoder.decode(source, bytes);
        warnings.addAll(decoded.warnings());
        for (Repair r : decoded.repairs()) {
            early.computeIfAbsent(r.line(), n -> new ArrayList<>()).add(r);
        }
        return splitLines(source, decoded.text());
    }

    /** Splits on CRLF, CR or LF; a final line break does not start another line. */
    private static List<String> splitLines(String source, String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addLine(source, out, text.substring(start, i));
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            addLine(source, out, text.substring(start));
        }
        return out;
    }

    private static void addLine(String source, List<String> out, String line) {
        if (line.length() > Limits.MAX_LINE_LENGTH) {
            throw new InputException(source, out.size() + 1,
                    "line longer than " + Limits.MAX_LINE_LENGTH + " characters");
        }
        if (out.size() >= Limits.MAX_LINES) {
            throw new InputException(source, out.size() + 1, "more than " + Limits.MAX_LINES + " lines");
        }
        out.add(line);
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
            return structure.build(source, blocks, invisible, lineCount, hints == null ? IngestHints.NONE : hints,
                    vocabulary, line -> early.getOrDefault(line, List.of()), warnings);
        }
    }
}
