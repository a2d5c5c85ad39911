package no.trendspor.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Temporary: writes text, PDF and read text of one document/variant to /tmp for inspection. */
class RoundTripDebugTest {
    @Test
    void dump() throws Exception {
        String name = System.getProperty("dbg.doc");
        Assumptions.assumeTrue(name != null);
        int variant = Integer.getInteger("dbg.variant", 0);
        TypesetRoundTrip.Doc doc = TypesetRoundTrip.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        Typesetter.Variant v = Typesetter.VARIANTS.get(variant);
        var fromText = TypesetRoundTrip.parseText(doc);
        var typeset = Typesetter.typeset(Typesetter.paragraphs(doc.text(), fromText), v, doc.title(), doc.date());
        String eng = System.getProperty("dbg.engine");
        if (eng != null) {
            var engine = ExternalTypesetting.ENGINES.get(Integer.parseInt(eng));
            Path work = Files.createTempDirectory("ext");
            byte[] pdf = ExternalTypesetting.typeset(engine, ExternalTypesetting.program(engine.program()).orElseThrow(),
                    ExternalTypesetting.source(engine, Typesetter.paragraphs(doc.text(), fromText), doc.title(), doc.date()), work);
            typeset = new Typesetter.Result(pdf, null, java.util.List.of());
        }
        Path dir = Path.of("/tmp/dbg");
        Files.createDirectories(dir);
        Files.write(dir.resolve("doc.pdf"), typeset.pdf());
        Files.writeString(dir.resolve("text.txt"), doc.text());
        PdfText read = new PdfTextExtractor().extract("doc.pdf", typeset.pdf());
        Files.writeString(dir.resolve("read.txt"), read.text());
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= read.lines().size(); i++) {
            sb.append(read.printedLines(i)).append('\n');
        }
        Files.writeString(dir.resolve("parts.txt"), sb.toString());
        var o = TypesetRoundTrip.compare(doc, fromText, typeset.pdf(), typeset.drawn());
        Files.writeString(dir.resolve("missed.txt"), String.join("\n", o.missed()));
        String grep = System.getProperty("dbg.grep");
        if (grep != null) {
            try (var pd = org.apache.pdfbox.Loader.loadPDF(typeset.pdf())) {
                new GlyphCollector(content -> {
                    var rows = LineAssembler.rows(content.glyphs());
                    System.out.println("EDGES p" + content.page() + ": " + LineAssembler.lineStarts(rows));
                    for (LineBox b : LineAssembler.assemble(content)) {
                        if (b.text().contains(grep)) {
                            System.out.println("BOX p" + content.page() + " " + b);
                        }
                    }
                }).collect(pd);
            }
        }
        System.out.println("DBG " + o.found() + " of " + o.textStatements() + " extra " + o.extraSectors());
    }
}
