package no.trendspor.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.ingest.text.LineNormalizer;
import no.trendspor.model.Heading;
import no.trendspor.model.ReportDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Typesets report text as a PDF the way published annual reports are set, for tests: one to three
 * columns of 9-10 pt text, headings larger and bold that wrap in a narrow column, list items with
 * a "•" glyph or a drawn dot and a hanging indent, ragged or justified lines, words hyphenated at
 * the line end, a running header (title, date) and footer (page number) on every page. Text flows
 * on from column to column and page to page, so a sector starts wherever the one before it ends.
 *
 * <p>Public for the benchmarks module, which reads a long typeset report (the test jar).
 *
 * <p>The font is Liberation Sans (SIL Open Font License 1.1), embedded from the test dependency
 * {@code com.github.librepdf:openpdf-fonts-extra}. Everything drawn is recorded ({@link Result}),
 * so a test can check that reading loses no glyph.
 */
public final class Typesetter {

    /** How list markers are made. */
    public enum Bullets {
        /** A "•" set as text before a tab-like gap. */
        GLYPH,
        /** A small filled circle drawn as a path: no marker in the text layer. */
        DRAWN
    }

    /**
     * A typesetting style.
     *
     * @param name      for messages
     * @param columns   1 to 3
     * @param gutter    space between columns, pt
     * @param bodySize  body font size, pt
     * @param bullets   marker kind
     * @param justify   justified (else ragged right)
     * @param hyphenate break long words at the line end with a hyphen
     * @param wordRuns  draw each word on its own (else a line's words and spaces as one run)
     * @param furniture running header and footer with page numbers
     */
    public record Variant(String name, int columns, float gutter, float bodySize, Bullets bullets, boolean justify,
            boolean hyphenate, boolean wordRuns, boolean furniture) {

        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Variant> VARIANTS = List.of(
            new Variant("one column, glyph bullets", 1, 0, 10f, Bullets.GLYPH, false, false, false, true),
            new Variant("two columns, drawn bullets, hyphenated", 2, 18, 9.5f, Bullets.DRAWN, false, true, true, true),
            new Variant("two columns, justified, glyph bullets", 2, 14, 9f, Bullets.GLYPH, true, true, true, true),
            new Variant("three columns, justified, drawn bullets", 3, 12, 9f, Bullets.DRAWN, true, true, true, true));

    /** What a paragraph is, for its look. */
    public enum Kind {
        TITLE, HEADING, SUBHEADING, PARAGRAPH, BULLET
    }

    /**
     * One paragraph to set.
     *
     * @param kind      its look
     * @param text      its text (one line of the source text, marker taken off)
     * @param gapBefore a blank line stood before it in the source
     */
    public record Para(Kind kind, String text, boolean gapBefore) {
    }

    /**
     * The typeset PDF and what was drawn.
     *
     * @param pdf       the PDF bytes
     * @param drawn     every string drawn as text, in drawing order
     * @param furniture the running header and footer lines drawn, one entry per piece
     */
    public record Result(byte[] pdf, List<String> drawn, List<String> furniture) {
    }

    /**
     * The text's paragraphs as its author meant them: a bullet with its wrapped lines is one
     * paragraph (the ingest's own block), other lines stay as the text breaks them; each with the
     * look the text's parse gives it, and a gap where a blank line stood.
     */
    public static List<Para> paragraphs(String text, ReportDocument parsed) {
        Map<Integer, Heading.Kind> headings = new HashMap<>();
        for (Heading h : parsed.headings()) {
            headings.put(h.line(), h.kind());
        }
        String[] lines = text.split("\n", -1);
        List<no.trendspor.ingest.text.NormalizedLine> normalized = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            normalized.addAll(NORMALIZER.normalize(i + 1, lines[i]));
        }
        List<Para> paras = new ArrayList<>();
        int lastLine = 0;
        for (no.trendspor.ingest.block.Block b : new no.trendspor.ingest.block.BlockBuilder().build(normalized)) {
            boolean gap = false;
            for (int n = lastLine + 1; n < b.lines().first(); n++) {
                gap |= lines[n - 1].isBlank();
            }
            lastLine = b.lines().last();
            Kind kind;
            if (b.bullet()) {
                kind = Kind.BULLET;
            } else {
                Heading.Kind h = headings.get(b.lines().first());
                kind = h == null ? Kind.PARAGRAPH : switch (h) {
                    case TITLE, SECTOR -> Kind.TITLE;
                    case SECTION -> Kind.HEADING;
                    case SUBHEADING -> Kind.SUBHEADING;
                };
            }
            if (b.bullet() || b.parts() == 1) {
                if (!b.text().isBlank()) {
                    paras.add(new Para(kind, b.text().strip(), gap));
                }
                continue;
            }
            // prose lines the ingest joins stay lines of their own, as the text breaks them
            for (int n = b.lines().first(); n <= b.lines().last(); n++) {
                String line = NORMALIZER.canonical(lines[n - 1]).strip();
                if (!line.isEmpty()) {
                    paras.add(new Para(kind, line, gap && n == b.lines().first()));
                }
            }
        }
        return paras;
    }

