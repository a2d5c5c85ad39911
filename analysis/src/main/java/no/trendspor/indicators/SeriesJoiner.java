package no.trendspor.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Joins groups of observations (one name in one aligned sector) of one municipality, unit and
 * kind into series of one quantity, on this evidence, strongest first:
 *
 * <ol>
 *   <li><b>values-agree</b>: the names share at least {@link #AGREEING_NAME_SCORE} of their
 *       analysed terms, a year stated by both has the same value and no year stated by both
 *       disagrees: a later report restating the same figure (in any sector of the municipality,
 *       so a sector renamed or mis-read in one year does not cut the series);</li>
 *   <li><b>similar-name</b>: same aligned sector, the names share at least
 *       {@link #SIMILAR_NAME_SCORE} of their terms ("elever med spesialundervisning" and "andelen
 *       elever med spesialundervisning i grunnskolen"), and no year disagrees;</li>
 *   <li><b>same-name-other-sector</b>: the same name (equal keys) in two sectors of the
 *       municipality that are never reported in the same year, and no year disagrees.</li>
 * </ol>
 *
 * Sectors the user's overrides placed are never joined with another sector. A bare shared head
 * noun is not enough: "elever" and "elever som fikk leksehjelp" share half
 * their terms and join only if their values agree where both state one. Groups are joined
 * greedily (union of the best-scoring pairs first), a join never bringing two disagreeing values
 * for a year into one series. The name score is the Dice coefficient of the names' analysed
 * terms (stems, compound parts and synonyms of the corpus's analysis chain).
 */
final class SeriesJoiner {

    /** Least name score for a join on agreeing values. */
    static final double AGREEING_NAME_SCORE = 0.5;

    /** Least name score for a join of two names in one sector without overlapping years. */
    static final double SIMILAR_NAME_SCORE = 0.8;

    /** A series: its representative group (the newest), all observations, and the joins. */
    record Joined(IndicatorAnalysis.GroupKey representative, List<Observation> observations, List<SeriesJoin> joins) {
    }

    private final NorwegianTextAnalyzer analyzer;
    private final Map<String, Map<String, Set<Integer>>> sectorYears;
    private final java.util.function.BiPredicate<String, String> userAligned;

    /**
     * @param sectorYears municipality → aligned sector → the report years it appears in
     * @param userAligned (municipality, sector) placed by the user's overrides: never joined across sectors
     */
    SeriesJoiner(NorwegianTextAnalyzer analyzer, Map<String, Map<String, Set<Integer>>> sectorYears,
                 java.util.function.BiPredicate<String, String> userAligned) {
        this.analyzer = analyzer;
        this.sectorYears = sectorYears;
        this.userAligned = userAligned;
    }

    private record Candidate(int a, int b, String reason, double score, List<String> shared, List<Integer> agreeing) {
    }

    List<Joined> join(Map<IndicatorAnalysis.GroupKey, List<Observation>> groups,
                      Map<IndicatorAnalysis.GroupKey, String> names) {
        List<IndicatorAnalysis.GroupKey> keys = new ArrayList<>(groups.keySet());
        int n = keys.size();
        List<Set<String>> terms = new ArrayList<>();
        List<Map<Integer, List<Double>>> values = new ArrayList<>();
        for (IndicatorAnalysis.GroupKey k : keys) {
            terms.add(terms(names.get(k)));
            Map<Integer, List<Double>> byYear = new TreeMap<>();
            for (Observation o : groups.get(k)) {
                if (!o.derived()) {
                    byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o.value());
                }
            }
            values.add(byYear);
        }
        // only groups of one municipality, unit and kind can join: compare within those blocks
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            IndicatorAnalysis.GroupKey k = keys.get(i);
            blocks.computeIfAbsent(k.municipality() + "\u0000" + k.unit() + "\u0000" + k.kind(),
                    b -> new ArrayList<>()).add(i);
        }
        // Each group's name terms without the scope words, once per group: across sectors (the
        // municipality's words) and within one (its sector's words too). A pair of one block
        // shares municipality, so either scope is the same for both of its groups.
        List<List<Set<String>>> named = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            named.add(List.of(without(terms.get(i), scope(keys.get(i), false)),
                    without(terms.get(i), scope(keys.get(i), true))));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    Candidate c = candidate(block.get(x), block.get(y), keys, named, values);
                    if (c != null) {
                        candidates.add(c);
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> rank(c.reason())).thenComparing(
                Comparator.comparingDouble(Candidate::score).reversed()).thenComparingInt(Candidate::a)
                .thenComparingInt(Candidate::b));
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        List<Map<Integer, List<Double>>> unionValues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
            unionValues.add(new TreeMap<>(values.get(i)));
        }
        Map<Integer, SeriesJoin> joinOf = new TreeMap<>();
        for (Candidate c : candidates) {
            int ra = find(parent, c.a());
            int rb = find(parent, c.b());
            if (ra == rb || disagree(unionValues.get(ra), unionValues.get(rb))) {
                continue;
            }
            // the group that joins is the one of the older name; it is explained against the other
            int joining = newer(keys, names, groups, c.a(), c.b()) == c.a() ? c.b() : c.a();
            int joinedTo = joining == c.a() ? c.b() : c.a();
            IndicatorAnalysis.GroupKey jk = keys.get(joining);
            IndicatorAnalysis.GroupKey tk = keys.get(joinedTo);
            joinOf.putIfAbsent(joining, new SeriesJoin(names.get(jk), jk.sector(),
                    List.copyOf(values.get(joining).keySet()), names.get(tk), tk.sector(), c.reason(),
                    round(c.score()), c.shared(), c.agreeing()));
            parent[rb] = ra;
            members.get(ra).addAll(members.get(rb));
            unionValues.get(rb).forEach((y, v) -> unionValues.get(ra).computeIfAbsent(y, k -> new ArrayList<>()).addAll(v));
        }
        List<Joined> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (find(parent, i) != i) {
                continue;
            }
            List<Integer> group = members.get(i);
            int representative = group.get(0);
            for (int g : group) {
                if (newer(keys, names, groups, g, representative) == g) {
                    representative = g;
                }
            }
            List<Observation> observations = new ArrayList<>();
            List<SeriesJoin> joins = new ArrayList<>();
            for (int g : new TreeSet<>(group)) {
                observations.addAll(groups.get(keys.get(g)));
                if (joinOf.containsKey(g)) {
                    joins.add(joinOf.get(g));
                }
            }
            joins.sort(Comparator.comparing(SeriesJoin::sector).thenComparing(SeriesJoin::name));
            out.add(new Joined(keys.get(representative), observations, joins));
        }
        return out;
    }

    private Candidate candidate(int i, int j, List<IndicatorAnalysis.GroupKey> keys, List<List<Set<String>>> named,
                                List<Map<Integer, List<Double>>> values) {
        IndicatorAnalysis.GroupKey a = keys.get(i);
        IndicatorAnalysis.GroupKey b = keys.get(j);
        if (!a.municipality().equals(b.municipality()) || a.unit() != b.unit() || a.kind() != b.kind()) {
            return null;
        }
        boolean sameSector = a.sector().equals(b.sector());
        // where it was measured is not what: the sector's own words count only across sectors
        Set<String> ta = named.get(i).get(sameSector ? 1 : 0);
        Set<String> tb = named.get(j).get(sameSector ? 1 : 0);
        int shared = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                shared++;
            }
        }
        int total = ta.size() + tb.size();
        double score = total == 0 ? 0 : 2.0 * shared / total;
        if (score < Math.min(AGREEING_NAME_SCORE, SIMILAR_NAME_SCORE) && (sameSector || !a.key().equals(b.key()))) {
            // below both name scores and not one name across sectors: none of the rules below
            // can take the pair (most pairs of a municipality's groups)
            return null;
        }
        List<String> sharedList = new ArrayList<>(shared);
        for (String t : ta) { // sorted: ta is a TreeSet
            if (tb.contains(t)) {
                sharedList.add(t);
            }
        }
        List<Integer> agreeing = new ArrayList<>();
        boolean disagreeing = false;
        for (Map.Entry<Integer, List<Double>> e : values.get(i).entrySet()) {
            List<Double> other = values.get(j).get(e.getKey());
            if (other == null) {
                continue;
            }
            if (e.getValue().stream().anyMatch(v -> other.stream().anyMatch(w -> IndicatorAnalysis.same(v, w)))) {
                agreeing.add(e.getKey());
            } else {
                disagreeing = true;
            }
        }
        if (disagreeing || a.kind() == Observation.Kind.LEVEL && apart(values.get(i), values.get(j))) {
            return null;
        }
        sharedList = List.copyOf(sharedList);
        if (!sameSector && (userAligned.test(a.municipality(), a.sector())
                || userAligned.test(b.municipality(), b.sector()))) {
            return null; // the user said which sector is which
        }
        if (!agreeing.isEmpty() && score >= AGREEING_NAME_SCORE) {
            return new Candidate(i, j, "values-agree", score, sharedList, agreeing);
        }
        if (sameSector && score >= SIMILAR_NAME_SCORE) {
            return new Candidate(i, j, "similar-name", score, sharedList, agreeing);
        }
        if (!sameSector && a.key().equals(b.key()) && neverTogether(a, b)) {
            return new Candidate(i, j, "same-name-other-sector", score, sharedList, agreeing);
        }
        return null;
    }

    /** The typical values of two groups are orders of magnitude apart: not one quantity. */
    private static boolean apart(Map<Integer, List<Double>> a, Map<Integer, List<Double>> b) {
        double ma = median(a);
        double mb = median(b);
        return ma > 0 && mb > 0 && Math.max(ma, mb) > MAGNITUDE_FACTOR * Math.min(ma, mb);
    }

    private static double median(Map<Integer, List<Double>> values) {
        List<Double> all = new ArrayList<>();
        values.values().forEach(v -> v.forEach(x -> all.add(Math.abs(x))));
        if (all.isEmpty()) {
            return 0;
        }
        all.sort(Double::compare);
        return all.get(all.size() / 2);
    }

    private static int rank(String reason) {
        return switch (reason) {
            case "values-agree" -> 0;
            case "similar-name" -> 1;
            default -> 2;
        };
    }

    /** The two sectors are never reported in one year: one is the other under another name. */
    private boolean neverTogether(IndicatorAnalysis.GroupKey a, IndicatorAnalysis.GroupKey b) {
        Map<String, Set<Integer>> years = sectorYears.getOrDefault(a.municipality(), Map.of());
        Set<Integer> ya = years.getOrDefault(a.sector(), Set.of());
        Set<Integer> yb = years.getOrDefault(b.sector(), Set.of());
        return ya.stream().noneMatch(yb::contains);
    }

    /** A year both state without a value in common. */
    private static boolean disagree(Map<Integer, List<Double>> a, Map<Integer, List<Double>> b) {
        for (Map.Entry<Integer, List<Double>> e : a.entrySet()) {
            List<Double> other = b.get(e.getKey());
            if (other != null && e.getValue().stream()
                    .noneMatch(v -> other.stream().anyMatch(w -> IndicatorAnalysis.same(v, w)))) {
                return true;
            }
        }
        return false;
    }

    /** Of two groups, the one read in the newest report (ties: the larger, then the first). */
    private static int newer(List<IndicatorAnalysis.GroupKey> keys, Map<IndicatorAnalysis.GroupKey, String> names,
                             Map<IndicatorAnalysis.GroupKey, List<Observation>> groups, int a, int b) {
        int ya = groups.get(keys.get(a)).stream().mapToInt(o -> o.provenance().reportYear()).max().orElse(0);
        int yb = groups.get(keys.get(b)).stream().mapToInt(o -> o.provenance().reportYear()).max().orElse(0);
        if (ya != yb) {
            return ya > yb ? a : b;
        }
        int sa = groups.get(keys.get(a)).size();
        int sb = groups.get(keys.get(b)).size();
        if (sa != sb) {
            return sa > sb ? a : b;
        }
        return Math.min(a, b);
    }

    /**
     * Words that say where or how a quantity was measured rather than what it is: "i sektoren", "i
     * kommunen", the sector's and the municipality's own names ("sykefraværet i pleie og omsorg"
     * and "sykefraværet" on the sector's page are one quantity), "andel", "antall" (the unit says it).
     */
    private static final String SCOPE_WORDS = "sektor sektoren sektorens kommune kommunen kommunens etat etaten "
            + "virksomhet virksomheten virksomhetene organisasjon organisasjonen enhet enheten enhetene totalt samlet "
            // how it is measured, which the unit already says: "andel elever med X" is "elever med X" in percent
            + "andel andelen antall antallet prosent prosentandel";

    private final Map<String, Set<String>> scopes = new java.util.HashMap<>();

    private Set<String> scope(IndicatorAnalysis.GroupKey k, boolean withSector) {
        String text = SCOPE_WORDS + " " + k.municipality() + (withSector ? " " + k.sector() : "");
        return scopes.computeIfAbsent(text, this::terms);
    }

    /** The terms without the scope's; all of them when nothing else is left. */
    private static Set<String> without(Set<String> terms, Set<String> scope) {
        Set<String> out = new TreeSet<>(terms);
        out.removeAll(scope);
        return out.isEmpty() ? terms : out;
    }

    /** The name's analysed terms, each synonym group as its canonical term. */
    private Set<String> terms(String name) {
        Set<String> out = new TreeSet<>();
        for (var t : analyzer.analyze(name == null ? "" : name).terms()) {
            String term = analyzer.canonical(t.term());
            if (!term.chars().allMatch(Character::isDigit)) {
                out.add(term);
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Values further apart than this factor, read in different statements, are different quantities. */
    static final double MAGNITUDE_FACTOR = 4.0;

    /**
     * Splits a group of levels read under one name when its values fall into bands orders of
     * magnitude apart, each band read in other statements ("16 200 elever" in one report, "120
     * elever" in another): one name for two quantities. Values of one statement stay together.
     */
    static Map<IndicatorAnalysis.GroupKey, List<Observation>> splitByMagnitude(
            Map<IndicatorAnalysis.GroupKey, List<Observation>> groups, Map<IndicatorAnalysis.GroupKey, String> names) {
        Map<IndicatorAnalysis.GroupKey, List<Observation>> out = new TreeMap<>();
        for (Map.Entry<IndicatorAnalysis.GroupKey, List<Observation>> e : groups.entrySet()) {
            List<Observation> obs = new ArrayList<>(e.getValue());
            if (e.getKey().kind() != Observation.Kind.LEVEL || obs.size() < 2) {
                out.put(e.getKey(), obs);
                continue;
            }
            obs.sort(Comparator.comparingDouble((Observation o) -> Math.abs(o.value()))
                    .thenComparing(o -> o.provenance().source()).thenComparing(o -> o.provenance().statementId())
                    .thenComparingInt(o -> o.provenance().start()));
            int[] band = new int[obs.size()];
            for (int i = 1; i < obs.size(); i++) {
                double low = Math.abs(obs.get(i - 1).value());
                double high = Math.abs(obs.get(i).value());
                band[i] = band[i - 1] + (low > 0 && high > MAGNITUDE_FACTOR * low ? 1 : 0);
            }
            // a statement's values stay in one band (merge the bands it spans)
            int[] parent = new int[band[band.length - 1] + 1];
            for (int b = 0; b < parent.length; b++) {
                parent[b] = b;
            }
            Map<String, Integer> bandOfStatement = new TreeMap<>();
            for (int i = 0; i < obs.size(); i++) {
                String st = obs.get(i).provenance().source() + "\u0000" + obs.get(i).provenance().statementId();
                Integer other = bandOfStatement.putIfAbsent(st, band[i]);
                if (other != null) {
                    int a = find(parent, other);
                    int b = find(parent, band[i]);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
            Map<Integer, Integer> renumber = new TreeMap<>();
            for (int i = 0; i < obs.size(); i++) {
                int root = find(parent, band[i]);
                renumber.putIfAbsent(root, renumber.size());
                IndicatorAnalysis.GroupKey k = e.getKey().inBand(renumber.get(root));
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(obs.get(i));
                names.putIfAbsent(k, names.get(e.getKey()));
            }
        }
        // keep each group's observations in reading order
        out.replaceAll((k, v) -> {
            List<Observation> original = groups.get(k.inBand(0));
            if (original == null) {
                return v;
            }
            List<Observation> ordered = new ArrayList<>(original);
            ordered.retainAll(v);
            return ordered.size() == v.size() ? ordered : v;
        });
        return out;
    }

    /**
     * Joins to a series the values of a statement that names no quantity when they restate it: the
     * statement gives two or more years, at least one of them with the series' value for that year,
     * none with another value, and exactly one series of the municipality (same unit, levels) fits.
     * Returns the series with those values added; the values are removed from {@code unnamed}.
     */
    List<Joined> attachUnnamed(List<Joined> joined, List<UnnamedObservation> unnamed, List<Observation> observations,
                               Map<IndicatorAnalysis.GroupKey, String> names) {
        Map<String, List<Integer>> byStatement = new TreeMap<>();
        for (int i = 0; i < unnamed.size(); i++) {
            UnnamedObservation u = unnamed.get(i);
            if (u.kind() == Observation.Kind.LEVEL && !u.derived()) {
                byStatement.computeIfAbsent(u.municipality() + "\u0000" + u.source().source() + "\u0000"
                        + u.source().statementId() + "\u0000" + u.source().quote() + "\u0000" + u.unit(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        List<Joined> out = new ArrayList<>(joined);
        // The series of each municipality, in order: a value is only ever attached within its own
        // municipality, and looking through every series of the country per value was quadratic.
        Map<String, List<Integer>> seriesOf = new java.util.HashMap<>();
        for (int s = 0; s < out.size(); s++) {
            seriesOf.computeIfAbsent(out.get(s).representative().municipality(), m -> new ArrayList<>()).add(s);
        }
        java.util.Set<Integer> taken = new java.util.TreeSet<>();
        for (List<Integer> members : byStatement.values()) {
            if (members.stream().map(i -> unnamed.get(i).year()).distinct().count() < 2) {
                continue;
            }
            UnnamedObservation first = unnamed.get(members.get(0));
            int match = -1;
            List<Integer> agreeing = List.of();
            for (int s : seriesOf.getOrDefault(first.municipality(), List.of())) {
                Joined j = out.get(s);
                IndicatorAnalysis.GroupKey k = j.representative();
                if (k.unit() != first.unit()
                        || k.kind() != Observation.Kind.LEVEL
                        || !k.sector().equals(first.sector()) && (userAligned.test(k.municipality(), k.sector())
                                || userAligned.test(first.municipality(), first.sector()))) {
                    continue;
                }
                List<Integer> agree = new ArrayList<>();
                boolean disagree = false;
                for (int i : members) {
                    UnnamedObservation u = unnamed.get(i);
                    List<Observation> sameYear = j.observations().stream()
                            .filter(o -> !o.derived() && o.year() == u.year()).toList();
                    if (sameYear.isEmpty()) {
                        continue;
                    }
                    if (sameYear.stream().anyMatch(o -> IndicatorAnalysis.same(o.value(), u.value()))) {
                        agree.add(u.year());
                    } else {
                        disagree = true;
                    }
                }
                if (!disagree && !agree.isEmpty()) {
                    if (match >= 0) {
                        match = -2; // two series fit: the values say nothing
                        break;
                    }
                    match = s;
                    agreeing = agree;
                }
            }
            if (match < 0) {
                continue;
            }
            Joined j = out.get(match);
            List<Observation> all = new ArrayList<>(j.observations());
            members.forEach(i -> all.add(observations.get(i)));
            List<SeriesJoin> joins = new ArrayList<>(j.joins());
            joins.add(new SeriesJoin(first.source().quote(), first.sector(),
                    members.stream().map(i -> unnamed.get(i).year()).distinct().sorted().toList(),
                    names.get(j.representative()), j.representative().sector(), "values-agree-unnamed", 0,
                    List.of(), agreeing.stream().distinct().sorted().toList()));
            joins.sort(Comparator.comparing(SeriesJoin::sector).thenComparing(SeriesJoin::name));
            out.set(match, new Joined(j.representative(), all, joins));
            taken.addAll(members);
        }
        List<UnnamedObservation> rest = new ArrayList<>();
        for (int i = 0; i < unnamed.size(); i++) {
            if (!taken.contains(i)) {
                rest.add(unnamed.get(i));
            }
        }
        unnamed.clear();
        unnamed.addAll(rest);
        return out;
    }
}
