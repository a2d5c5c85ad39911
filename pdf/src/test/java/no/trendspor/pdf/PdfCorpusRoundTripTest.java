package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real report text through the PDF path: corpus pages (read from ../shared at test time) are typeset
 * into a PDF with a running header and page numbers, extracted again, and compared word by word
 * with the text path. Skips when the corpus is absent.
 */
class PdfCorpusRoundTripTest {

    private static final int LINES_PER_PAGE = 48;
    private static final int WRAP = 85;
    private static final String HEADER = "Testkommune - Årsrapport 2031";
    // Helvetica in a PDF is WinAnsi-encoded: characters outside it cannot be typeset.
    private static final CharsetEncoder WIN_ANSI = Charset.forName("windows-1252").newEncoder();

    @Test
    void corpusTextSurvivesPdfWithHeadersRemoved() throws IOException {
        Path corpus = Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Assumptions.assumeTrue(files.size() >= 6, "too few corpus files");

        // Every seventh file, in name order: a deterministic spread over municipalities and years.
        ObjectMapper mapper = new ObjectMapper();
        List<String> body = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 7) {
            JsonNode page = mapper.readTree(files.get(i).toFile());
            for (String line : page.path("text").asText().split("\n")) {
                String typeset = typesettable(line).strip();
                if (!typeset.isEmpty()) {
                    body.addAll(wrap(typeset));
                }
            }
        }
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0; from < body.size(); from += LINES_PER_PAGE) {
            List<String> page = new ArrayList<>();
            page.add(HEADER);
            page.add("");
            page.addAll(body.subList(from, Math.min(body.size(), from + LINES_PER_PAGE)));
            page.add("");
            page.add(String.valueOf(pages.size() + 1));
            pages.add(page);
        }
        Assumptions.assumeTrue(pages.size() >= 3, "too little corpus text for a running header");

        PdfText text = new PdfTextExtractor().extract("korpus.pdf", TestPdfs.pdf(pages));

        // Our header and page number are removed on every page.
        for (int p = 1; p <= pages.size(); p++) {
            int page = p;
            assertTrue(text.removedHeaders().stream().anyMatch(l -> l.page() == page && l.text().equals(HEADER)),
                    "header on page " + p);
            assertTrue(text.removedHeaders().stream().anyMatch(l -> l.page() == page && l.text().equals(String.valueOf(page))),
                    "page number on page " + p);
        }
        // Any other removal is a corpus line that itself recurs at page edges (a web page's own
        // header); at most one per page.
        List<PdfLine> other = text.removedHeaders().stream()
                .filter(l -> !l.text().equals(HEADER) && !l.text().equals(String.valueOf(l.page()))).toList();
        assertTrue(other.size() <= pages.size(), other.toString());

        List<String> expected = new ArrayList<>(words(String.join(" ", body)));
        for (PdfLine removed : other) {
            removeSubsequence(expected, words(removed.text()));
        }
        assertEquals(expected, words(text.text()));
    }

    private static String typesettable(String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            sb.append(cp == '\t' ? " " : WIN_ANSI.canEncode(ch) && !Character.isISOControl(cp) ? ch : "?");
        });
        return sb.toString();
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" +")) {
            if (current.length() > 0 && current.length() + 1 + word.length() > WRAP) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static List<String> words(String text) {
        return new ArrayList<>(Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    private static void removeSubsequence(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                words.subList(i, i + part.size()).clear();
                return;
            }
        }
    }
}
