package no.trendspor.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.indicators.Provenance;
import no.trendspor.indicators.SeriesPoint;

/**
 * Measures the indicator series of an analysis against the gold's list of every measured number
 * ({@code indicators} of the gold files, see the gold README):
 *
 * <ul>
 *   <li><b>precision</b>: the output observations on the gold chains' documents that match a gold
 *       observation, over all output observations on those documents;</li>
 *   <li><b>recall</b>: the gold observations matched by an output observation;</li>
 *   <li><b>series kept whole</b>: gold series with observations in two or more years all of whose
 *       observations are matched, and matched by observations of ONE output series.</li>
 * </ul>
 *
 * <p>An output observation is one place a value was read (a source of a series point, or of a
 * disagreeing value of a year), in a named series or left unnamed on its statement. Values
 * computed from a stated change and level ({@code derived}) are not stated in the text, so they
 * are counted apart and left out of precision. An output observation matches a gold one when the
 * file, the year and the value agree, and the unit where the gold gives one; matching is
 * one-to-one and prefers an output observation whose quote overlaps the gold quote.
 */
public final class IndicatorEvaluation {

    private IndicatorEvaluation() {
    }

    /** One place the analysis read a value. {@code series} is null for an observation left unnamed. */
    public record OutputObservation(String series, String file, int year, double value, IndicatorUnit unit,
                                    boolean derived, String quote) {
    }

    /**
     * Figures of one chain (or the total).
     *
     * @param goldObservations  gold observations
     * @param found             gold observations matched
     * @param output            stated output observations on the chain's documents
     * @param correct           of them, the ones matching a gold observation
     * @param derived           derived output observations (not in precision)
     * @param goldSeries        gold series with two or more years
     * @param seriesWhole       of them, the ones landing whole in one output series
     */
    public record Scores(int goldObservations, int found, int output, int correct, int derived, int goldSeries,
                         int seriesWhole) {

        static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0, 0);

        public double precision() {
            return output == 0 ? 1 : (double) correct / output;
        }

        public double recall() {
            return goldObservations == 0 ? 1 : (double) found / goldObservations;
        }

