package no.trendspor.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A search over the challenge statements of any number of documents and municipalities: an
 * in-memory Lucene index ({@link ByteBuffersDirectory}) analysed with {@link
 * NorwegianTextAnalyzer}, ranked by BM25. A query is analysed by the same chain; its words are
 * * optional (SHOULD) clauses, its compound parts and synonyms count with
 * {@link #DERIVED_BOOST}. Hits with equal scores are ordered by statement id, then year.
 */
public final class ChallengeIndex implements AutoCloseable {

    /** Boost of query terms that are compound parts or synonyms rather than words. */
    public static final float DERIVED_BOOST = 0.6f;

    private static final String TEXT = "text";

    private final NorwegianTextAnalyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private ChallengeIndex(NorwegianTextAnalyzer analyzer, ByteBuffersDirectory directory) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new BM25Similarity());
    }

    /** Indexes the challenge statements of the documents with the default analyzer. */
    public static ChallengeIndex build(List<ReportDocument> documents) {
        return build(documents, new NorwegianTextAnalyzer());
    }

    /** Indexes the challenge statements of the documents. */
    public static ChallengeIndex build(List<ReportDocument> documents, NorwegianTextAnalyzer analyzer) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            List<ReportDocument> docs = new ArrayList<>(documents);
            docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));
            for (ReportDocument d : docs) {
                String municipality = AlignedCorpus.municipality(d);
                for (Sector sector : d.sectors()) {
                    for (Statement st : sector.statements(SectionKind.CHALLENGE)) {
                        Document doc = new Document();
                        doc.add(new StringField("id", st.id(), Field.Store.YES));
                        // the id again as doc values: search orders score ties by id without
                        // reading stored fields
                        doc.add(new SortedDocValuesField("id", new BytesRef(st.id())));
                        doc.add(new StoredField("municipality", municipality));
                        doc.add(new StoredField("year", d.year()));
                        doc.add(new StoredField("sector", sector.name()));
                        doc.add(new TextField(TEXT, st.text(), Field.Store.YES));
                        writer.addDocument(doc);
                    }
                }
            }
            writer.commit();
            return new ChallengeIndex(analyzer, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes the challenge statements of an aligned corpus: their text as the corpus analysed it
     * (not analysed again), under the aligned sector and the normalised municipality; queries are
     * analysed by the corpus's chain.
     */
    public static ChallengeIndex build(AlignedCorpus corpus) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(corpus.analyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            List<ReportDocument> docs = new ArrayList<>(corpus.documents());
            docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));
            for (ReportDocument d : docs) {
                for (Sector sector : d.sectors()) {
                    for (Statement st : sector.statements(SectionKind.CHALLENGE)) {
                        Document doc = new Document();
                        doc.add(new StringField("id", st.id(), Field.Store.YES));
                        doc.add(new SortedDocValuesField("id", new BytesRef(st.id())));
                        doc.add(new StoredField("municipality", corpus.municipalityOf(d)));
                        doc.add(new StoredField("year", d.year()));
                        doc.add(new StoredField("sector", corpus.sectorOf(sector)));
                        doc.add(new TextField(TEXT, new AnalyzedTokenStream(corpus.analysed(st).terms())));
                        doc.add(new StoredField(TEXT, st.text()));
                        writer.addDocument(doc);
                    }
                }
            }
            writer.commit();
            return new ChallengeIndex(corpus.analyzer(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of indexed challenge statements. */
    public int size() {
        return reader.numDocs();
    }

    /**
     * The {@code k} challenge statements that best match the query, best first.
     *
     * @param query free text, e.g. "rekruttering av helsesykepleiere"
     * @param k     how many hits at most
     */
    public List<SearchHit> search(String query, int k) {
        Query q = query(query);
        if (q == null || k <= 0 || reader.numDocs() == 0) {
            return List.of();
        }
        try {
            // Ties must be ordered by id, not by index order, so every match scoring at least the
            // k-th best score is needed — but only those: fetch a few more than k and widen until
            // the last one fetched scores below the k-th (or all matches are in). Stored fields
            // are read for those candidates only, not for every match.
            int all = reader.numDocs();
            int n = Math.min(all, Math.max(4 * k, 64));
            ScoreDoc[] top = searcher.search(q, n).scoreDocs;
            while (top.length == n && n < all && top.length > k && !(top[n - 1].score < top[k - 1].score)) {
                n = (int) Math.min(all, 4L * n);
                top = searcher.search(q, n).scoreDocs;
            }
            float cutoff = top.length >= k ? top[k - 1].score : Float.NEGATIVE_INFINITY;
            List<ScoreDoc> candidates = new ArrayList<>();
            for (ScoreDoc sd : top) {
                if (sd.score < cutoff) {
                    break;
                }
                candidates.add(sd);
            }
            if (candidates.size() > k) {
                candidates = bestByScoreThenId(candidates, k);
            }
            List<SearchHit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : candidates) {
                Document d = stored.document(sd.doc);
                hits.add(new SearchHit(d.get("municipality"), d.getField("year").numericValue().intValue(),
                        d.get("sector"), d.get("id"), d.get(TEXT), sd.score));
            }
            hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                    .thenComparing(SearchHit::statementId).thenComparingInt(SearchHit::year));
            return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Of many candidates tied around the k-th score, the k best by score then id (from doc
     * values), plus any tied with the k-th on both (the caller breaks those by year).
     */
    private List<ScoreDoc> bestByScoreThenId(List<ScoreDoc> candidates, int k) throws IOException {
        record Keyed(ScoreDoc doc, String id) {
        }
        List<ScoreDoc> byDoc = new ArrayList<>(candidates);
        byDoc.sort(Comparator.comparingInt(sd -> sd.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        List<Keyed> keyed = new ArrayList<>();
        int leafIndex = -1;
        SortedDocValues ids = null;
        for (ScoreDoc sd : byDoc) {
            int li = ReaderUtil.subIndex(sd.doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                ids = leaves.get(li).reader().getSortedDocValues("id");
            }
            String id = "";
            if (ids != null && ids.advanceExact(sd.doc - leaves.get(li).docBase)) {
                id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            }
            keyed.add(new Keyed(sd, id));
        }
        Comparator<Keyed> order = Comparator.comparingDouble((Keyed x) -> (double) x.doc().score).reversed()
                .thenComparing(Keyed::id);
        keyed.sort(order);
        Keyed kth = keyed.get(k - 1);
        List<ScoreDoc> out = new ArrayList<>();
        for (Keyed x : keyed) {
            if (out.size() >= k && order.compare(x, kth) != 0) {
                break;
            }
            out.add(x.doc());
        }
        return out;
    }

    private Query query(String text) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        for (AnalyzedTerm t : analyzer.analyze(text).terms()) {
            float boost = t.kind() == TermKind.STEM ? 1f : DERIVED_BOOST;
            boosts.merge(t.term(), boost, Math::max);
        }
        if (boosts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boosts.forEach((term, boost) -> {
            Query tq = new TermQuery(new Term(TEXT, term));
            b.add(boost == 1f ? tq : new BoostQuery(tq, boost), BooleanClause.Occur.SHOULD);
        });
        return b.build();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
