package no.trendspor.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import no.trendspor.match.AlignedCorpus;
import no.trendspor.match.Parallel;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;
import no.trendspor.stats.TrendAnalyzer;
import no.trendspor.stats.TrendStatistics;

/**
 * Indicator series across reports: extracts every statement, groups the observations per
 * municipality, sector, indicator key, unit and kind, merges equal values of the same year
 * (keeping every provenance), flags different values of the same year as a {@link Conflict}
 * (the newest report's value is used), and computes {@link TrendStatistics} for series with two
 * or more years.
 *
 * <p>Linking: municipality and sector come from the one alignment of the corpus ({@link
 * AlignedCorpus}); observations whose names have equal {@link IndicatorNames#key keys} in one
 * aligned sector form a group, and groups measuring one quantity are joined across names and
 * sectors by {@link SeriesJoiner}, each join explained ({@link SeriesJoin}). Values without a
 * recognisable name ({@link IndicatorNames#nounPhrase}) stay on their statements
 * ({@link UnnamedObservation}). Stated directions attach to the level series of the same sector
 * whose key shares all stems with the subject's (either way round); the rest form series of their
 * own without points.
 *
 * <p>Output order is deterministic: municipality, sector, key, unit, kind.
 */
public final class IndicatorAnalysis {

    private static final Comparator<Provenance> PROVENANCE_ORDER = Comparator.comparingInt(Provenance::reportYear)
            .thenComparing(Provenance::source).thenComparing(Provenance::statementId)
            .thenComparingInt(Provenance::start);

    private IndicatorAnalysis() {
    }

    /** Series for these documents, aligned with the default options. */
    public static List<IndicatorSeries> analyze(List<ReportDocument> documents) {
        return analyze(AlignedCorpus.of(documents));
    }

    /** Series for these documents, aligned with the default options, read by this extractor. */
    public static List<IndicatorSeries> analyze(List<ReportDocument> documents, IndicatorExtractor extractor) {
        return result(AlignedCorpus.of(documents), extractor).series();
    }

    /**
     * Series of an aligned corpus: municipality and sector of every observation are the corpus's
     * (so a sector override moves indicators with the challenges), names are analysed with the
     * corpus's analysis chain (its stemmer).
     */
    public static List<IndicatorSeries> analyze(AlignedCorpus corpus) {
        return result(corpus).series();
    }

    /** Series and unnamed values of an aligned corpus. */
    public static IndicatorResult result(AlignedCorpus corpus) {
        return result(corpus, new IndicatorExtractor(corpus.analyzer()));
    }

    /**
     * Series and unnamed values of an aligned corpus, the extraction run on {@code pool} (a caller's
     * executor; null runs it on the calling thread).
     */
    public static IndicatorResult result(AlignedCorpus corpus, java.util.concurrent.Executor pool) {
        return result(corpus, new IndicatorExtractor(corpus.analyzer()), pool);
    }

    /**
     * Series and unnamed values of an aligned corpus, read by this extractor. Observations read
     * under one name (key) in one aligned sector form a group; groups of one municipality, unit and
     * kind are then joined into one series when the evidence says they measure one quantity
     * ({@link SeriesJoiner}); values without a recognisable name stay on their statements.
     */
    public static IndicatorResult result(AlignedCorpus corpus, IndicatorExtractor extractor) {
        return Parallel.run(Parallel.threads(), pool -> result(corpus, extractor, pool));
    }

