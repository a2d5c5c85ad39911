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

    /** An engine and the HTML style it is given. */
    record Engine(String name, String program, int columns, boolean justify) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Engine> ENGINES = List.of(
            new Engine("chromium, two columns, justified", "chromium", 2, true),
            new Engine("chromium, one column", "chromium", 1, false),
            new Engine("libreoffice, one column", "soffice", 1, false));

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
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Typesets the HTML with the engine; the PDF's bytes. */
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
                pb = new ProcessBuilder(program.toString(), "--headless", "-env:UserInstallation=" + dir.resolve("lo").toUri(),
                        "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", dir.toString(), in.toString());
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
