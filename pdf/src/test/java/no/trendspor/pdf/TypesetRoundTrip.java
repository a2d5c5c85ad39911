package no.trendspor.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.seeds.Seeds;

/**
 * Report text and the same text typeset as a PDF, read side by side: are the text's statements
 * found in the PDF with the same sector and section, does the PDF invent a sector, and is every
 * glyph drawn read back (in a statement, heading, unclassified line or recorded removal)?
 *
 * <p>Documents are the seeds and the pages of ../shared/corpus (read at run time, never copied),
 * grouped by municipality and year into files of up to {@value #PAGES_PER_FILE} pages, so several
 * sectors share a file and a sector starts mid-column. Headings are typeset as headings where the
 * text's own parse finds them (a typesetter styles what the author marked as a heading).
 */
final class TypesetRoundTrip {

    static final int PAGES_PER_FILE = 5;

    private static final ReportParser PARSER = new ReportParser();

    /** A text to typeset. */
    record Doc(String name, String text, IngestHints hints, String title, String date) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What one document in one variant gave. */
    record Outcome(String doc, int textStatements, int found, int foundSpaced, List<String> extraSectors,
            int lostGlyphs, int unaccountedLines, List<String> missed) {
    }

    private TypesetRoundTrip() {
    }

    static Path corpusDir() {
        return Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/corpus");
    }

