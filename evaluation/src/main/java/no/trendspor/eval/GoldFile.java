package no.trendspor.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One gold file: a chain of sector pages of one municipality, with its statements, clusters of
 * recurring challenges, follow-ups and every measured number (indicators).
 *
 * @param chain        chain id
 * @param municipality the municipality
 * @param documents    the source pages
 * @param statements   every result and challenge bullet
 * @param clusters     groups of challenges of different years that state the same problem
 * @param followups    challenge → later result pairs
 * @param indicators   every number in the documents that measures something for a year, grouped
 *                     into one series per indicator (an empty list: the documents state none;
 *                     {@code null}: the file does not list them, so indicators are not scored)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldFile(String chain, String municipality, List<Document> documents, List<GoldStatement> statements,
                       List<Cluster> clusters, List<FollowupPair> followups, List<Indicator> indicators) {

    public GoldFile {
        documents = documents == null ? List.of() : List.copyOf(documents);
        statements = statements == null ? List.of() : List.copyOf(statements);
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        followups = followups == null ? List.of() : List.copyOf(followups);
        indicators = indicators == null ? null : List.copyOf(indicators);
    }

    /** A source page of the chain. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String file, int year, String sector, boolean challengeListComplete) {
    }

    /** A result or challenge bullet. {@code section} is {@code result} or {@code challenge}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldStatement(String id, String file, int year, String section, String text, boolean truncated) {

        public boolean isChallenge() {
            return "challenge".equals(section);
        }
    }

    /** A recurring challenge: its member statement ids (one per year). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cluster(String id, String label, List<String> members, String relation, String note) {
    }

    /** A challenge and a later result that reports work on it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowupPair(String challenge, String result, String note) {
    }

    /** One gold indicator series: its name, unit ({@code count}, {@code percent}, ...) and observations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String name, String unit, List<IndicatorObservation> observations) {

        public Indicator {
            observations = observations == null ? List.of() : List.copyOf(observations);
        }
    }

    /** One measured value: the year it refers to, the value, the source file and the shortest quote stating it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorObservation(int year, double value, String file, String quote) {
    }

    /** Reads one gold file. */
    public static GoldFile read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), GoldFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    /** Reads all {@code *.json} gold files of a directory, sorted by file name. */
    public static List<GoldFile> readAll(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<GoldFile> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list gold directory " + dir, e);
        }
    }
}
