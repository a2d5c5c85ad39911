package no.trendspor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import no.trendspor.Trendspor;
import org.junit.jupiter.api.Test;

/** Markdown streamed a part at a time is the text built as one string. */
class MarkdownStreamTest {

    @Test
    void streamedMarkdownIsTheWholeTextInSeveralWrites() throws IOException {
        // the seed reports under several municipality names: Markdown larger than one part
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (int k = 0; k < 30; k++) {
                    String name = "Kommune" + (char) ('A' + k / 10) + (char) ('a' + k % 10);
                    texts.put(name.toLowerCase() + "-" + p.getFileName(), text.replace("Bærum", name));
                }
            }
        }
        TrendReport report = Trendspor.analyzeTexts(texts);
        int[] writes = {0};
        StringWriter out = new StringWriter() {
            @Override
            public StringWriter append(CharSequence csq) {
                writes[0]++;
                return super.append(csq);
            }
        };
        report.writeMarkdown(out);
        assertTrue(out.toString().length() > 2 * MarkdownReportWriter.SPILL_AT, "large enough to spill");
        assertEquals(report.toMarkdown(), out.toString());
        assertTrue(writes[0] > 1, "written in parts, not at once: " + writes[0]);
    }
}
