package no.trendspor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.match.Followup;
import no.trendspor.match.Link;
import no.trendspor.match.Occurrence;
import no.trendspor.match.PossibleLink;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.match.SectorAlignment;
import no.trendspor.match.ThemeDiff;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/** Splits a {@link TrendReport} into one {@link SectorReport} per municipality and sector. */
final class SectorReports {

    static final String UNKNOWN = no.trendspor.match.AlignedCorpus.UNKNOWN_MUNICIPALITY;

    private SectorReports() {
    }

    /** Sorted by municipality, then sector (case-insensitive, then exact, for a total order). */
    static List<SectorReport> of(TrendReport report) {
        Map<Key, SectorAlignment> alignments = new TreeMap<>();
        for (SectorAlignment a : report.challenges().sectorAlignments()) {
            alignments.putIfAbsent(Key.of(a.municipality(), a.sector()), a);
        }
        Set<Key> keys = new TreeSet<>(alignments.keySet());
        report.indicators().forEach(s -> keys.add(Key.of(s.municipality(), s.sector())));
        report.recurringChallenges().forEach(c -> keys.add(Key.of(c.municipality(), c.sector())));

        List<SectorReport> out = new ArrayList<>();
        for (Key key : keys) {
            SectorAlignment alignment = alignments.get(key);
            String municipality = alignment != null ? alignment.municipality() : key.displayMunicipality;
            String sector = alignment != null ? alignment.sector() : key.displaySector;
            List<RecurringChallenge> recurring = report.recurringChallenges().stream()
                    .filter(c -> Key.of(c.municipality(), c.sector()).equals(key)).toList();
            List<ThemeDiff> diffs = report.themeDiffs().stream()
                    .filter(d -> Key.of(d.municipality(), d.sector()).equals(key))
                    .sorted(Comparator.comparingInt(ThemeDiff::fromYear).thenComparingInt(ThemeDiff::toYear)).toList();
            List<Followup> followups = report.followups().stream()
                    .filter(f -> Key.of(f.municipality(), f.sector()).equals(key)).toList();
            List<PossibleLink> possibleLinks = report.challenges().possibleLinks().stream()
                    .filter(l -> Key.of(l.municipality(), l.sector()).equals(key)).toList();
            List<IndicatorSeries> indicators = report.indicators().stream()
                    .filter(s -> Key.of(s.municipality(), s.sector()).equals(key)).toList();
            Map<Integer, List<Statement>> challengesByYear = challengeStatements(report.documents(), alignment);
            TreeSet<Integer> years = new TreeSet<>(challengesByYear.keySet());
            recurring.forEach(c -> years.addAll(c.years()));
            List<ChallengeRow> rows = rows(recurring, challengesByYear);
            List<Integer> counts = new ArrayList<>();
            for (int year : years) {
                counts.add((int) rows.stream().filter(r -> r.marks().containsKey(year)).count());
            }
            out.add(new SectorReport(municipality, sector, List.copyOf(years), rows, diffs, followups, indicators,
                    counts, cutShortYears(report.documents(), alignment), possibleLinks));
        }
        return out;
    }

    /** The years in which a page of the aligned sector is cut short before its challenge list ends. */
    private static List<Integer> cutShortYears(List<ReportDocument> documents, SectorAlignment alignment) {
        TreeSet<Integer> years = new TreeSet<>();
        if (alignment != null) {
            for (SectorAlignment.YearName yn : alignment.names()) {
                for (ReportDocument d : documents) {
                    if (d.source().equals(yn.source()) && d.year() == yn.year() && d.sectors().stream()
                            .anyMatch(s -> s.name().equals(yn.name()) && s.challengeListCutShort())) {
                        years.add(yn.year());
                    }
                }
            }
        }
        return List.copyOf(years);
    }

    /** The challenge statements of the aligned sector in each of its report years. */
    private static Map<Integer, List<Statement>> challengeStatements(List<ReportDocument> documents,
            SectorAlignment alignment) {
        Map<Integer, List<Statement>> byYear = new TreeMap<>();
        if (alignment == null) {
            return byYear;
        }
        for (SectorAlignment.YearName yn : alignment.names()) {
            List<Statement> list = byYear.computeIfAbsent(yn.year(), y -> new ArrayList<>());
            for (ReportDocument d : documents) {
                if (!d.source().equals(yn.source()) || d.year() != yn.year()) {
                    continue;
                }
                for (Sector s : d.sectors()) {
                    if (s.name().equals(yn.name())) {
                        list.addAll(s.statements(SectionKind.CHALLENGE));
                    }
                }
            }
        }
        return byYear;
    }

    private static List<ChallengeRow> rows(List<RecurringChallenge> recurring,
            Map<Integer, List<Statement>> challengesByYear) {
        List<ChallengeRow> rows = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        Set<String> seenTexts = new HashSet<>();
        for (RecurringChallenge c : recurring) {
            Map<Integer, ChallengeMark> marks = new TreeMap<>();
            if (!c.occurrences().isEmpty()) {
                marks.put(c.occurrences().get(0).year(), ChallengeMark.FIRST);
            }
            for (Link l : c.links()) {
                marks.put(l.toYear(), ChallengeMark.of(l.explanation().relation()));
            }
            for (Occurrence o : c.occurrences()) {
                marks.putIfAbsent(o.year(), ChallengeMark.FIRST);
                seenIds.add(o.statementId());
                seenTexts.add(o.year() + " " + normalise(o.text()));
            }
            rows.add(new ChallengeRow(c.id(), c.label(), new TreeMap<>(marks), c));
        }
        // A report that prints the same sentence twice names one challenge, not two.
        for (Map.Entry<Integer, List<Statement>> e : challengesByYear.entrySet()) {
            for (Statement st : e.getValue()) {
                String textKey = e.getKey() + " " + normalise(st.text());
                if (seenIds.contains(st.id()) || !seenTexts.add(textKey)) {
                    continue;
                }
                seenIds.add(st.id());
                rows.add(new ChallengeRow(st.id(), ReportText.label(st.text()),
                        new TreeMap<>(Map.of(e.getKey(), ChallengeMark.FIRST)), null));
            }
        }
        return rows;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Municipality and sector compared case-insensitively; "" and null mean unknown. */
    private static final class Key implements Comparable<Key> {
        final String municipality;
        final String sector;
        final String displayMunicipality;
        final String displaySector;

        private Key(String municipality, String sector) {
            this.displayMunicipality = municipality == null || municipality.isBlank() ? UNKNOWN : municipality;
            this.displaySector = sector == null ? "" : sector;
            this.municipality = displayMunicipality.toLowerCase(Locale.ROOT);
            this.sector = displaySector.toLowerCase(Locale.ROOT);
        }

        static Key of(String municipality, String sector) {
            return new Key(municipality, sector);
        }

        @Override
        public int compareTo(Key o) {
            int c = municipality.compareTo(o.municipality);
            return c != 0 ? c : sector.compareTo(o.sector);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.municipality.equals(municipality) && k.sector.equals(sector);
        }

        @Override
        public int hashCode() {
            return municipality.hashCode() * 31 + sector.hashCode();
        }
    }
}