    /** The seeds, and the corpus grouped into files when it is present. */
    static List<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        docs.add(seed(Seeds.BAERUM_2018, 2018));
        docs.add(seed(Seeds.BAERUM_2020, 2020));
        docs.addAll(corpus());
        return docs;
    }

    private static Doc seed(String name, int year) {
        String text = typesettable(new String(Seeds.bytes(name), StandardCharsets.UTF_8));
        return new Doc(name.replace(".txt", ""), text, IngestHints.NONE, "Årsrapport " + year + " – Bærum kommune",
                "Publisert 15.03." + (year + 1));
    }

    static List<Doc> corpus() {
        Path dir = corpusDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        for (Path f : files) {
            try {
                JsonNode page = mapper.readTree(f.toFile());
                String key = page.path("municipality").asText("") + "_" + page.path("year").asText("");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> g : groups.entrySet()) {
            List<JsonNode> pages = g.getValue();
            for (int from = 0; from < pages.size(); from += PAGES_PER_FILE) {
                List<JsonNode> part = pages.subList(from, Math.min(pages.size(), from + PAGES_PER_FILE));
                StringBuilder text = new StringBuilder();
                for (JsonNode page : part) {
                    if (text.length() > 0) {
                        text.append("\n\n");
                    }
                    text.append(page.path("text").asText());
                }
                JsonNode first = part.get(0);
                Integer year = first.path("year").canConvertToInt() ? first.path("year").asInt() : null;
                String municipality = first.path("municipality").isTextual() ? first.path("municipality").asText() : null;
                String sector = part.size() == 1 && first.path("sector").isTextual() ? first.path("sector").asText() : null;
                String name = g.getKey().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + (from / PAGES_PER_FILE + 1);
                docs.add(new Doc(name, typesettable(text.toString()), new IngestHints(year, municipality, sector),
                        "Årsrapport " + (year == null ? "" : year) + " – " + municipality + " kommune",
                        "Publisert 15.03." + (year == null ? 2000 : year + 1)));
            }
        }
        return docs;
    }

    /** The text with what the font cannot draw replaced by "?" and tabs by spaces. */
    static String typesettable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\t' || cp == '\r') {
                sb.append(cp == '\t' ? ' ' : "");
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (Character.getType(cp) == Character.FORMAT) {
                // zero-width and format characters draw nothing
            } else {
                sb.append(Typesetter.typesettable(cp) ? new String(Character.toChars(cp)) : "?");
            }
        });
        return sb.toString();
    }

    static ReportDocument parseText(Doc doc) {
        return PARSER.parse(doc.name() + ".txt", doc.text(), doc.hints());
    }

    /** Typesets the document in the variant, reads the PDF back and compares. */
    static Outcome measure(Doc doc, Typesetter.Variant variant) {
        ReportDocument fromText = parseText(doc);
        Typesetter.Result typeset = Typesetter.typeset(Typesetter.paragraphs(doc.text(), fromText), variant, doc.title(), doc.date());
        return compare(doc, fromText, typeset.pdf(), typeset.drawn());
    }

    /** Reads {@code pdf} and compares it with the text's parse; {@code drawn} (may be null) is all text drawn. */
    static Outcome compare(Doc doc, ReportDocument fromText, byte[] pdf, List<String> drawn) {
        PdfText read = new PdfTextExtractor().extract(doc.name() + ".pdf", pdf);
        ReportDocument fromPdf = PARSER.parse(doc.name() + ".pdf", read.text(), doc.hints());
        List<String> missed = new ArrayList<>();
        List<String> textKeys = keys(fromText, false);
        int found = matches(textKeys, keys(fromPdf, false), missed);
        int foundSpaced = matches(keys(fromText, true), keys(fromPdf, true), new ArrayList<>());
        Set<String> textSectors = new HashSet<>();
        fromText.sectors().forEach(s -> textSectors.add(s.name()));
        List<String> extra = fromPdf.sectors().stream().map(Sector::name).filter(n -> !textSectors.contains(n)).toList();
        int lostGlyphs = drawn == null ? 0 : lostGlyphs(drawn, read);
        return new Outcome(doc.name(), textKeys.size(), found, foundSpaced, extra, lostGlyphs, unaccounted(read, fromPdf),
                missed);
    }

    /** How many of {@code expected} (a multiset) {@code actual} holds; the others go to {@code missed}. */
    private static int matches(List<String> expected, List<String> actual, List<String> missed) {
        Map<String, Integer> available = new HashMap<>();
        actual.forEach(k -> available.merge(k, 1, Integer::sum));
        int found = 0;
        for (String k : expected) {
            Integer n = available.get(k);
            if (n != null && n > 0) {
                available.put(k, n - 1);
                found++;
            } else {
                missed.add(k);
            }
        }
        return found;
    }

    /**
     * Sector, section and text of each statement. Whitespace-normalised: all white space taken
     * out (a word broken at a column edge without a hyphen, read back with a space, still
     * matches), or, with {@code spaced}, runs of white space made one space.
     */
    private static List<String> keys(ReportDocument doc, boolean spaced) {
        List<String> keys = new ArrayList<>();
        for (Sector s : doc.sectors()) {
            for (Statement st : s.statements()) {
                String text = spaced ? st.text().replaceAll("\\s+", " ").strip() : st.text().replaceAll("\\s+", "");
                keys.add(s.name() + " | " + st.section() + " | " + text);
            }
        }
        return keys;
    }

    /**
     * Glyphs drawn but in no printed line of the reading (as counts of each character, white space
     * aside), plus printed lines the reading holds twice or skips in its numbering.
     */
    static int lostGlyphs(List<String> drawn, PdfText read) {
        Map<Integer, Integer> counts = new TreeMap<>();
        drawn.forEach(s -> s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> counts.merge(c, 1, Integer::sum)));
        List<PrintedLine> all = new ArrayList<>();
        read.parts().forEach(all::addAll);
        read.removals().forEach(r -> all.add(r.line()));
        for (PrintedLine l : all) {
            l.text().codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> counts.merge(c, -1, Integer::sum));
        }
        int lost = 0;
        for (int v : counts.values()) {
            lost += Math.abs(v);
        }
        // every printed line once: per page the numbers 1..n
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        all.forEach(l -> byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.line()));
        for (List<Integer> numbers : byPage.values()) {
            numbers.sort(null);
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    lost++;
                }
            }
        }
        return lost;
    }

    /** Non-blank output lines of the PDF text that no statement, heading or unclassified entry holds. */
    static int unaccounted(PdfText read, ReportDocument fromPdf) {
        java.util.BitSet seen = fromPdf.accountedLines();
        int n = 0;
        for (int i = 1; i <= read.lines().size(); i++) {
            if (!read.origin(i).text().isBlank() && !seen.get(i)) {
                n++;
            }
        }
        return n;
    }
}
