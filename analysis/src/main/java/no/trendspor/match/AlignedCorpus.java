package no.trendspor.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import no.trendspor.model.DocumentKind;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * The corpus as every analysis reads it, computed once: the documents, each
 * document's municipality normalised ({@link #UNKNOWN_MUNICIPALITY} where none is named), each
 * statement analysed once by the options' Norwegian analysis chain, and the sectors of each
 * municipality aligned across report years (by name, content and the user's overrides,
 * {@link SectorAligner}). Challenges, theme diffs, follow-ups, indicators, key-figure joins and
 * every report format read their municipality, sector and analysed text from here, so a
 * {@code --sector} override or a stemmer option moves all of them together.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class AlignedCorpus {

    /** Distinct statement texts analysed per task. */
    private static final int ANALYSIS_CHUNK = 256;

    /** Municipality of documents that do not name one. */
    public static final String UNKNOWN_MUNICIPALITY = "(unknown)";

    private final List<ReportDocument> documents;
    private final AnalysisOptions options;
    private final NorwegianTextAnalyzer analyzer;
    private final StatementSimilarity similarity;
    private final IdentityHashMap<Statement, StatementRef> refs;
    private final IdentityHashMap<Sector, String> alignedSector;
    private final IdentityHashMap<ReportDocument, String> municipalityOf;
    private final List<SectorAlignment> alignments;
    /** municipality → aligned sector → its statements in year order (then source order). */
    private final Map<String, Map<String, List<StatementRef>>> statementsBySector;
    /** municipality → aligned sector → the years its challenge list is cut short. */
    private final Map<String, Map<String, Set<Integer>>> cutYears;

    private AlignedCorpus(List<ReportDocument> documents, AnalysisOptions options, NorwegianTextAnalyzer analyzer,
                          StatementSimilarity similarity, IdentityHashMap<Statement, StatementRef> refs,
                          IdentityHashMap<Sector, String> alignedSector,
                          IdentityHashMap<ReportDocument, String> municipalityOf, List<SectorAlignment> alignments,
                          Map<String, Map<String, List<StatementRef>>> statementsBySector,
                          Map<String, Map<String, Set<Integer>>> cutYears) {
        this.documents = List.copyOf(documents);
        this.options = options;
        this.analyzer = analyzer;
        this.similarity = similarity;
        this.refs = refs;
        this.alignedSector = alignedSector;
        this.municipalityOf = municipalityOf;
        this.alignments = List.copyOf(alignments);
        this.statementsBySector = statementsBySector;
        this.cutYears = cutYears;
    }

    /** The corpus of these documents with the default options. */
    public static AlignedCorpus of(List<ReportDocument> documents) {
        return of(documents, AnalysisOptions.defaults());
    }

    /** The corpus of these documents: analysed and aligned with the options (stemmer, overrides, threshold). */
    public static AlignedCorpus of(List<ReportDocument> documents, AnalysisOptions options) {
        return Parallel.run(Parallel.threads(), pool -> of(documents, options, pool));
    }

    /**
     * The corpus of these documents, its per-document and per-municipality work run on
     * {@code pool} (a caller's executor; null runs it on the calling thread). The result is the same
     * for any executor.
     *
     * @param documents parsed reports, any order
     * @param options   analysis chain, sector overrides, thresholds
     * @param pool      where the tasks run, or null for the calling thread
     * @return the aligned corpus
     */
    public static AlignedCorpus of(List<ReportDocument> documents, AnalysisOptions options, Executor pool) {
        NorwegianTextAnalyzer analyzer = options.analyzer();
        List<ReportDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));
        // Text analysis of every distinct statement text once (reports repeat their sentences year
        // after year and municipality after municipality); statements of equal text share one
        // analysis, so memory grows with the distinct text. The analysis is a function of the text
        // alone, so sharing changes no result. In chunks on the pool (the analyzer is thread-safe:
        // Lucene keeps a token stream per thread); the texts come back in order.
        List<List<String>> textsPerDoc = new ArrayList<>(docs.size());
        Map<String, Integer> distinct = new java.util.HashMap<>();
        List<String> distinctTexts = new ArrayList<>();
        for (ReportDocument doc : docs) {
            List<String> texts = new ArrayList<>();
            for (Sector sector : doc.sectors()) {
                Map<String, Integer> perTopic = topicCounts(sector);
                for (Statement st : sector.statements()) {
                    String text = matchText(st, perTopic);
                    if (distinct.putIfAbsent(text, distinctTexts.size()) == null) {
                        distinctTexts.add(text);
                    }
                    texts.add(text);
                }
            }
            textsPerDoc.add(texts);
        }
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinctTexts.size(); from += ANALYSIS_CHUNK) {
            chunks.add(distinctTexts.subList(from, Math.min(distinctTexts.size(), from + ANALYSIS_CHUNK)));
        }
        List<AnalyzedText> analysedDistinct = new ArrayList<>(distinctTexts.size());
        Parallel.inOrder(chunks, chunk -> chunk.stream().map(analyzer::analyze).toList(), pool)
                .forEach(analysedDistinct::addAll);
        List<List<AnalyzedText>> analysedPerDoc = new ArrayList<>(docs.size());
        for (List<String> texts : textsPerDoc) {
            analysedPerDoc.add(texts.stream().map(t -> analysedDistinct.get(distinct.get(t))).toList());
        }

        // municipality -> (year, sector name lower-case) -> sector of that year
        Map<String, Map<String, SectorAligner.YearSector>> perMunicipality = new TreeMap<>();
        // municipality -> (year, sector name lower-case) of a page whose challenge list is cut short
        Map<String, Set<String>> cutShort = new TreeMap<>();
        IdentityHashMap<Statement, StatementRef> refs = new IdentityHashMap<>();
        IdentityHashMap<ReportDocument, String> municipalityOf = new IdentityHashMap<>();
        List<StatementRef> all = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            ReportDocument doc = docs.get(d);
            Iterator<AnalyzedText> analysed = analysedPerDoc.get(d).iterator();
            String municipality = municipality(doc);
            municipalityOf.put(doc, municipality);
            for (Sector sector : doc.sectors()) {
                Map<String, SectorAligner.YearSector> sectors =
                        perMunicipality.computeIfAbsent(municipality, m -> new LinkedHashMap<>());
                String key = SectorAligner.Result.key(doc.year(), sector.name());
                SectorAligner.YearSector ys = sectors.computeIfAbsent(key,
                        k -> new SectorAligner.YearSector(doc.year(), sector.name(), doc.source(), new ArrayList<>()));
                if (sector.challengeListCutShort()) {
                    // one cut-short page makes the year's list cut short, whatever other pages hold
                    cutShort.computeIfAbsent(municipality, m -> new TreeSet<>()).add(key);
                }
                for (Statement st : sector.statements()) {
                    StatementRef ref = new StatementRef(st.id(), st.section(), st.text(), doc.year(), municipality,
                            sector.name(), doc.source(), analysed.next());
                    ys.statements().add(ref);
                    refs.put(st, ref);
                    all.add(ref);
                }
            }
        }
        StatementSimilarity similarity = StatementSimilarity.fit(all.stream().map(StatementRef::analysed).toList(),
                analyzer::canonical, analyzer.hasRelatedTerms() ? analyzer::relatedTerms : null);
        SectorAligner aligner = new SectorAligner(analyzer, similarity, options.sectorThreshold(),
                options.sectorOverrides());
        // One task per municipality (the aligner is stateless, the similarity thread-safe).
        List<SectorAligner.Result> aligned = Parallel.inOrder(new ArrayList<>(perMunicipality.entrySet()),
                m -> aligner.align(m.getKey(), new ArrayList<>(m.getValue().values())), pool);

        List<SectorAlignment> alignments = new ArrayList<>();
        Map<String, Map<String, List<StatementRef>>> bySector = new TreeMap<>();
        Map<String, Map<String, Set<Integer>>> cutYears = new TreeMap<>();
        Map<String, Map<String, String>> nameOf = new TreeMap<>();
        int i = 0;
        for (Map.Entry<String, Map<String, SectorAligner.YearSector>> m : perMunicipality.entrySet()) {
            SectorAligner.Result result = aligned.get(i++);
            alignments.addAll(result.alignments());
            nameOf.put(m.getKey(), result.alignedName());
            Map<String, List<StatementRef>> sectors = bySector.computeIfAbsent(m.getKey(), k -> new TreeMap<>());
            Map<String, Set<Integer>> cut = cutYears.computeIfAbsent(m.getKey(), k -> new TreeMap<>());
            for (SectorAligner.YearSector ys : m.getValue().values()) {
                String key = SectorAligner.Result.key(ys.year(), ys.name());
                String name = result.alignedName().get(key);
                sectors.computeIfAbsent(name, n -> new ArrayList<>()).addAll(ys.statements());
                if (cutShort.getOrDefault(m.getKey(), Set.of()).contains(key)) {
                    cut.computeIfAbsent(name, n -> new TreeSet<>()).add(ys.year());
                }
            }
            sectors.values().forEach(list -> list.sort(Comparator.comparingInt(StatementRef::year)));
        }
        IdentityHashMap<Sector, String> alignedSector = new IdentityHashMap<>();
        for (ReportDocument doc : docs) {
            Map<String, String> names = nameOf.get(municipalityOf.get(doc));
            for (Sector sector : doc.sectors()) {
                alignedSector.put(sector, names.get(SectorAligner.Result.key(doc.year(), sector.name())));
            }
        }
        return new AlignedCorpus(documents, options, analyzer, similarity, refs, alignedSector, municipalityOf, alignments,
                bySector, cutYears);
    }

    /**
     * The municipality a document belongs to: its name without surrounding white space, or
     * {@link #UNKNOWN_MUNICIPALITY} when it names none; a plan's documents form a series of their
     * own, "Name (plan)", so that a plan's challenges for the years ahead and an annual report's
     * account of one year are not taken for one list. The one place a missing municipality is
     * decided.
     */
    public static String municipality(ReportDocument document) {
        String m = document.municipality();
        String name = m == null || m.isBlank() ? UNKNOWN_MUNICIPALITY : m.strip();
        return document.kind() == DocumentKind.PLAN ? name + PLAN_SUFFIX : name;
    }

    /** What a plan's series adds to its municipality's name. */
    public static final String PLAN_SUFFIX = " (plan)";

    /**
     * The text a statement is matched by: its own, and for a challenge that is the only one under
     * its heading (a titled challenge: "Rekruttering" over one paragraph) the title too, which
     * often carries what the challenge is about while the paragraph words it anew each year. A
     * heading over several challenges ("Ressursutfordringer") groups them and names none.
     */
    static String matchText(Statement st, Map<String, Integer> challengesPerTopic) {
        if (st.section() == SectionKind.CHALLENGE && !st.inline() && st.subheading() != null
                && !st.subheading().isBlank() && challengesPerTopic.getOrDefault(st.subheading(), 0) == 1) {
            return st.subheading() + ". " + st.text();
        }
        return st.text();
    }

    /** How many challenges stand under each sub-heading of a sector. */
    private static Map<String, Integer> topicCounts(Sector sector) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Statement st : sector.statements()) {
            if (st.section() == SectionKind.CHALLENGE && !st.inline() && st.subheading() != null) {
                counts.merge(st.subheading(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The documents, in the order given. */
    public List<ReportDocument> documents() {
        return documents;
    }

    /** The options the corpus was analysed and aligned with. */
    public AnalysisOptions options() {
        return options;
    }

    /** The analysis chain every statement was analysed with (the options' stemmer and folding). */
    public NorwegianTextAnalyzer analyzer() {
        return analyzer;
    }

    /** Each sector of each municipality across years, with its renamings: the one alignment. */
    public List<SectorAlignment> sectorAlignments() {
        return alignments;
    }

    /** The normalised municipality of one of the corpus's documents. */
    public String municipalityOf(ReportDocument document) {
        String m = municipalityOf.get(document);
        return m != null ? m : municipality(document);
    }

    /**
     * The aligned sector name of a sector of one of the corpus's documents (the override target,
     * else the latest name of the aligned sector).
     *
     * @throws IllegalArgumentException when the sector is not one of the corpus's
     */
    public String sectorOf(Sector sector) {
        String name = alignedSector.get(sector);
        if (name == null) {
            throw new IllegalArgumentException("not a sector of this corpus: " + sector.name());
        }
        return name;
    }

    /**
     * The analysed text of a statement of the corpus (analysed once, when the corpus was built).
     *
     * @throws IllegalArgumentException when the statement is not one of the corpus's
     */
    public AnalyzedText analysed(Statement statement) {
        StatementRef ref = refs.get(statement);
        if (ref == null) {
            throw new IllegalArgumentException("not a statement of this corpus: " + statement.id());
        }
        return ref.analysed();
    }

    /**
     * True when the user's overrides placed a name of this aligned sector: the user decided what
     * the sector is, so no later step may read its content into another sector.
     */
    public boolean alignedByUser(String municipality, String sector) {
        Map<String, String> overrides = options.sectorOverrides();
        if (overrides.isEmpty()) {
            return false;
        }
        return alignments.stream().filter(a -> a.municipality().equals(municipality) && a.sector().equals(sector))
                .anyMatch(a -> a.names().stream().anyMatch(n -> overrides.containsKey(n.name())));
    }

    /** The similarity fitted on all statements of the corpus (IDF over every statement). */
    StatementSimilarity similarity() {
        return similarity;
    }

    /** The municipalities, sorted. */
    List<String> municipalities() {
        return List.copyOf(statementsBySector.keySet());
    }

    /** The aligned sectors of a municipality with their statements in year order. */
    Map<String, List<StatementRef>> statementsBySector(String municipality) {
        return statementsBySector.getOrDefault(municipality, Map.of());
    }

    /** The years an aligned sector's challenge list is cut short. */
    Set<Integer> cutYears(String municipality, String sector) {
        return cutYears.getOrDefault(municipality, Map.of()).getOrDefault(sector, Set.of());
    }

    /** The alignments of one municipality. */
    List<SectorAlignment> sectorAlignments(String municipality) {
        return alignments.stream().filter(a -> a.municipality().equals(municipality)).toList();
    }

    @Override
    public String toString() {
        return "AlignedCorpus: " + documents.size() + " documents, " + refs.size() + " statements, "
                + alignments.size() + " aligned sectors";
    }
}
