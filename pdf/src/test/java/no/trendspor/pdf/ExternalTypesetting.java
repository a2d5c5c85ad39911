package no.trendspor.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Typesets report text with engines the project does not control, to check that the PDF reading
 * is not fitted to {@link Typesetter}: a browser's print to PDF (Chromium, headless, with its own
 * running header and footer: date, title, file address, page counter) from HTML with CSS columns,
 * and an office suite (LibreOffice, headless) converting the same HTML. Only where the program is
 * installed; nothing is downloaded.
 */
final class ExternalTypesetting {

    /** An engine and the style it is given: HTML for the browser, HTML or an ODF text for the office suite. */
    record Engine(String name, String program, int columns, boolean justify, boolean odf) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Engine> ENGINES = List.of(
            new Engine("chromium, two columns, justified", "chromium", 2, true, false),
            new Engine("chromium, one column", "chromium", 1, false, false),
            new Engine("libreoffice, one column (HTML)", "soffice", 1, false, false),
            new Engine("libreoffice, two columns, justified (ODF)", "soffice", 2, true, true));

    private ExternalTypesetting() {
    }

    /** The program's path when it is installed. */
    static Optional<Path> program(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The paragraphs as an HTML page: headings as h1-h3, list items in ul, gaps as margins. */
    static String html(List<Typesetter.Para> paras, String title, int columns, boolean justify) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title><style>\n@page { size: A4; margin: 18mm 16mm; }\n")
                .append("body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.2;")
                .append(columns > 1 ? " columns: " + columns + "; column-gap: 7mm;" : "")
                .append(justify ? " text-align: justify; hyphens: auto;" : "").append(" }\n")
                .append("h1 { font-size: 15pt; margin: 0.7em 0 0.3em; } h2 { font-size: 12pt; margin: 0.7em 0 0.3em; }")
                .append(" h3 { font-size: 9.5pt; margin: 0.5em 0 0.1em; }\n")
                .append("p { margin: 0; } .gap { margin-top: 0.9em; } ul { margin: 0; padding-left: 1.4em; }\n")
                .append("</style></head><body>\n");
        boolean inList = false;
        for (Typesetter.Para p : paras) {
            boolean bullet = p.kind() == Typesetter.Kind.BULLET;
            if (inList && (!bullet || p.gapBefore())) {
                sb.append("</ul>\n");
                inList = false;
            }
            String gap = p.gapBefore() ? " class=\"gap\"" : "";
            switch (p.kind()) {
                case BULLET -> {
                    if (!inList) {
                        sb.append("<ul").append(gap).append(">");
                        inList = true;
                    }
                    sb.append("<li>").append(escape(p.text())).append("</li>\n");
                }
                case TITLE -> sb.append("<h1>").append(escape(p.text())).append("</h1>\n");
                case HEADING -> sb.append("<h2>").append(escape(p.text())).append("</h2>\n");
                case SUBHEADING -> sb.append("<h3>").append(escape(p.text())).append("</h3>\n");
                default -> sb.append("<p").append(gap).append(">").append(escape(p.text())).append("</p>\n");
            }
        }
        if (inList) {
            sb.append("</ul>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The paragraphs in the engine's input format. */
    static String source(Engine engine, List<Typesetter.Para> paras, String title, String date) {
        return engine.odf() ? odf(paras, title, date, engine.columns(), engine.justify())
                : html(paras, title, engine.columns(), engine.justify());
    }

    /**
     * The paragraphs as a flat ODF text document: a section in columns, headings, bulleted lists
     * (OpenSymbol "•"), and a page header (title, date) and footer ("Side" and the page number field)
     * that the office suite sets on every page.
     */
    static String odf(List<Typesetter.Para> paras, String title, String date, int columns, boolean justify) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
                + " office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n");
        sb.append("<office:font-face-decls><style:font-face style:name=\"Liberation Sans\" svg:font-family=\"'Liberation Sans'\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"/></office:font-face-decls>\n");
        String align = justify ? " fo:text-align=\"justify\"" : "";
        sb.append("<office:styles>")
                .append("<style:style style:name=\"Standard\" style:family=\"paragraph\"><style:paragraph-properties")
                .append(align).append("/><style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"9.5pt\""
                        + " fo:language=\"nb\" fo:country=\"NO\" fo:hyphenate=\"true\"/></style:style>")
                .append("<style:style style:name=\"Gap\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                        + "<style:paragraph-properties fo:margin-top=\"0.3cm\"/></style:style>")
                .append(heading("H1", "15pt")).append(heading("H2", "12pt")).append(heading("H3", "9.5pt"))
                .append("<style:style style:name=\"Small\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                        + "<style:text-properties fo:font-size=\"8pt\"/></style:style>")
                .append("<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\">"
                        + "<style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\">"
                        + "<style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.5cm\""
                        + " fo:text-indent=\"-0.4cm\" fo:margin-left=\"0.5cm\"/></style:list-level-properties>"
                        + "</text:list-level-style-bullet></text:list-style>")
                .append("</office:styles>\n");
        sb.append("<office:automatic-styles><style:style style:name=\"Sect\" style:family=\"section\"><style:section-properties>"
                + "<style:columns fo:column-count=\"").append(columns).append("\" fo:column-gap=\"0.6cm\"/></style:section-properties>"
                + "</style:style><style:page-layout style:name=\"PL\"><style:page-layout-properties fo:page-width=\"21cm\""
                + " fo:page-height=\"29.7cm\" fo:margin-top=\"1.2cm\" fo:margin-bottom=\"1.2cm\" fo:margin-left=\"1.8cm\""
                + " fo:margin-right=\"1.8cm\"/><style:header-style><style:header-footer-properties fo:margin-bottom=\"0.5cm\"/>"
                + "</style:header-style><style:footer-style><style:header-footer-properties fo:margin-top=\"0.5cm\"/>"
                + "</style:footer-style></style:page-layout></office:automatic-styles>\n");
        sb.append("<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
                + "<style:header><text:p text:style-name=\"Small\">").append(escape(title)).append(" – ").append(escape(date))
                .append("</text:p></style:header><style:footer><text:p text:style-name=\"Small\">Side <text:page-number"
                        + " text:select-page=\"current\">1</text:page-number></text:p></style:footer></style:master-page>"
                        + "</office:master-styles>\n");
        sb.append("<office:body><office:text><text:section text:style-name=\"Sect\" text:name=\"Tekst\">\n");
        boolean inList = false;
        for (Typesetter.Para p : paras) {
            boolean bullet = p.kind() == Typesetter.Kind.BULLET;
            if (inList && (!bullet || p.gapBefore())) {
                sb.append("</text:list>\n");
                inList = false;
            }
            String style = p.gapBefore() ? "Gap" : "Standard";
            switch (p.kind()) {
                case BULLET -> {
                    if (!inList) {
                        sb.append("<text:list text:style-name=\"L1\">");
                        inList = true;
                    }
                    sb.append("<text:list-item><text:p text:style-name=\"").append(style).append("\">")
                            .append(escape(p.text())).append("</text:p></text:list-item>\n");
                }
                case TITLE -> sb.append("<text:h text:style-name=\"H1\" text:outline-level=\"1\">").append(escape(p.text())).append("</text:h>\n");
                case HEADING -> sb.append("<text:h text:style-name=\"H2\" text:outline-level=\"2\">").append(escape(p.text())).append("</text:h>\n");
                case SUBHEADING -> sb.append("<text:h text:style-name=\"H3\" text:outline-level=\"3\">").append(escape(p.text())).append("</text:h>\n");
                default -> sb.append("<text:p text:style-name=\"").append(style).append("\">").append(escape(p.text())).append("</text:p>\n");
            }
        }
        if (inList) {
            sb.append("</text:list>\n");
        }
        return sb.append("</text:section></office:text></office:body></office:document>\n").toString();
    }

    private static String heading(String name, String size) {
        return "<style:style style:name=\"" + name + "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties fo:text-align=\"start\" fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.15cm\""
                + " fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"" + size + "\" fo:font-weight=\"bold\"/></style:style>";
    }

    /** Typesets the source (HTML, or ODF for an ODF engine) with the engine; the PDF's bytes. */
    static byte[] typeset(Engine engine, Path program, String html, Path dir) {
        try {
            Path in = dir.resolve("report.html");
            Files.writeString(in, html, StandardCharsets.UTF_8);
            Path out = dir.resolve("report.pdf");
            Files.deleteIfExists(out);
            ProcessBuilder pb;
            if (engine.program().equals("chromium")) {
                Path profile = Files.createTempDirectory(dir, "profile");
                pb = new ProcessBuilder(program.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--no-first-run", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + profile, "--print-to-pdf=" + out, in.toUri().toString());
            } else {
                // Writer proper, not Writer/Web: the latter drops text of a first page
                if (engine.odf()) {
                    in = dir.resolve("report.fodt");
                    Files.writeString(in, html, StandardCharsets.UTF_8);
                }
                pb = new ProcessBuilder(program.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                        "--infilter=" + (engine.odf() ? "OpenDocument Text Flat XML" : "HTML (StarWriter)"),
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", dir.toString(), in.toString());
            }
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("engine.log").toFile());
            Process process = pb.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(engine + " did not finish in 120 s");
            }
            if (!Files.exists(out)) {
                throw new IllegalStateException(engine + " wrote no PDF: " + Files.readString(dir.resolve("engine.log")));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