    /** {@link #result(AlignedCorpus, IndicatorExtractor)} with the extraction run on {@code pool}. */
    public static IndicatorResult result(AlignedCorpus corpus, IndicatorExtractor extractor,
            java.util.concurrent.Executor pool) {
        // Gathered in hash maps and put in key order once below: a national corpus has hundreds of
        // thousands of observations, and finding each one's group in a sorted map compared long
        // keys (municipality, sector, name) over and over.
        Map<GroupKey, List<Observation>> groups = new java.util.HashMap<>();
        Map<GroupKey, List<QualitativeObservation>> directions = new java.util.HashMap<>();
        Map<GroupKey, String> names = new java.util.HashMap<>();
        Map<GroupKey, Integer> newest = new java.util.HashMap<>();
        // municipality -> aligned sector -> the report years it appears in
        Map<String, Map<String, Set<Integer>>> sectorYears = new TreeMap<>();
        List<UnnamedObservation> unnamed = new ArrayList<>();
        List<Observation> unnamedObservations = new ArrayList<>(); // the same, as read
        // Extraction, the costly part, one task per document (the extractor is thread-safe); the
        // results come back in document order and are grouped below exactly as if read in turn.
        List<List<StatementIndicators>> extracted = Parallel.inOrder(corpus.documents(), doc -> {
                    List<StatementIndicators> out = new ArrayList<>();
                    for (Sector sector : doc.sectors()) {
                        for (Statement st : sector.statements()) {
                            out.add(extractor.extract(st, doc.source(), doc.year()));
                        }
                    }
                    return out;
                }, pool);
        int docIndex = 0;
        for (ReportDocument doc : corpus.documents()) {
            String municipality = corpus.municipalityOf(doc);
            java.util.Iterator<StatementIndicators> ofDoc = extracted.get(docIndex++).iterator();
            for (Sector sector : doc.sectors()) {
                String sectorName = corpus.sectorOf(sector);
                sectorYears.computeIfAbsent(municipality, m -> new TreeMap<>())
                        .computeIfAbsent(sectorName, x -> new java.util.TreeSet<>()).add(doc.year());
                for (Statement st : sector.statements()) {
                    StatementIndicators found = ofDoc.next();
                    for (Observation o : found.observations()) {
                        if (o.name().isEmpty() || o.key().isEmpty()) {
                            unnamed.add(new UnnamedObservation(municipality, sectorName, o.year(), o.value(), o.unit(),
                                    o.kind(), o.derived(), o.provenance()));
                            unnamedObservations.add(o);
                            continue;
                        }
                        GroupKey key = new GroupKey(municipality, sectorName, o.key(), o.unit(), o.kind());
                        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                        // the newest report's wording names the group (ties: the later source)
                        if (doc.year() >= newest.getOrDefault(key, Integer.MIN_VALUE)) {
                            newest.put(key, doc.year());
                            names.put(key, o.name());
                        }
                    }
                    for (QualitativeObservation q : found.qualitative()) {
                        GroupKey key = new GroupKey(municipality, sectorName, q.key(), null, Observation.Kind.LEVEL);
                        directions.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
                        names.putIfAbsent(key, q.subject());
                    }
                }
            }
        }
        groups = new TreeMap<>(groups);
        directions = new TreeMap<>(directions);
        names = new TreeMap<>(names);
        // one name, values orders of magnitude apart in different statements: different quantities
        groups = SeriesJoiner.splitByMagnitude(groups, names);
        // join the groups that measure one quantity; each series is represented by its newest group
        SeriesJoiner joiner = new SeriesJoiner(corpus.analyzer(), sectorYears, corpus::alignedByUser);
        List<SeriesJoiner.Joined> joined = joiner.join(groups, names);
        // a statement without a name restating years of exactly one series joins it
        joined = joiner.attachUnnamed(joined, unnamed, unnamedObservations, names);
        Map<GroupKey, SeriesJoiner.Joined> seriesOf = new TreeMap<>();
        for (SeriesJoiner.Joined j : joined) {
            seriesOf.put(j.representative(), j);
        }
        // attach stated directions to numeric level series of the same sector
        Map<GroupKey, List<QualitativeObservation>> attached = new TreeMap<>();
        // the level series of each municipality and sector, in key order (so the first related one
        // is the one a scan of all series in key order would find)
        Map<List<String>, List<GroupKey>> levelSeries = new java.util.HashMap<>();
        for (GroupKey g : seriesOf.keySet()) {
            if (g.kind() == Observation.Kind.LEVEL) {
                levelSeries.computeIfAbsent(List.of(g.municipality(), g.sector()), k -> new ArrayList<>()).add(g);
            }
        }
        for (Map.Entry<GroupKey, List<QualitativeObservation>> e : directions.entrySet()) {
            GroupKey d = e.getKey();
            GroupKey target = levelSeries.getOrDefault(List.of(d.municipality(), d.sector()), List.of()).stream()
                    .filter(g -> related(g.key(), d.key()))
                    .findFirst().orElse(d);
            attached.computeIfAbsent(target, k -> new ArrayList<>()).addAll(e.getValue());
        }
        Set<GroupKey> all = new java.util.TreeSet<>(seriesOf.keySet());
        all.addAll(attached.keySet());
        List<IndicatorSeries> out = new ArrayList<>();
        for (GroupKey key : all) {
            SeriesJoiner.Joined j = seriesOf.get(key);
            List<Observation> observations = j == null ? List.of() : j.observations();
            List<QualitativeObservation> qualitative = new ArrayList<>(attached.getOrDefault(key, List.of()));
            qualitative.sort(Comparator.comparingInt(QualitativeObservation::year)
                    .thenComparing(QualitativeObservation::provenance, PROVENANCE_ORDER));
            out.add(series(key, names.get(key), observations, qualitative, j == null ? List.of() : j.joins()));
        }
        unnamed.sort(Comparator.comparing(UnnamedObservation::municipality).thenComparing(UnnamedObservation::sector)
                .thenComparing(UnnamedObservation::source, PROVENANCE_ORDER).thenComparingInt(UnnamedObservation::year)
                .thenComparingDouble(UnnamedObservation::value));
        return new IndicatorResult(out, unnamed);
    }

