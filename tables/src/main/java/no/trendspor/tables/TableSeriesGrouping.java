package no.trendspor.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.keyfigures.TableObservation;
import no.trendspor.keyfigures.TablePoint;
import no.trendspor.keyfigures.TableSeries;

/**
 * Groups key-figure observations into {@link TableSeries}, one per municipality identity,
 * indicator and unit, joined across renumbering with a {@link MunicipalityRegistry}.
 */
public final class TableSeriesGrouping {

    private static final Comparator<TableObservation> SOURCE_ORDER =
            Comparator.comparing(TableObservation::source).thenComparingInt(TableObservation::row)
                    .thenComparing(TableObservation::indicator);

    private TableSeriesGrouping() {
    }

    /**
     * Groups observations into series per municipality identity, indicator and unit. Observations
     * without a unit join the series of the one unit their indicator has, when there is exactly one.
     * Equal values for a year (from several files or from old and new numbers) are one point;
     * different values are a conflict. Output sorted by code, indicator, unit.
     */
    public static List<TableSeries> group(Collection<TableObservation> observations, MunicipalityRegistry registry) {
        // identity + indicator -> units seen, to fold unit-less rows into the single known unit
        Map<String, TreeSet<String>> unitsByIndicator = new TreeMap<>();
        List<Resolved> resolved = new ArrayList<>();
        for (TableObservation o : observations.stream().sorted(SOURCE_ORDER).toList()) {
            Resolved r = new Resolved(o, registry.canonical(o.municipalityCode(), o.year()));
            resolved.add(r);
            TreeSet<String> units = unitsByIndicator.computeIfAbsent(r.identityKey() + "\u0000" + o.indicator(),
                    k -> new TreeSet<>());
            if (o.unit() != null) {
                units.add(o.unit());
            }
        }
        Map<List<String>, List<Resolved>> groups = new TreeMap<>(TableSeriesGrouping::compareKeys);
        for (Resolved r : resolved) {
            String unit = r.observation().unit();
            if (unit == null) {
                TreeSet<String> units = unitsByIndicator.get(r.identityKey() + "\u0000" + r.observation().indicator());
                unit = units.size() == 1 ? units.first() : null;
            }
            List<String> key = new ArrayList<>();
            key.add(r.identityKey());
            key.add(r.observation().indicator());
            key.add(unit);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<TableSeries> out = new ArrayList<>();
        for (Map.Entry<List<String>, List<Resolved>> e : groups.entrySet()) {
            out.add(build(e.getKey().get(1), e.getKey().get(2), e.getValue(), registry));
        }
        return List.copyOf(out);
    }

    private record Resolved(TableObservation observation, CanonicalMunicipality identity) {
        String code() {
            return identity.code();
        }

        String identityKey() {
            return identity.code() != null ? "code:" + identity.code()
                    : "name:" + Objects.toString(observation.municipalityName(), "");
        }
    }

    private static int compareKeys(List<String> a, List<String> b) {
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        for (int i = 0; i < a.size(); i++) {
            int c = nullsLast.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static TableSeries build(String indicator, String unit, List<Resolved> members,
            MunicipalityRegistry registry) {
        Resolved first = members.get(0);
        String code = first.code();
        String name = first.identity().name();
        if (name == null) {
            // The newest name the tables gave (latest year, then source order).
            name = members.stream()
                    .filter(r -> r.observation().municipalityName() != null)
                    .max(Comparator.comparingInt((Resolved r) -> r.observation().year())
                            .thenComparing(r -> r.observation(), SOURCE_ORDER.reversed()))
                    .map(r -> r.observation().municipalityName()).orElse(null);
        }
        List<TableObservation> excluded = new ArrayList<>();
        Map<Integer, List<Resolved>> byYear = new TreeMap<>();
        for (Resolved r : members) {
            if (r.identity().merged()) {
                excluded.add(r.observation());
            } else {
                byYear.computeIfAbsent(r.observation().year(), y -> new ArrayList<>()).add(r);
            }
        }
        List<TablePoint> points = new ArrayList<>();
        for (Map.Entry<Integer, List<Resolved>> e : byYear.entrySet()) {
            points.add(point(e.getKey(), e.getValue()));
        }
        List<Integer> territory = code == null ? List.of() : registry.territoryChanges(code);
        return new TableSeries(code, name, indicator, unit, points, territory, excluded);
    }

    private static TablePoint point(int year, List<Resolved> candidates) {
        // Newest number first (fewest renumbering steps to the identity), then source order.
        List<Resolved> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Resolved r) -> r.identity().path().size())
                .thenComparing(Resolved::observation, SOURCE_ORDER));
        List<Resolved> present = ordered.stream().filter(r -> r.observation().value() != null).toList();
        // With no value, the symbol that says why is kept: an old or new number's "." (the code did
        // not exist that year) must not hide another number's ".." or ":" for the same year.
        Resolved chosen = !present.isEmpty() ? present.get(0)
                : ordered.stream().filter(r -> !SsbSymbol.NOT_APPLICABLE.text().equals(r.observation().symbol()))
                        .findFirst().orElse(ordered.get(0));
        boolean conflict = present.stream().anyMatch(r -> !same(r.observation().value(), chosen.observation().value()));
        Map<TableObservation, Boolean> all = new LinkedHashMap<>();
        all.put(chosen.observation(), true);
        ordered.forEach(r -> all.putIfAbsent(r.observation(), true));
        String symbol = chosen.observation().symbol();
        return new TablePoint(year, chosen.observation().value(), symbol, conflict, List.copyOf(all.keySet()));
    }

    /** Equal up to rounding noise (tables round differently; 1e-9 relative is identity, not closeness). */
    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
