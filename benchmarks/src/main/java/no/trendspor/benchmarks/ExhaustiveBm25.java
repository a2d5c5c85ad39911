package no.trendspor.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.trendspor.match.ChallengeIndex;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.text.AnalyzedTerm;
import no.trendspor.text.NorwegianTextAnalyzer;
import no.trendspor.text.TermKind;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.SmallFloat;

/**
 * The exhaustive comparison for cross-municipality search: every challenge statement is scored
 * against the query, one by one, with no index, no skipping and no pruning. The scoring is BM25 as
 * {@link ChallengeIndex} defines it, written out here independently of Lucene's search code: the
 * same analysis chain ({@link NorwegianTextAnalyzer} token stream, so the same terms including
 * compound parts and synonyms), query terms weighted 1 for words and {@link
 * ChallengeIndex#DERIVED_BOOST} for derived terms, {@code k1 = 1.2}, {@code b = 0.75},
 * {@code idf = ln(1 + (N − df + ½)/(df + ½))}, document length without stacked tokens (Lucene's
 * discounted overlaps) quantised like Lucene's norms ({@link SmallFloat#intToByte4}). Ties are
 * broken by statement id, then year, as the index does.
 */
final class ExhaustiveBm25 {

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;
  private static final float[] LENGTH_TABLE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  /** One scored statement. */
  record Hit(String statementId, int year, double score) {}

  private final NorwegianTextAnalyzer analyzer;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<Integer> years = new ArrayList<>();
  /** Per statement: sorted distinct term ids and their frequencies. */
  private final List<int[]> docTerms = new ArrayList<>();
  private final List<int[]> docFreqs = new ArrayList<>();
  private final List<Byte> norms = new ArrayList<>();
  private int[] df = new int[0];
  private long sumTotalTermFreq;
  private int docCount;

  ExhaustiveBm25(List<ReportDocument> documents, NorwegianTextAnalyzer analyzer) {
    this.analyzer = analyzer;
    List<ReportDocument> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparingInt(ReportDocument::year).thenComparing(ReportDocument::source));
    for (ReportDocument d : docs) {
      for (Sector s : d.sectors()) {
        for (Statement st : s.statements(SectionKind.CHALLENGE)) {
          add(st.id(), d.year(), st.text());
        }
      }
    }
  }

  private void add(String id, int year, String text) {
    Map<Integer, Integer> tf = new HashMap<>();
    int length = 0;
    int overlaps = 0;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int t = termIds.computeIfAbsent(term.toString(), k -> termIds.size());
        tf.merge(t, 1, Integer::sum);
        length++;
        if (inc.getPositionIncrement() == 0) {
          overlaps++;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] terms = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] freqs = new int[terms.length];
    if (df.length < termIds.size()) {
      df = Arrays.copyOf(df, Math.max(termIds.size(), df.length * 2));
    }
    for (int i = 0; i < terms.length; i++) {
      freqs[i] = tf.get(terms[i]);
      df[terms[i]]++;
    }
    if (length > 0) {
      docCount++;
      sumTotalTermFreq += length;
    }
    ids.add(id);
    years.add(year);
    docTerms.add(terms);
    docFreqs.add(freqs);
    norms.add((byte) SmallFloat.intToByte4(length - overlaps));
  }

  int size() {
    return ids.size();
  }

  /** The k best statements for the query, scoring every statement. */
  List<Hit> search(String query, int k) {
    Map<String, Float> boosts = new LinkedHashMap<>();
    for (AnalyzedTerm t : analyzer.analyze(query).terms()) {
      float boost = t.kind() == TermKind.STEM ? 1f : ChallengeIndex.DERIVED_BOOST;
      boosts.merge(t.term(), boost, Math::max);
    }
    float avgdl = (float) (sumTotalTermFreq / (double) docCount);
    float[] normInverse = new float[256];
    for (int i = 0; i < 256; i++) {
      normInverse[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
    }
    List<int[]> clauses = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    for (Map.Entry<String, Float> e : boosts.entrySet()) {
      Integer t = termIds.get(e.getKey());
      if (t == null) {
        continue;
      }
      float idf = (float) Math.log(1 + (docCount - df[t] + 0.5D) / (df[t] + 0.5D));
      clauses.add(new int[] {t});
      weights.add(e.getValue() * idf);
    }
    List<Hit> hits = new ArrayList<>();
    for (int d = 0; d < ids.size(); d++) {
      int[] terms = docTerms.get(d);
      int[] freqs = docFreqs.get(d);
      float inv = normInverse[norms.get(d) & 0xFF];
      double score = 0;
      boolean matched = false;
      for (int c = 0; c < clauses.size(); c++) {
        int at = Arrays.binarySearch(terms, clauses.get(c)[0]);
        if (at >= 0) {
          float w = weights.get(c);
          score += w - w / (1f + freqs[at] * inv);
          matched = true;
        }
      }
      if (matched) {
        hits.add(new Hit(ids.get(d), years.get(d), (float) score));
      }
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed()
        .thenComparing(Hit::statementId).thenComparingInt(Hit::year));
    return hits.subList(0, Math.min(k, hits.size()));
  }
}