        Scores plus(Scores o) {
            return new Scores(goldObservations + o.goldObservations, found + o.found, output + o.output,
                    correct + o.correct, derived + o.derived, goldSeries + o.goldSeries, seriesWhole + o.seriesWhole);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d of %d), recall %.3f (%d of %d), series kept whole "
                    + "%d of %d; derived values %d (precision counting them as output %.3f)", precision(), correct,
                    output, recall(), found, goldObservations, seriesWhole, goldSeries, derived,
                    output + derived == 0 ? 1 : (double) correct / (output + derived));
        }
    }

    /** The figures per chain, their total, and every miss and extra with its quote. */
    public record Result(Map<String, Scores> perChain, Scores total, List<String> misses, List<String> extras,
                         List<String> splitSeries) {
    }

    /** The output observations of indicator series (their points' sources and disagreeing values). */
    public static List<OutputObservation> observations(List<IndicatorSeries> series) {
        List<OutputObservation> out = new ArrayList<>();
        int n = 0;
        for (IndicatorSeries s : series) {
            String id = n++ + ": " + s.sector() + " / " + s.name();
            Set<Integer> conflictYears = new HashSet<>();
            s.conflicts().forEach(c -> conflictYears.add(c.year()));
            List<SeriesPoint> points = new ArrayList<>();
            s.points().stream().filter(p -> !conflictYears.contains(p.year())).forEach(points::add);
            s.conflicts().forEach(c -> points.addAll(c.values()));
            for (SeriesPoint p : points) {
                for (Provenance src : p.sources()) {
                    out.add(new OutputObservation(id, baseName(src.source()), p.year(), p.value(), s.unit(),
                            p.derived(), src.quote()));
                }
            }
        }
        return out;
    }

    /** The output observations of a report: its series' and its values left without a name. */
    public static List<OutputObservation> observations(no.trendspor.report.TrendReport report) {
        List<OutputObservation> out = new ArrayList<>(observations(report.indicators()));
        for (no.trendspor.indicators.UnnamedObservation u : report.unnamedObservations()) {
            out.add(new OutputObservation(null, baseName(u.source().source()), u.year(), u.value(), u.unit(),
                    u.derived(), u.source().quote()));
        }
        return out;
    }

    /** Scores the output observations against the gold. */
    public static Result evaluate(List<GoldFile> gold, List<OutputObservation> output) {
        Map<String, String> chainOfFile = new HashMap<>();
        for (GoldFile g : gold) {
            g.documents().forEach(d -> chainOfFile.putIfAbsent(d.file(), g.chain()));
        }
        Map<String, List<OutputObservation>> byChain = new HashMap<>();
        for (OutputObservation o : output) {
            String chain = chainOfFile.get(o.file());
            if (chain != null) {
                byChain.computeIfAbsent(chain, c -> new ArrayList<>()).add(o);
            }
        }
        Map<String, Scores> perChain = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        List<String> split = new ArrayList<>();
        for (GoldFile g : gold) {
            if (g.indicators() == null) {
                continue; // the file does not list its numbers: nothing to score against
            }
            List<OutputObservation> mine = byChain.getOrDefault(g.chain(), List.of());
            List<OutputObservation> stated = mine.stream().filter(o -> !o.derived()).toList();
            Set<OutputObservation> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Map<GoldFile.IndicatorObservation, OutputObservation> matchOf = new LinkedHashMap<>();
            int goldCount = 0;
            for (GoldFile.Indicator ind : g.indicators()) {
                for (GoldFile.IndicatorObservation go : ind.observations()) {
                    goldCount++;
                    IndicatorUnit unit = unit(ind.unit());
                    OutputObservation hit = stated.stream()
                            .filter(o -> !used.contains(o) && o.file().equals(go.file()) && o.year() == go.year()
                                    && Math.abs(o.value() - go.value()) < 1e-9 && (unit == null || o.unit() == unit))
                            .min(Comparator.comparing((OutputObservation o) -> !overlaps(o.quote(), go.quote())))
                            .orElse(null);
                    if (hit == null) {
                        misses.add(String.format(Locale.ROOT, "%s: %s %d %s (%s) «%s»", g.chain(), go.file(),
                                go.year(), plain(go.value()), ind.unit(), go.quote()));
                    } else {
                        used.add(hit);
                        matchOf.put(go, hit);
                    }
                }
            }
            for (OutputObservation o : stated) {
                if (!used.contains(o)) {
                    extras.add(String.format(Locale.ROOT, "%s: %s %d %s %s «%s» in series %s", g.chain(), o.file(),
                            o.year(), plain(o.value()), o.unit() == null ? "" : o.unit().label(), o.quote(),
                            o.series() == null ? "(none: unnamed)" : o.series()));
                }
            }
            int goldSeries = 0;
            int whole = 0;
            for (GoldFile.Indicator ind : g.indicators()) {
                if (ind.observations().stream().map(GoldFile.IndicatorObservation::year).distinct().count() < 2) {
                    continue;
                }
                goldSeries++;
                Set<String> seriesIds = new java.util.TreeSet<>();
                boolean all = true;
                for (GoldFile.IndicatorObservation go : ind.observations()) {
                    OutputObservation hit = matchOf.get(go);
                    if (hit == null || hit.series() == null) {
                        all = false;
                    } else {
                        seriesIds.add(hit.series());
                    }
                }
                if (all && seriesIds.size() == 1) {
                    whole++;
                } else {
                    split.add(g.chain() + ": \"" + ind.name() + "\" lands in " + (all ? seriesIds : "(not all found) "
                            + seriesIds));
                }
            }
            Scores s = new Scores(goldCount, matchOf.size(), stated.size(), used.size(),
                    mine.size() - stated.size(), goldSeries, whole);
            perChain.put(g.chain(), s);
        }
        Scores total = perChain.values().stream().reduce(Scores.ZERO, Scores::plus);
        return new Result(perChain, total, misses, extras, split);
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

    private static boolean overlaps(String outputQuote, String goldQuote) {
        String a = GoldEvaluation.collapse(outputQuote);
        String b = GoldEvaluation.collapse(goldQuote);
        return !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String baseName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
