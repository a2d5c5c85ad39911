package no.trendspor.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.trendspor.model.LineSpan;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/** Reads ../shared/gold at test time and turns its statements into hand-built documents. */
final class GoldData {

    record GoldObservation(String chain, String indicator, String unit, int year, double value, String file,
            String quote) {
    }

    record Chain(String name, List<ReportDocument> documents, List<GoldObservation> observations) {
    }

    private GoldData() {
    }

    static Path goldDir() {
        return Path.of(System.getProperty("trendspor.root", ".")).resolve("../shared/gold");
    }

    static boolean available() {
        return Files.isDirectory(goldDir());
    }

    static List<Chain> chains() throws IOException {
        List<Chain> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }

    static Chain read(Path path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        String chain = root.get("chain").asText();
        String municipality = root.path("municipality").asText(null);
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (JsonNode d : root.get("documents")) {
            docs.put(d.get("file").asText(), d);
        }
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        int line = 1;
        for (JsonNode s : root.get("statements")) {
            SectionKind kind = "challenge".equals(s.get("section").asText()) ? SectionKind.CHALLENGE : SectionKind.RESULT;
            String text = s.get("text").asText();
            statements.computeIfAbsent(s.get("file").asText(), k -> new ArrayList<>())
                    .add(new Statement(s.get("id").asText(), kind, null, text, text, new LineSpan(line, line), List.of()));
            line++;
        }
        List<ReportDocument> documents = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : docs.entrySet()) {
            JsonNode d = e.getValue();
            Sector sector = new Sector(d.get("sector").asText(), Sector.NameSource.HINT,
                    statements.getOrDefault(e.getKey(), List.of()));
            documents.add(new ReportDocument(e.getKey(), d.get("year").asInt(), ReportDocument.YearSource.HINT,
                    municipality, List.of(sector), List.of(), List.of(), List.of(), 0));
        }
        List<GoldObservation> observations = new ArrayList<>();
        for (JsonNode ind : root.path("indicators")) {
            for (JsonNode o : ind.get("observations")) {
                observations.add(new GoldObservation(chain, ind.get("name").asText(), ind.path("unit").asText(null),
                        o.get("year").asInt(), o.get("value").asDouble(), o.get("file").asText(),
                        o.path("quote").asText("")));
            }
        }
        return new Chain(chain, documents, observations);
    }

    static IndicatorUnit unit(String gold) {
        if (gold == null) {
            return null;
        }
        return switch (gold) {
            case "count" -> IndicatorUnit.COUNT;
            case "percent" -> IndicatorUnit.PERCENT;
            case "percentage points" -> IndicatorUnit.PERCENTAGE_POINTS;
            case "NOK", "kr", "money" -> IndicatorUnit.MONEY;
            default -> IndicatorUnit.OTHER;
        };
    }
}
