package no.trendspor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.ReportParser;
import no.trendspor.match.AnalysisOptions;
import no.trendspor.match.ChallengeAnalysis;
import no.trendspor.match.ChallengeAnalysisResult;
import no.trendspor.match.Followup;
import no.trendspor.match.Link;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Lists every link the matcher makes on unlabelled pages, with both texts, so a person can judge
 * them: the false-positive check for chains the gold does not cover (other sectors, years and
 * municipalities). Corpus pages are parsed with the hints of their JSON record, like
 * {@link IngestedDocuments}.
 *
 * <p>Most corpus excerpts end before their challenge list, so {@code --results} also treats the
 * result bullets as challenges: a link between result bullets of different years is then judged
 * the same way (do both state the same concrete thing?), which gives the check far more pairs of
 * unseen text.
 *
 * <p>Command line: {@code LinkAudit [--results] [--followups] FILE...} (corpus {@code *.json}
 * pages or report {@code *.txt} files). Prints the number of challenge statements, the links of
 * the recurring challenges (score, relation, shared terms, both texts) and, with
 * {@code --followups}, the follow-ups.
 */
public final class LinkAudit {

    private LinkAudit() {
    }

    /** Parses the files (in one ingest run) as the evaluation and the command line do. */
    public static List<ReportDocument> parse(List<Path> files) {
        ObjectMapper json = new ObjectMapper();
        List<ReportParser.Input> inputs = new ArrayList<>();
        for (Path f : files) {
            try {
                if (f.getFileName().toString().endsWith(".json")) {
                    JsonNode page = json.readTree(f.toFile());
                    Integer year = page.hasNonNull("year") ? page.get("year").asInt() : null;
                    IngestHints hints = new IngestHints(year, page.path("municipality").asText(null),
                            page.path("sector").asText(null));
                    inputs.add(new ReportParser.Input(f.getFileName().toString(),
                            page.path("text").asText("").getBytes(StandardCharsets.UTF_8), hints));
                } else {
                    inputs.add(new ReportParser.Input(f.getFileName().toString(), Files.readAllBytes(f),
                            IngestHints.NONE));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return new ReportParser().parseAll(inputs);
    }

    /** The documents with every result bullet relabelled as a challenge (ids and texts kept). */
    public static List<ReportDocument> resultsAsChallenges(List<ReportDocument> documents) {
        List<ReportDocument> out = new ArrayList<>();
        for (ReportDocument d : documents) {
            List<Sector> sectors = new ArrayList<>();
            for (Sector s : d.sectors()) {
                sectors.add(new Sector(s.name(), s.nameSource(), s.statements().stream()
                        .map(st -> st.section() != SectionKind.RESULT ? st : new Statement(st.id(),
                                SectionKind.CHALLENGE, st.subheading(), st.text(), st.originalText(), st.lines(),
                                st.repairs()))
                        .toList(), s.challengeListCutShort()));
            }
            out.add(d.withSectors(sectors));
        }
        return out;
    }

    /** Prints the links (and optionally the follow-ups) the analysis makes on the documents. */
    public static int print(PrintStream out, List<ReportDocument> documents, AnalysisOptions options,
                            boolean followups) {
        int challenges = 0;
        for (ReportDocument d : documents) {
            for (Statement s : d.statements()) {
                if (s.section() == SectionKind.CHALLENGE) {
                    challenges++;
                }
            }
        }
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(documents, options);
        int links = 0;
        out.printf(Locale.ROOT, "%d documents, %d challenge statements%n", documents.size(), challenges);
        for (RecurringChallenge rc : r.recurringChallenges()) {
            out.printf(Locale.ROOT, "%s / %s: %s%n", rc.municipality(), rc.sector(), rc.label());
            Map<String, String> textOf = new TreeMap<>();
            rc.occurrences().forEach(o -> textOf.put(o.statementId(), o.text()));
            for (Link l : rc.links()) {
                links++;
                out.println("  " + l);
                out.println("    " + textOf.get(l.fromStatementId()));
                out.println("    " + textOf.get(l.toStatementId()));
            }
        }
        out.printf(Locale.ROOT, "links: %d%n", links);
        if (followups) {
            for (Followup f : r.followups()) {
                out.println("  followup " + f);
                out.println("    " + f.challenge().text());
                out.println("    " + f.result().text());
            }
            out.printf(Locale.ROOT, "followups: %d%n", r.followups().size());
        }
        return links;
    }

    /** Prints the audit of the given files. */
    public static void main(String[] args) {
        boolean followups = false;
        boolean results = false;
        List<Path> files = new ArrayList<>();
        AnalysisOptions options = AnalysisOptions.defaults();
        for (String a : args) {
            if (a.startsWith("--word-knowledge=")) {
                String spec = a.substring("--word-knowledge=".length());
                options = options.withWordKnowledge(spec.equals("system") ? no.trendspor.text.WordKnowledgeSources.system()
                        : spec.equals("bundled") ? no.trendspor.text.WordKnowledgeSources.bundled()
                        : no.trendspor.text.WordKnowledgeSources.in(Path.of(spec)));
            } else if (a.equals("--followups")) {
                followups = true;
            } else if (a.equals("--results")) {
                results = true;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: LinkAudit [--results] [--followups] [--word-knowledge=system|bundled|DIR] FILE...");
            System.exit(2);
        }
        List<ReportDocument> documents = parse(files);
        print(System.out, results ? resultsAsChallenges(documents) : documents, options, followups);
    }
}
