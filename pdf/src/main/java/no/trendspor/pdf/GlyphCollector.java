package no.trendspor.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Collects, page by page, the glyphs PDFBox's text engine places ({@link TextPosition}s, with font
 * size and weight) and the small filled paths drawn on the page (list markers drawn rather than set
 * as text). Nothing is sorted or joined here: that is the next stages' work.
 *
 * <p>Path operators are not text operators, so PDFBox's text engine hands them to
 * {@link #unsupportedOperator}; only their bounding box is tracked. Not thread-safe: one per
 * document.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Largest side of a drawn shape that can be a list marker, in points. */
    private static final float MAX_MARK = 9f;
    /** Smallest side: hairlines and rules are no markers. */
    private static final float MIN_MARK = 1.2f;

    private final Consumer<PageContent> sink;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<Glyph> glyphs;
    private List<Mark> marks;
    private PDRectangle cropBox;
    private int rotation;
    // The bounding box of the path under construction, in page coordinates.
    private float pathX0 = Float.MAX_VALUE;
    private float pathY0 = Float.MAX_VALUE;
    private float pathX1 = -Float.MAX_VALUE;
    private float pathY1 = -Float.MAX_VALUE;

    GlyphCollector(Consumer<PageContent> sink) {
        this.sink = sink;
    }

    /** Runs over all pages of {@code document}, handing each page's content to the sink in page order. */
    void collect(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs = new ArrayList<>();
        marks = new ArrayList<>();
        cropBox = page.getCropBox();
        rotation = page.getRotation();
        clearPath();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        sink.accept(new PageContent(getCurrentPageNo(), glyphs, marks));
        glyphs = null;
        marks = null;
    }

    @Override
    protected void writePage() {
        // The stripper's own text output is not used.
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty() || glyphs == null) {
            return;
        }
        text = decomposeLigatures(text);
        float size = Math.abs(t.getFontSizeInPt());
        if (!(size > 0.5f) || Float.isInfinite(size)) {
            size = Math.max(1f, t.getHeightDir() * 1.4f);
        }
        float width = Math.max(0f, t.getWidthDirAdj());
        float space = t.getWidthOfSpace();
        space = Float.isFinite(space) && space > 0 ? space : 0f;
        if (!Float.isFinite(t.getXDirAdj()) || !Float.isFinite(t.getYDirAdj())) {
            return;
        }
        glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), width, size, space, bold(t.getFont()), text,
                t.getDir() != 0));
    }

    private boolean bold(PDFont font) {
        boolean stroked = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL_STROKE;
        if (font == null) {
            return stroked;
        }
        return stroked || boldFonts.computeIfAbsent(font, GlyphCollector::boldFont);
    }

    static boolean boldFont(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                || name.contains("demi") || name.contains("extrab") || name.contains("ultrab")) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    /** "ﬁ", "ﬂ", "ﬀ" ... as their letters; other text unchanged. */
    static String decomposeLigatures(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (marks == null) {
            return;
        }
        switch (operator.getName()) {
            case "re" -> {
                if (operands.size() >= 4) {
                    float x = number(operands.get(0));
                    float y = number(operands.get(1));
                    float w = number(operands.get(2));
                    float h = number(operands.get(3));
                    addPoint(x, y);
                    addPoint(x + w, y + h);
                }
            }
            case "m", "l" -> {
                if (operands.size() >= 2) {
                    addPoint(number(operands.get(0)), number(operands.get(1)));
                }
            }
            case "c", "v", "y" -> {
                for (int i = 0; i + 1 < operands.size(); i += 2) {
                    addPoint(number(operands.get(i)), number(operands.get(i + 1)));
                }
            }
            case "f", "F", "f*", "B", "B*", "b", "b*" -> {
                fillMark();
                clearPath();
            }
            case "S", "s", "n" -> clearPath();
            default -> {
                // other operators do not build paths
            }
        }
    }

    private static float number(COSBase base) {
        return base instanceof COSNumber n ? n.floatValue() : 0f;
    }

    private void addPoint(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float px = ctm.getScaleX() * x + ctm.getShearX() * y + ctm.getTranslateX();
        float py = ctm.getShearY() * x + ctm.getScaleY() * y + ctm.getTranslateY();
        if (!Float.isFinite(px) || !Float.isFinite(py)) {
            return;
        }
        pathX0 = Math.min(pathX0, px);
        pathY0 = Math.min(pathY0, py);
        pathX1 = Math.max(pathX1, px);
        pathY1 = Math.max(pathY1, py);
    }

    private void fillMark() {
        float w = pathX1 - pathX0;
        float h = pathY1 - pathY0;
        if (rotation != 0 || cropBox == null || w < MIN_MARK || h < MIN_MARK || w > MAX_MARK || h > MAX_MARK
                || w > 2.5f * h || h > 2.5f * w) {
            return;
        }
        // The same frame as the text positions: crop box origin, y from the top.
        float left = cropBox.getLowerLeftX();
        float top = cropBox.getUpperRightY();
        marks.add(new Mark(pathX0 - left, top - pathY1, pathX1 - left, top - pathY0));
    }

    private void clearPath() {
        pathX0 = Float.MAX_VALUE;
        pathY0 = Float.MAX_VALUE;
        pathX1 = -Float.MAX_VALUE;
        pathY1 = -Float.MAX_VALUE;
    }
}