    private static IndicatorSeries series(GroupKey key, String name, List<Observation> observations,
            List<QualitativeObservation> qualitative, List<SeriesJoin> joins) {
        Map<Integer, List<Observation>> byYear = new TreeMap<>();
        for (Observation o : observations) {
            byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o);
        }
        List<SeriesPoint> points = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Map.Entry<Integer, List<Observation>> e : byYear.entrySet()) {
            List<Observation> stated = e.getValue().stream().filter(o -> !o.derived()).toList();
            List<Observation> basis = stated.isEmpty() ? e.getValue() : stated;
            List<SeriesPoint> distinct = distinctValues(e.getKey(), basis, e.getValue());
            if (distinct.size() > 1) {
                conflicts.add(new Conflict(e.getKey(), distinct));
            }
            // the newest report wins: its figure is the most recently revised
            SeriesPoint chosen = distinct.stream()
                    .max(Comparator.comparing((SeriesPoint p) -> p.sources().get(p.sources().size() - 1),
                            PROVENANCE_ORDER))
                    .orElseThrow();
            points.add(chosen);
        }
        TrendStatistics trend = null;
        if (points.size() >= 2 && key.unit() != null) {
            int[] years = points.stream().mapToInt(SeriesPoint::year).toArray();
            double[] values = points.stream().mapToDouble(SeriesPoint::value).toArray();
            trend = TrendAnalyzer.analyze(years, values, key.unit().kind());
        }
        String display = key.kind() == Observation.Kind.CHANGE ? "endring i " + name : name;
        return new IndicatorSeries(key.municipality(), key.sector(), display, key.key(), key.unit(), key.kind(),
                points, conflicts, qualitative, trend, joins);
    }

    /** Groups observations of one year by value; derived observations with an equal value join as sources. */
    private static List<SeriesPoint> distinctValues(int year, List<Observation> basis, List<Observation> all) {
        List<SeriesPoint> out = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Observation o : basis) {
            if (values.stream().noneMatch(v -> same(v, o.value()))) {
                values.add(o.value());
            }
        }
        values.sort(Double::compare);
        for (double v : values) {
            List<Provenance> sources = all.stream().filter(o -> same(o.value(), v)).map(Observation::provenance)
                    .sorted(PROVENANCE_ORDER).toList();
            boolean derived = basis.stream().filter(o -> same(o.value(), v)).allMatch(Observation::derived);
            out.add(new SeriesPoint(year, v, derived, sources));
        }
        return out;
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** Keys share all stems one way or the other (and are not empty). */
    static boolean related(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        return x.containsAll(y) || y.containsAll(x);
    }

    /** Grouping key; unit null for direction-only series. */
    record GroupKey(String municipality, String sector, String key, IndicatorUnit unit,
            Observation.Kind kind, int band) implements Comparable<GroupKey> {

        GroupKey(String municipality, String sector, String key, IndicatorUnit unit, Observation.Kind kind) {
            this(municipality, sector, key, unit, kind, 0);
        }

        GroupKey inBand(int b) {
            return new GroupKey(municipality, sector, key, unit, kind, b);
        }

        GroupKey {
            Objects.requireNonNull(municipality);
            Objects.requireNonNull(sector);
            Objects.requireNonNull(key);
        }

        /**
         * By municipality, sector, key, unit (none last), kind and band; written out, not as a
         * chain of comparators, since national runs sort hundreds of thousands of keys.
         */
        @Override
        public int compareTo(GroupKey o) {
            int c = municipality.compareTo(o.municipality);
            if (c != 0) {
                return c;
            }
            c = sector.compareTo(o.sector);
            if (c != 0) {
                return c;
            }
            c = key.compareTo(o.key);
            if (c != 0) {
                return c;
            }
            if (unit != o.unit) {
                if (unit == null || o.unit == null) {
                    return unit == null ? 1 : -1; // no unit last
                }
                return unit.compareTo(o.unit);
            }
            c = kind.compareTo(o.kind);
            return c != 0 ? c : Integer.compare(band, o.band);
        }
    }
}