    private static final LineNormalizer NORMALIZER = new LineNormalizer();
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float MARGIN_X = 57;
    private static final float TOP = 72;
    private static final float BOTTOM = 70;
    private static final float LEADING = 1.2f;
    private static final String VOWELS = "aeiouyæøåéèêóò";

    private final Variant v;
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<String, Float> widthCache = new HashMap<>();
    private final List<String> drawn = new ArrayList<>();
    private final List<String> furniture = new ArrayList<>();
    private PDPageContentStream cs;
    private int pageNo;
    private int column;
    private float y; // baseline of the last line set, from the top

    private Typesetter(Variant v, PDDocument doc) throws IOException {
        this.v = v;
        this.doc = doc;
        this.regular = load(doc, "liberation/LiberationSans-Regular.ttf");
        this.bold = load(doc, "liberation/LiberationSans-Bold.ttf");
    }

    private static PDFont load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = Typesetter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font resource missing: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Whether the typesetting font can draw {@code codePoint}. */
    public static boolean typesettable(int codePoint) {
        return SUPPORTED.computeIfAbsent(codePoint, Typesetter::probe);
    }

    private static final Map<Integer, Boolean> SUPPORTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static PDFont probeFont;

    private static synchronized boolean probe(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            if (probeFont == null) {
                probeFont = load(new PDDocument(), "liberation/LiberationSans-Regular.ttf");
            }
            probeFont.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Sets the paragraphs in the variant's style; {@code title} and {@code date} go in the running header. */
    public static Result typeset(List<Para> paras, Variant v, String title, String date) {
        try (PDDocument doc = new PDDocument()) {
            Typesetter t = new Typesetter(v, doc);
            t.newPage(title, date);
            boolean first = true;
            for (Para p : paras) {
                t.set(p, first, title, date);
                first = false;
            }
            t.cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Result(out.toByteArray(), List.copyOf(t.drawn), List.copyOf(t.furniture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float columnWidth() {
        return (PAGE_W - 2 * MARGIN_X - (v.columns() - 1) * v.gutter()) / v.columns();
    }

    private float columnLeft() {
        return MARGIN_X + column * (columnWidth() + v.gutter());
    }

    private void newPage(String title, String date) throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        pageNo++;
        column = 0;
        y = TOP;
        if (v.furniture()) {
            float size = 8;
            draw(regular, size, MARGIN_X, 40, title, true);
            draw(regular, size, PAGE_W - MARGIN_X - width(regular, size, date), 40, date, true);
            String number = pageNo % 2 == 0 ? String.valueOf(pageNo) : "Side " + pageNo;
            draw(regular, size, (PAGE_W - width(regular, size, number)) / 2, PAGE_H - 40, number, true);
        }
    }

    /** Moves to the next column (or page) when {@code height} more points do not fit below y. */
    private void ensure(float height, String title, String date) throws IOException {
        if (y + height > PAGE_H - BOTTOM) {
            if (column + 1 < v.columns()) {
                column++;
                y = TOP;
            } else {
                newPage(title, date);
            }
        }
    }

    private void set(Para p, boolean first, String title, String date) throws IOException {
        PDFont font = switch (p.kind()) {
            case TITLE, HEADING, SUBHEADING -> bold;
            default -> regular;
        };
        float size = switch (p.kind()) {
            case TITLE -> v.bodySize() * 1.6f;
            case HEADING -> v.bodySize() * 1.3f;
            default -> v.bodySize();
        };
        float leading = size * LEADING;
        boolean bullet = p.kind() == Kind.BULLET;
        float indent = bullet ? 1.5f * v.bodySize() : 0;
        float width = columnWidth() - indent;
        List<List<String>> lines = breakLines(p.text(), font, size, width);
        float before = first || y == TOP ? 0 : (p.gapBefore() ? 0.8f * v.bodySize() * LEADING : 0);
        if (!first && y != TOP && (p.kind() == Kind.HEADING || p.kind() == Kind.TITLE)) {
            before += 0.6f * leading;
        }
        boolean heading = p.kind() != Kind.PARAGRAPH && p.kind() != Kind.BULLET;
        // a heading keeps with its first lines: it moves on when it and two body lines do not fit
        float keep = heading ? lines.size() * leading + 2 * v.bodySize() * LEADING : leading;
        if (y != TOP && y + before + keep > PAGE_H - BOTTOM) {
            ensure(Float.MAX_VALUE / 4, title, date);
            before = 0;
        }
        y += before;
        for (int i = 0; i < lines.size(); i++) {
            ensure(leading, title, date);
            y += y == TOP ? size : leading;
            float x = columnLeft() + indent;
            if (bullet && i == 0) {
                float markerX = columnLeft() + 0.3f * v.bodySize();
                if (v.bullets() == Bullets.GLYPH) {
                    draw(regular, size, markerX, y, "•", false);
                } else {
                    dot(markerX + 0.25f * size, y - 0.3f * size, 0.17f * size);
                }
            }
            boolean last = i == lines.size() - 1;
            setLine(lines.get(i), font, size, x, width, v.justify() && !last && !heading);
        }
    }

    private void setLine(List<String> words, PDFont font, float size, float x, float width, boolean justify)
            throws IOException {
        if (!v.wordRuns() && !justify) {
            draw(font, size, x, y, String.join(" ", words), false);
            return;
        }
        float space = width(font, size, " ");
        if (justify && words.size() > 1) {
            float total = 0;
            for (String w : words) {
                total += width(font, size, w);
            }
            space = (width - total) / (words.size() - 1);
        }
        for (String w : words) {
            draw(font, size, x, y, w, false);
            x += width(font, size, w) + space;
        }
    }

    private void draw(PDFont font, float size, float x, float top, String text, boolean isFurniture) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PAGE_H - top);
        cs.showText(text);
        cs.endText();
        drawn.add(text);
        if (isFurniture) {
            furniture.add(text);
        }
    }

    private void dot(float cx, float top, float r) throws IOException {
        float cy = PAGE_H - top;
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.fill();
    }

    private float width(PDFont font, float size, String text) throws IOException {
        String key = (font == bold ? "b" : "r") + text;
        Float w = widthCache.get(key);
        if (w == null) {
            w = font.getStringWidth(text) / 1000f;
            if (text.length() < 40) {
                widthCache.put(key, w);
            }
        }
        return w * size;
    }

    /** Greedy line breaking, with hyphenation at a hyphen or a vowel-consonant boundary when asked. */
    private List<List<String>> breakLines(String text, PDFont font, float size, float width) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float used = 0;
        float space = width(font, size, " ");
        List<String> words = new ArrayList<>(List.of(text.strip().split(" +")));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            float ww = width(font, size, w);
            float need = line.isEmpty() ? ww : used + space + ww;
            if (need <= width) {
                line.add(w);
                used = need;
                continue;
            }
            if (v.hyphenate()) {
                String[] split = hyphenate(w, font, size, width - (line.isEmpty() ? 0 : used + space));
                if (split != null) {
                    line.add(split[0]);
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                    words.set(i, split[1]);
                    i--;
                    continue;
                }
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                i--;
                continue;
            }
            // a word longer than the column: broken where the column ends, as office suites do
            int fit = 1;
            while (fit < w.length() && width(font, size, w.substring(0, fit + 1)) <= width) {
                fit++;
            }
            line.add(w.substring(0, fit));
            lines.add(line);
            line = new ArrayList<>();
            used = 0;
            if (fit < w.length()) {
                words.set(i, w.substring(fit));
                i--;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The word split as {head-with-hyphen, tail} so the head fits {@code room}, or null. */
    private String[] hyphenate(String word, PDFont font, float size, float room) throws IOException {
        for (int k = word.length() - 3; k >= 3; k--) {
            char a = word.charAt(k - 1);
            char b = word.charAt(k);
            boolean atHyphen = a == '-' && Character.isLetter(word.charAt(k - 2)) && Character.isLetter(b);
            // before a consonant that a vowel follows ("barne-hage", "kommu-nen", "ut-fordring")
            boolean syllable = Character.isLowerCase(a) && Character.isLowerCase(b) && VOWELS.indexOf(b) < 0
                    && k + 1 < word.length() && VOWELS.indexOf(word.charAt(k + 1)) >= 0 && allLetters(word, k);
            if (!atHyphen && !syllable) {
                continue;
            }
            String head = atHyphen ? word.substring(0, k) : word.substring(0, k) + "-";
            if (width(font, size, head) <= room) {
                return new String[] {head, word.substring(k)};
            }
        }
        return null;
    }

    /** Whether the word's letters around the break are letters only (no digits, no punctuation inside). */
    private static boolean allLetters(String word, int k) {
        for (int i = Math.max(0, k - 3); i < Math.min(word.length(), k + 3); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
