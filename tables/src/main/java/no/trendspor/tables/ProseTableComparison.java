package no.trendspor.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.keyfigures.TableUnits;
import no.trendspor.text.NorwegianTextAnalyzer;

/**
 * Puts indicator series extracted from the report prose next to key-figure table series of the
 * same municipality and indicator, so an analyst sees both and where they disagree.
 *
 * <p>Two series are paired when the municipality names agree, the units are compatible (the
 * table's unit inferred from its unit column, its label and its values by {@link TableUnits}, so a
 * table without a unit column still pairs) and the
 * indicator names share at least {@link #MIN_NAME_SIMILARITY} of their analysed terms (the same
 * Norwegian analysis the challenge matching uses, so inflections and compounds line up). Values
 * agree when they differ by no more than rounding to the precision the prose states them with
 * (half a unit in the last written decimal, at least 0.05).
 */
public final class ProseTableComparison {

    /** Least share of analysed name terms in common (Dice coefficient) for a pairing. */
    public static final double MIN_NAME_SIMILARITY = 0.5;

    private final NorwegianTextAnalyzer analyzer;

    /** A comparison whose names are analysed with the default chain. */
    public ProseTableComparison() {
        this(new NorwegianTextAnalyzer());
    }

    /** A comparison whose names are analysed with this chain (the analysis options' stemmer). */
    public ProseTableComparison(NorwegianTextAnalyzer analyzer) {
        this.analyzer = java.util.Objects.requireNonNull(analyzer, "analyzer");
    }

    /** Pairs every prose series with the table series that measure the same thing. */
    public List<SideBySide> compare(List<IndicatorSeries> prose, List<TableSeries> tables) {
        List<SideBySide> out = new ArrayList<>();
        for (IndicatorSeries p : prose) {
            if (p.points().isEmpty() || p.municipality() == null
                    || p.municipality().equals(no.trendspor.match.AlignedCorpus.UNKNOWN_MUNICIPALITY)) {
                continue;
            }
            Set<String> proseTerms = terms(p.name());
            for (TableSeries t : tables) {
                if (!sameMunicipality(p.municipality(), t.municipalityName()) || !compatible(p.unit(), TableUnits.of(t))) {
                    continue;
                }
                double similarity = dice(proseTerms, terms(t.indicator()));
                if (similarity < MIN_NAME_SIMILARITY) {
                    continue;
                }
                List<SideBySide.YearPair> years = new ArrayList<>();
                for (SeriesPoint point : p.points()) {
                    Double tableValue = t.values().get(point.year());
                    if (tableValue != null) {
                        years.add(new SideBySide.YearPair(point.year(), point.value(), tableValue,
                                agree(point.value(), tableValue)));
                    }
                }
                if (!years.isEmpty()) {
                    out.add(new SideBySide(p.municipality(), p.sector(), p.name(), t.indicator(), sourceOf(t),
                            similarity, years, years.stream().anyMatch(y -> !y.agree())));
                }
            }
        }
        out.sort(Comparator.comparing(SideBySide::municipality).thenComparing(SideBySide::sector)
                .thenComparing(SideBySide::proseIndicator).thenComparing(SideBySide::tableIndicator)
                .thenComparing(SideBySide::tableSource));
        return List.copyOf(out);
    }

    static boolean agree(double prose, double table) {
        double tolerance = Math.max(0.05, halfUnitOfLastDecimal(prose));
        return Math.abs(prose - table) <= tolerance + 1e-9;
    }

    // 7.2 is written with one decimal, so a table's 7.24 rounds to it: half a unit is 0.05. A round
    // count such as 16 200 is rounded to its last non-zero digit: half a hundred.
    private static double halfUnitOfLastDecimal(double v) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
        return 0.5 * Math.pow(10, -d.scale());
    }

    private Set<String> terms(String name) {
        return new HashSet<>(analyzer.analyze(name).distinctTerms());
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static boolean sameMunicipality(String prose, String table) {
        return table != null && fold(prose).equals(fold(table));
    }

    private static String fold(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
        // A trailing " kommune" / " fylkeskommune" cut from the end (the regex \s+(kommune|...)$
        // searched from every space of a long run, quadratically; names come from table cells).
        for (String suffix : new String[] {"fylkeskommune", "kommune"}) {
            if (n.endsWith(suffix)) {
                int cut = n.length() - suffix.length();
                int start = cut;
                while (start > 0 && " \t\n\u000B\f\r".indexOf(n.charAt(start - 1)) >= 0) {
                    start--;
                }
                if (start < cut) {
                    return n.substring(0, start);
                }
            }
        }
        return n;
    }

    // The table's unit as its unit column, label or values say (TableUnits): a share is only
    // compared with a share, money with money; a table whose unit nothing says counts as a count.
    private static boolean compatible(IndicatorUnit proseUnit, IndicatorUnit tableUnit) {
        if (proseUnit == null) {
            return true;
        }
        return switch (proseUnit) {
            case PERCENT -> tableUnit == IndicatorUnit.PERCENT;
            case MONEY -> tableUnit == IndicatorUnit.MONEY;
            case COUNT -> tableUnit == null || tableUnit == IndicatorUnit.COUNT;
            case PERCENTAGE_POINTS, OTHER -> true;
        };
    }

    private static String sourceOf(TableSeries t) {
        return t.points().stream().flatMap(p -> p.observations().stream()).map(TableObservation::source)
                .findFirst().orElse("");
    }
}
