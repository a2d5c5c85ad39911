package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;

/**
 * The facade of the matching library: from parsed reports to sector alignments, recurring
 * challenges, theme diffs and follow-ups.
 *
 * <p>Per municipality, sectors are aligned across years ({@link SectorAligner}); per aligned
 * sector, challenge statements are chained across years ({@link ChainBuilder}); theme diffs are
 * read off the chains for each pair of consecutive report years; follow-ups pair a challenge with
 * later result bullets of the same sector. The IDF of the similarity is fitted on all statements
 * of all documents given. All lists are sorted with stable ids as tie breakers.
 */
public final class ChallengeAnalysis {

    /** Municipality used for documents that do not name one. */
    public static final String UNKNOWN_MUNICIPALITY = "(unknown)";

    private ChallengeAnalysis() {
    }

    /** Analyses the documents with the default options. */
    public static ChallengeAnalysisResult analyze(List<ReportDocument> documents) {
        return analyze(documents, AnalysisOptions.defaults());
    }

    /**
     * Analyses the documents.
     *
     * @param documents parsed reports, any order, any municipalities
     * @param options   thresholds, stemmer and sector overrides
     * @return alignments, recurring challenges, theme diffs and follow-ups
     */
    public static ChallengeAnalysisResult analyze(List<ReportDocument> documents, AnalysisOptions options) {
        NorwegianTextAnalyzer analyzer = options.analyzer();
        List<ReportDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));

        // municipality -> (year, sector name lower-case) -> sector of that year
        Map<String, Map<String, SectorAligner.YearSector>> perMunicipality = new TreeMap<>();
        List<StatementRef> all = new ArrayList<>();
        for (ReportDocument doc : docs) {
            String municipality = doc.municipality() == null || doc.municipality().isBlank()
                    ? UNKNOWN_MUNICIPALITY : doc.municipality().strip();
            for (Sector sector : doc.sectors()) {
                Map<String, SectorAligner.YearSector> sectors =
                        perMunicipality.computeIfAbsent(municipality, m -> new LinkedHashMap<>());
                String key = SectorAligner.Result.key(doc.year(), sector.name());
                SectorAligner.YearSector ys = sectors.computeIfAbsent(key,
                        k -> new SectorAligner.YearSector(doc.year(), sector.name(), doc.source(), new ArrayList<>()));
                for (Statement st : sector.statements()) {
                    StatementRef ref = new StatementRef(st.id(), st.section(), st.text(), doc.year(), municipality,
                            sector.name(), doc.source(), analyzer.analyze(st.text()));
                    ys.statements().add(ref);
                    all.add(ref);
                }
            }
        }
        StatementSimilarity similarity = StatementSimilarity.fit(all.stream().map(StatementRef::analysed).toList(),
                analyzer::canonical);
        StatementMatcher matcher = new StatementMatcher(similarity);
        SectorAligner aligner = new SectorAligner(analyzer, similarity, options.sectorThreshold(),
                options.sectorOverrides());
        ChainBuilder chainBuilder = new ChainBuilder(matcher, options.matchThreshold(), options.maxGapReports());

        List<SectorAlignment> alignments = new ArrayList<>();
        List<RecurringChallenge> recurring = new ArrayList<>();
        List<ThemeDiff> diffs = new ArrayList<>();
        List<Followup> followups = new ArrayList<>();
        for (Map.Entry<String, Map<String, SectorAligner.YearSector>> m : perMunicipality.entrySet()) {
            String municipality = m.getKey();
            SectorAligner.Result aligned = aligner.align(municipality, new ArrayList<>(m.getValue().values()));
            alignments.addAll(aligned.alignments());
            // aligned sector -> its statements in year and source order
            Map<String, List<StatementRef>> bySector = new TreeMap<>();
            for (SectorAligner.YearSector ys : m.getValue().values()) {
                String name = aligned.alignedName().get(SectorAligner.Result.key(ys.year(), ys.name()));
                bySector.computeIfAbsent(name, n -> new ArrayList<>()).addAll(ys.statements());
            }
            for (Map.Entry<String, List<StatementRef>> s : bySector.entrySet()) {
                List<StatementRef> statements = s.getValue();
                statements.sort(Comparator.comparingInt(StatementRef::year));
                List<StatementRef> challenges = statements.stream()
                        .filter(r -> r.section() == SectionKind.CHALLENGE).toList();
                List<ChainBuilder.Chain> chains = chainBuilder.build(challenges);
                for (ChainBuilder.Chain c : chains) {
                    if (c.members.size() > 1) {
                        recurring.add(ChainBuilder.toRecurring(c, municipality, s.getKey()));
                    }
                }
                diffs.addAll(themeDiffs(municipality, s.getKey(), statements, chains, matcher, analyzer,
                        options.keynessTopTerms()));
                followups.addAll(followups(municipality, s.getKey(), statements, matcher, options.followupThreshold()));
            }
        }
        recurring.sort(Comparator.comparing(RecurringChallenge::municipality).thenComparing(RecurringChallenge::sector)
                .thenComparingInt(RecurringChallenge::firstYear).thenComparing(RecurringChallenge::id));
        return new ChallengeAnalysisResult(alignments, recurring, diffs, followups);
    }

    private static List<ThemeDiff> themeDiffs(String municipality, String sector, List<StatementRef> statements,
                                              List<ChainBuilder.Chain> chains, StatementMatcher matcher,
                                              NorwegianTextAnalyzer analyzer, int topTerms) {
        List<Integer> years = statements.stream().map(StatementRef::year).distinct().sorted().toList();
        Map<String, ChainBuilder.Chain> chainOf = new LinkedHashMap<>();
        for (ChainBuilder.Chain c : chains) {
            for (StatementRef r : c.members) {
                chainOf.put(r.id(), c);
            }
        }
        List<ThemeDiff> out = new ArrayList<>();
        for (int i = 0; i + 1 < years.size(); i++) {
            int from = years.get(i);
            int to = years.get(i + 1);
            List<PersistingChallenge> persisting = new ArrayList<>();
            List<PersistingChallenge> reversed = new ArrayList<>();
            List<Occurrence> added = new ArrayList<>();
            List<Occurrence> returning = new ArrayList<>();
            List<Occurrence> dropped = new ArrayList<>();
            List<Occurrence> pausing = new ArrayList<>();
            for (StatementRef r : statements) {
                if (r.section() != SectionKind.CHALLENGE) {
                    continue;
                }
                ChainBuilder.Chain c = chainOf.get(r.id());
                if (r.year() == from) {
                    StatementRef next = member(c, to);
                    if (next == null) {
                        boolean comesBack = c.members.stream().anyMatch(x -> x.year() > to);
                        (comesBack ? pausing : dropped).add(r.occurrence());
                    } else {
                        Explanation e = matcher.explain(r.text(), r.analysed(), next.text(), next.analysed());
                        PersistingChallenge p = new PersistingChallenge(r.occurrence(), next.occurrence(), e);
                        persisting.add(p);
                        if (e.relation() == Relation.DIRECTION_REVERSED) {
                            reversed.add(p);
                        }
                    }
                } else if (r.year() == to && member(c, from) == null) {
                    boolean seenBefore = c.members.stream().anyMatch(x -> x.year() < from);
                    (seenBefore ? returning : added).add(r.occurrence());
                }
            }
            List<KeyTerm> keyTerms = Keyness.compare(stemCounts(statements, from), stemCounts(statements, to), topTerms);
            out.add(new ThemeDiff(municipality, sector, from, to, persisting, added, returning, dropped, pausing, reversed,
                    keyTerms));
        }
        return out;
    }

    private static StatementRef member(ChainBuilder.Chain c, int year) {
        if (c == null) {
            return null;
        }
        return c.members.stream().filter(r -> r.year() == year).findFirst().orElse(null);
    }

    private static Map<String, Integer> stemCounts(List<StatementRef> statements, int year) {
        Map<String, Integer> counts = new TreeMap<>();
        for (StatementRef r : statements) {
            if (r.year() == year) {
                for (AnalyzedTerm t : r.analysed().terms()) {
                    if (t.kind() == TermKind.STEM) {
                        counts.merge(t.term(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<Followup> followups(String municipality, String sector, List<StatementRef> statements,
                                            StatementMatcher matcher, double threshold) {
        List<Followup> out = new ArrayList<>();
        for (StatementRef c : statements) {
            if (c.section() != SectionKind.CHALLENGE) {
                continue;
            }
            for (StatementRef r : statements) {
                if (r.section() == SectionKind.RESULT && r.year() > c.year()
                        && matcher.score(c.analysed(), r.analysed()) >= threshold) {
                    out.add(new Followup(municipality, sector, c.occurrence(), r.occurrence(),
                            matcher.explain(c.text(), c.analysed(), r.text(), r.analysed())));
                }
            }
        }
        return out;
    }
}
