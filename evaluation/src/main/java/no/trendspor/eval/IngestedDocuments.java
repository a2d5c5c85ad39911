package no.trendspor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;

/**
 * The gold chains' documents as the real ingest sees them: each gold document's source file is
 * read from disk and parsed by {@link ReportParser}, so the evaluation measures extraction and
 * matching together (the gold-built documents of {@link GoldDocuments} measure matching alone).
 *
 * <p>A gold {@code documents[].file} is either a corpus page ({@code *.json} in the corpus
 * directory: its {@code text} is parsed with {@code IngestHints(year, municipality, sector)} from
 * the JSON) or a seed report ({@code *.txt} in the seeds directory, parsed with the gold year and
 * municipality). A seed report holds many sectors; only the sector the gold document names is kept
 * (case-insensitive), so another chain's sector of the same year cannot enter this chain. All
 * files are parsed in one {@link ReportParser#parseAll} run, as the command line does, so the word
 * repairer sees the vocabulary of all of them.
 */
public final class IngestedDocuments {

    private IngestedDocuments() {
    }

    /**
     * Parses the source files of the gold chains.
     *
     * @param gold      the gold files
     * @param corpusDir directory of the corpus pages ({@code *.json})
     * @param seedsDir  directory of the seed reports ({@code *.txt})
     * @return one document per distinct gold source file, in gold order
     * @throws UncheckedIOException when a file is missing or unreadable
     */
    public static List<ReportDocument> of(List<GoldFile> gold, Path corpusDir, Path seedsDir) {
        Map<String, GoldFile.Document> byFile = new LinkedHashMap<>();
        Map<String, String> municipalityOf = new LinkedHashMap<>();
        for (GoldFile g : gold) {
            for (GoldFile.Document d : g.documents()) {
                byFile.putIfAbsent(d.file(), d);
                municipalityOf.putIfAbsent(d.file(), g.municipality());
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<ReportParser.Input> inputs = new ArrayList<>();
        for (GoldFile.Document d : byFile.values()) {
            inputs.add(input(json, d, municipalityOf.get(d.file()), corpusDir, seedsDir));
        }
        List<ReportDocument> parsed = new ReportParser().parseAll(inputs);
        List<ReportDocument> out = new ArrayList<>();
        int i = 0;
        for (GoldFile.Document d : byFile.values()) {
            ReportDocument doc = parsed.get(i++);
            out.add(d.file().endsWith(".json") ? doc : onlySector(doc, d.sector()));
        }
        return out;
    }

    private static ReportParser.Input input(ObjectMapper json, GoldFile.Document d, String municipality,
                                            Path corpusDir, Path seedsDir) {
        try {
            if (d.file().endsWith(".json")) {
                JsonNode page = json.readTree(corpusDir.resolve(d.file()).toFile());
                IngestHints hints = new IngestHints(page.path("year").asInt(d.year()),
                        page.path("municipality").asText(municipality), page.path("sector").asText(d.sector()),
                        IngestHints.kindOf(page.path("doc_type").asText(null)));
                return new ReportParser.Input(d.file(), page.path("text").asText("").getBytes(StandardCharsets.UTF_8),
                        hints);
            }
            byte[] bytes = Files.readAllBytes(seedsDir.resolve(d.file()));
            return new ReportParser.Input(d.file(), bytes, new IngestHints(d.year(), municipality, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold source " + d.file(), e);
        }
    }

    /** The document with only the sector of this name (all sectors when none has the name). */
    static ReportDocument onlySector(ReportDocument doc, String sector) {
        String wanted = sector == null ? "" : sector.strip().toLowerCase(Locale.ROOT);
        List<Sector> kept = doc.sectors().stream()
                .filter(s -> s.name().strip().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (kept.isEmpty()) {
            return doc;
        }
        return doc.withSectors(kept);
    }
}
