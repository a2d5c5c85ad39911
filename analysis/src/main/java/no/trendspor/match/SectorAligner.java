package no.trendspor.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.text.AnalyzedText;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Aligns the sectors of one municipality across report years. Year by year, the sectors of the
 * new year are assigned one-to-one (Hungarian) to the sectors seen so far by the score
 * {@code ½·name + ½·content}: name similarity is the larger of the containment of the analysed
 * name terms (so "Barnehage" is inside "Oppvekst barnehage", "Grunnskoleopplæring" shares the
 * compound part "skole" with "Oppvekst skole") and the character-trigram Dice of the names;
 * content similarity is the cosine of all the sectors' statements. Same name (ignoring case)
 * always continues; a user override map decides before any score.
 *
 * <p>Thread-safe: {@link #align} keeps its per-call memo on the stack, so one aligner serves
 * several municipalities at once.
 */
final class SectorAligner {

    /** A sector of one report year: its name and the statements in it. */
    record YearSector(int year, String name, String source, List<StatementRef> statements) {
    }

    /** The result: alignments plus, for each (year, name), the aligned sector name. */
    record Result(List<SectorAlignment> alignments, Map<String, String> alignedName) {
        static String key(int year, String name) {
            return year + "\u0000" + name.toLowerCase(Locale.ROOT);
        }
    }

    private final NorwegianTextAnalyzer analyzer;
    private final StatementSimilarity similarity;
    private final double threshold;
    private final Map<String, String> overrides;

    SectorAligner(NorwegianTextAnalyzer analyzer, StatementSimilarity similarity, double threshold,
                  Map<String, String> overrides) {
        this.analyzer = analyzer;
        this.similarity = similarity;
        this.threshold = threshold;
        this.overrides = overrides;
    }

    private static final class Group {
        String overrideName;
        final List<SectorAlignment.YearName> names = new ArrayList<>();
        final List<SectorAlignment.Step> steps = new ArrayList<>();
        YearSector latest;

        String name() {
            return overrideName != null ? overrideName : latest.name();
        }
    }

    Result align(String municipality, List<YearSector> sectors) {
        // Joined sector texts of this municipality, by identity (see joined()).
        Map<YearSector, AnalyzedText> joined = new java.util.IdentityHashMap<>();
        Map<Integer, List<YearSector>> byYear = new TreeMap<>();
        for (YearSector s : sectors) {
            byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s);
        }
        List<Group> groups = new ArrayList<>();
        for (List<YearSector> current : byYear.values()) {
            List<Group> previous = new ArrayList<>(groups);
            List<YearSector> free = new ArrayList<>();
            Set<Group> usedThisYear = new java.util.HashSet<>();
            for (YearSector s : current) {
                String target = overrides.get(s.name());
                if (target == null) {
                    free.add(s);
                    continue;
                }
                Group g = previous.stream()
                        .filter(x -> target.equalsIgnoreCase(x.name()) && !usedThisYear.contains(x))
                        .findFirst().orElse(null);
                if (g == null) {
                    g = new Group();
                    groups.add(g);
                } else {
                    g.steps.add(new SectorAlignment.Step(g.latest.year(), g.latest.name(), s.year(), s.name(),
                            nameScore(g.latest.name(), s.name()), contentScore(g.latest, s, joined), 1.0, true));
                }
                g.overrideName = target;
                add(g, s);
                usedThisYear.add(g);
            }
            // Same name (ignoring case) always continues: such pairs are taken at once, with no
            // scores against the other sectors, and only the rest are weighed (cheap when names
            // agree, as they do most years). A name two open groups share is left to the weighing.
            List<YearSector> renamed = new ArrayList<>();
            for (YearSector s : free) {
                List<Group> sameName = previous.stream()
                        .filter(g -> !usedThisYear.contains(g) && g.name().equalsIgnoreCase(s.name())).toList();
                if (sameName.size() != 1) {
                    renamed.add(s);
                    continue;
                }
                Group g = sameName.get(0);
                double contentScore = contentScore(g.latest, s, joined);
                g.steps.add(new SectorAlignment.Step(g.latest.year(), g.latest.name(), s.year(), s.name(),
                        nameScore(g.name(), s.name()), contentScore, 1.0, false));
                add(g, s);
                usedThisYear.add(g);
            }
            free = renamed;
            List<Group> candidates = previous.stream().filter(g -> !usedThisYear.contains(g)).toList();
            double[][] w = new double[candidates.size()][free.size()];
            double[][] nameS = new double[candidates.size()][free.size()];
            double[][] contentS = new double[candidates.size()][free.size()];
            for (int i = 0; i < candidates.size(); i++) {
                for (int j = 0; j < free.size(); j++) {
                    YearSector last = candidates.get(i).latest;
                    nameS[i][j] = nameScore(candidates.get(i).name(), free.get(j).name());
                    contentS[i][j] = contentScore(last, free.get(j), joined);
                    boolean same = candidates.get(i).name().equalsIgnoreCase(free.get(j).name());
                    w[i][j] = same ? 1.0 : 0.5 * nameS[i][j] + 0.5 * contentS[i][j];
                }
            }
            int[] assignment = HungarianAlgorithm.maximize(w);
            boolean[] taken = new boolean[free.size()];
            for (int i = 0; i < candidates.size(); i++) {
                int j = assignment[i];
                if (j >= 0 && w[i][j] >= threshold) {
                    Group g = candidates.get(i);
                    YearSector s = free.get(j);
                    g.steps.add(new SectorAlignment.Step(g.latest.year(), g.latest.name(), s.year(), s.name(),
                            nameS[i][j], contentS[i][j], w[i][j], false));
                    add(g, s);
                    taken[j] = true;
                }
            }
            for (int j = 0; j < free.size(); j++) {
                if (!taken[j]) {
                    Group g = new Group();
                    add(g, free.get(j));
                    groups.add(g);
                }
            }
        }
        List<SectorAlignment> out = new ArrayList<>();
        Map<String, String> aligned = new LinkedHashMap<>();
        for (Group g : groups) {
            out.add(new SectorAlignment(municipality, g.name(), g.names, g.steps));
            for (SectorAlignment.YearName n : g.names) {
                aligned.put(Result.key(n.year(), n.name()), g.name());
            }
        }
        out.sort(java.util.Comparator.comparing(SectorAlignment::sector)
                .thenComparingInt(a -> a.names().get(0).year()));
        return new Result(out, aligned);
    }

    private static void add(Group g, YearSector s) {
        g.names.add(new SectorAlignment.YearName(s.year(), s.name(), s.source()));
        g.latest = s;
    }

    double nameScore(String a, String b) {
        Set<String> ta = analyzer.analyze(a).distinctTerms();
        Set<String> tb = analyzer.analyze(b).distinctTerms();
        double containment = 0;
        if (!ta.isEmpty() && !tb.isEmpty()) {
            Set<String> shared = new TreeSet<>(ta);
            shared.retainAll(tb);
            containment = (double) shared.size() / Math.min(ta.size(), tb.size());
        }
        double dice = CharTrigrams.dice(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
        return Math.max(containment, dice);
    }

    private double contentScore(YearSector a, YearSector b, Map<YearSector, AnalyzedText> memo) {
        return similarity.score(joined(a, memo), joined(b, memo));
    }

    /**
     * A sector's statements joined and analysed; memoised per sector of a year (by identity: the
     * statement list is complete before alignment starts) because each is compared with every
     * sector of the next year.
     */
    private AnalyzedText joined(YearSector s, Map<YearSector, AnalyzedText> memo) {
        return memo.computeIfAbsent(s, this::analyzeJoined);
    }

    private AnalyzedText analyzeJoined(YearSector s) {
        StringBuilder sb = new StringBuilder();
        for (StatementRef r : s.statements()) {
            sb.append(r.text()).append('\n');
        }
        return analyzer.analyze(sb.toString());
    }
}
