package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.trendspor.ingest.InputException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextExtractorTest {

    private final PdfTextExtractor extractor = new PdfTextExtractor();

    /** Four pages with a running header, a body, and a "Side n av 4" footer. */
    private static final String[] TOPICS = {"drift", "skole", "helse", "kultur"};

    private static List<List<String>> reportPages() {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            pages.add(List.of(
                    "Testkommune - arsrapport 2031",
                    "",
                    "Kapittel om " + TOPICS[p - 1],
                    "Tekst om " + TOPICS[p - 1] + " pa side " + p + ".",
                    "Mer tekst: " + TOPICS[p - 1] + " gikk bra.",
                    "",
                    "Side " + p + " av 4"));
        }
        return pages;
    }

    @Test
    void keepsBodyLinesInOrderWithPageProvenance() {
        PdfText text = extractor.extract("rapport.pdf", TestPdfs.pdf(reportPages()));

        assertEquals(4, text.pageCount());
        List<String> kept = text.lines().stream().map(PdfLine::text).filter(s -> !s.isBlank()).toList();
        List<String> expected = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            expected.add("Kapittel om " + TOPICS[p - 1]);
            expected.add("Tekst om " + TOPICS[p - 1] + " pa side " + p + ".");
            expected.add("Mer tekst: " + TOPICS[p - 1] + " gikk bra.");
        }
        assertEquals(expected, kept);

        // Every kept line maps back to the page it was drawn on.
        String[] outLines = text.text().split("\n", -1);
        assertEquals(text.lines().size(), outLines.length);
        for (int n = 1; n <= outLines.length; n++) {
            PdfLine origin = text.origin(n);
            assertEquals(outLines[n - 1], origin.text());
            if (origin.text().contains(" pa side ")) {
                int drawnOn = Integer.parseInt(origin.text().replaceAll("\\D", ""));
                assertEquals(drawnOn, origin.page(), origin.position());
            }
        }
    }

    @Test
    void removesRunningHeaderAndPageNumbersButRecordsThem() {
        PdfText text = extractor.extract("rapport.pdf", TestPdfs.pdf(reportPages()));

        assertTrue(text.text().lines().noneMatch(l -> l.contains("arsrapport 2031")), text.text());
        assertTrue(text.text().lines().noneMatch(l -> l.startsWith("Side ")), text.text());
        List<String> removed = text.removedHeaders().stream().map(l -> l.page() + ":" + l.text()).toList();
        List<String> expected = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            expected.add(p + ":Testkommune - arsrapport 2031");
            expected.add(p + ":Side " + p + " av 4");
        }
        assertEquals(expected, removed);
        // The header is the first line of its page, the footer the last non-blank one.
        assertEquals(1, text.removedHeaders().get(0).lineOnPage());
    }

    @Test
    void lineOnPageCountsRemovedLinesToo() {
        PdfText text = extractor.extract("rapport.pdf", TestPdfs.pdf(reportPages()));
        PdfLine chapter = text.lines().stream().filter(l -> l.text().equals("Kapittel om skole"))
                .findFirst().orElseThrow();
        assertEquals(2, chapter.page());
        PdfLine header = text.removedHeaders().stream().filter(l -> l.page() == 2).findFirst().orElseThrow();
        assertTrue(chapter.lineOnPage() > header.lineOnPage());
    }

    @Test
    void bareNumberThatDoesNotTrackThePageStays() {
        // Printed page numbers run 11..14 (offset 10); page 3 also ends with a lone count "250".
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            List<String> lines = new ArrayList<>(List.of("Innhold om " + TOPICS[p - 1]));
            if (p == 3) {
                lines.add("250");
            }
            lines.add(String.valueOf(p + 10));
            pages.add(lines);
        }
        PdfText text = extractor.extract("tall.pdf", TestPdfs.pdf(pages));
        assertEquals(List.of("11", "12", "13", "14"),
                text.removedHeaders().stream().map(PdfLine::text).toList());
        assertTrue(text.text().contains("250"), text.text());
    }

    @Test
    void paragraphGapsBecomeOneBlankLine() {
        List<List<String>> pages = List.of(List.of("Forste avsnitt starter", "og fortsetter her.", "", "", "",
                "Andre avsnitt.", "", "Tredje avsnitt."));
        PdfText text = extractor.extract("avsnitt.pdf", TestPdfs.pdf(pages));
        assertEquals("Forste avsnitt starter\nog fortsetter her.\n\nAndre avsnitt.\n\nTredje avsnitt.", text.text());
    }

    @Test
    void shortDocumentsKeepEverything() {
        List<List<String>> pages = List.of(List.of("Samme tittel", "Tekst en"), List.of("Samme tittel", "Tekst to"));
        PdfText text = extractor.extract("kort.pdf", TestPdfs.pdf(pages));
        assertEquals(List.of(), text.removedHeaders());
        assertEquals("Samme tittel\nTekst en\nSamme tittel\nTekst to", text.text());
    }

    @Test
    void encryptedPdfWithoutPasswordIsAClearError() {
        byte[] pdf = TestPdfs.encrypted(reportPages(), "hemmelig");
        InputException e = assertThrows(InputException.class, () -> extractor.extract("laast.pdf", pdf));
        assertEquals("laast.pdf", e.source());
        assertEquals(0, e.line());
        assertEquals("laast.pdf: encrypted: cannot read", e.getMessage());
    }

    @Test
    void encryptedPdfOpensWithItsPassword() {
        byte[] pdf = TestPdfs.encrypted(reportPages(), "hemmelig");
        PdfText text = extractor.extract("laast.pdf", pdf, "hemmelig");
        assertTrue(text.text().contains("Kapittel om helse"), text.text());
        InputException wrong = assertThrows(InputException.class, () -> extractor.extract("laast.pdf", pdf, "feil"));
        assertEquals("laast.pdf: encrypted: cannot read", wrong.getMessage());
    }

    @Test
    void randomBytesAreNotAReadablePdf() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        InputException e = assertThrows(InputException.class, () -> extractor.extract("junk.pdf", junk));
        assertTrue(e.getMessage().startsWith("junk.pdf: not a readable PDF"), e.getMessage());
    }

    @Test
    void emptyFileIsNotAReadablePdf() {
        InputException e = assertThrows(InputException.class, () -> extractor.extract("tom.pdf", new byte[0]));
        assertTrue(e.getMessage().startsWith("tom.pdf: not a readable PDF"), e.getMessage());
    }

    @Test
    void imageOnlyPdfAsksForOcr() {
        InputException e = assertThrows(InputException.class,
                () -> extractor.extract("skannet.pdf", TestPdfs.imageOnly(3)));
        assertEquals("skannet.pdf: no text layer: run OCR first", e.getMessage());
    }

    @Test
    void pagesWithoutTextInsideADigitalDocumentAreReported() {
        List<List<String>> pages = List.of(List.of("Forste side"), List.of(), List.of("Tredje side"));
        PdfText text = extractor.extract("blandet.pdf", TestPdfs.pdf(pages));
        assertEquals(List.of(2), text.pagesWithoutText());
        assertEquals("Forste side\nTredje side", text.text());
        assertEquals(3, text.origin(2).page());
    }

    @Test
    void readsFromPathWithPathAsSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rapport.pdf");
        Files.write(file, TestPdfs.pdf(reportPages()));
        PdfText text = extractor.extract(file);
        assertEquals(file.toString(), text.source());
        InputException missing = assertThrows(InputException.class, () -> extractor.extract(dir.resolve("nei.pdf")));
        assertTrue(missing.getMessage().contains("cannot read file"), missing.getMessage());
    }

    @Test
    void norwegianLettersSurviveStandardFonts() {
        PdfText text = extractor.extract("nb.pdf", TestPdfs.pdf(List.of(List.of("Tjenester for barn og unge: økt bruk, færre på vent, årsverk"))));
        assertEquals("Tjenester for barn og unge: økt bruk, færre på vent, årsverk", text.text());
    }

    @Test
    void mappedLigatureGlyphsComeOutAsLetters() {
        // A TrueType font with ligature glyphs (DejaVu has U+FB01 "fi" and U+FB02 "fl"); the text
        // is written with the ligature code points as a typesetter would after shaping.
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(Files.isReadable(font), "DejaVuSans.ttf not installed");
        byte[] pdf = TestPdfs.pdf(List.of(List.of("e\uFB00ektiv \uFB01nansiering og \uFB02yt")),
                doc -> PDType0Font.load(doc, font.toFile()));
        PdfText text = extractor.extract("liga.pdf", pdf);
        assertEquals("effektiv finansiering og flyt", text.text());
    }
}
