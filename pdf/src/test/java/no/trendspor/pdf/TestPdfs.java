package no.trendspor.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small PDFs with PDFBox for the tests: one list of lines per page, written top-down. */
final class TestPdfs {

    static final float TOP = 800;
    static final float LEADING = 13; // 1.2 x 11 pt, as typesetters set body text

    private TestPdfs() {
    }

    /** A PDF with one page per entry, each page's lines in Helvetica 11 pt from the top. */
    static byte[] pdf(List<List<String>> pages) {
        return build(pages, null, null);
    }

    /** As {@link #pdf} but protected with a user password. */
    static byte[] encrypted(List<List<String>> pages, String userPassword) {
        return build(pages, userPassword, null);
    }

    /** As {@link #pdf} but written in the given font loader's font (for non-Standard-14 fonts). */
    static byte[] pdf(List<List<String>> pages, FontLoader font) {
        return build(pages, null, font);
    }

    /** Pages with a drawn rectangle and no text at all: what a scan without OCR looks like. */
    static byte[] imageOnly(int pageCount) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 400, 600);
                    cs.fill();
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface FontLoader {
        PDFont load(PDDocument doc) throws IOException;
    }

    private static byte[] build(List<List<String>> pages, String userPassword, FontLoader fontLoader) {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = fontLoader == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : fontLoader.load(doc);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = TOP;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            cs.beginText();
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(60, y);
                            cs.showText(line);
                            cs.endText();
                        }
                        y -= LEADING;
                    }
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
