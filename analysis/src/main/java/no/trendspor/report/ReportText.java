package no.trendspor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.trendspor.indicators.Conflict;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.indicators.IndicatorUnit;
import no.trendspor.indicators.Provenance;
import no.trendspor.indicators.SeriesPoint;
import no.trendspor.match.Explanation;
import no.trendspor.match.Relation;
import no.trendspor.match.ThemeDiff;
import no.trendspor.stats.TrendStatistics;

/**
 * The sentences and phrases the Markdown and HTML reports share, as plain (unescaped) text, so
 * that both formats say exactly the same thing. Callers escape for their format.
 */
final class ReportText {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final int LABEL_LENGTH = 90;

    private ReportText() {
    }

    /** A label for a statement: its text cut at a word boundary after at most 90 characters. */
    static String label(String text) {
        String t = SPACES.matcher(text).replaceAll(" ").strip();
        if (t.length() <= LABEL_LENGTH) {
            return t;
        }
        int cut = t.lastIndexOf(' ', LABEL_LENGTH);
        return t.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH).strip() + "…";
    }

    static String summary(SectorReport s) {
        StringBuilder sb = new StringBuilder();
        boolean noChallenges = !s.years().isEmpty() && s.challengesPerYear().stream().allMatch(n -> n == 0);
        if (noChallenges) {
            // pages without a challenges section: "0 of 0 challenges ... 0 new" would say nothing;
            // and where the source is cut short, the section may be missing, not absent
            List<Integer> cut = s.cutShortYears();
            sb.append(cut.isEmpty() ? "no challenges stated in " : "no challenges read in ")
                    .append(s.years().size() == 1 ? "its report year " : "its report years ").append(yearList(s.years()));
            if (!cut.isEmpty()) {
                sb.append(" (the source is cut short before the end of the challenge list in ").append(yearList(cut))
                        .append(")");
            }
        } else if (!s.themeDiffs().isEmpty()) {
            ThemeDiff d = s.themeDiffs().get(s.themeDiffs().size() - 1);
            int total = d.persisting().size() + d.newChallenges().size() + d.unconfirmedNew().size()
                    + d.returning().size();
            sb.append(d.persisting().size()).append(" of ").append(plural(total, "challenge")).append(" in ")
                    .append(d.toYear()).append(d.persisting().size() == 1 ? " was" : " were")
                    .append(" already named in ").append(d.fromYear()).append("; ")
                    .append(d.newChallenges().size()).append(" new, ").append(d.dropped().size()).append(" dropped");
            // a cut-short list is no evidence of new or dropped challenges: counted apart
            if (!d.unconfirmedNew().isEmpty()) {
                sb.append(", ").append(d.unconfirmedNew().size()).append(" not found in ").append(d.fromYear())
                        .append("'s cut-short list");
            }
            if (!d.unconfirmedDropped().isEmpty()) {
                sb.append(", ").append(d.unconfirmedDropped().size()).append(" not seen in ").append(d.toYear())
                        .append("'s cut-short list");
            }
            if (!d.returning().isEmpty()) {
                sb.append(", ").append(d.returning().size()).append(" returning");
            }
            if (!d.reversed().isEmpty()) {
                sb.append("; ").append(d.reversed().size()).append(" reversed direction");
            }
            int recurring = s.recurringChallenges().size();
            if (s.themeDiffs().size() > 1) {
                sb.append("; ").append(plural(recurring, "challenge")).append(" recur across ")
                        .append(s.years().size()).append(" report years");
            }
        } else if (s.years().size() == 1) {
            sb.append("one report year (").append(s.years().get(0)).append("), ")
                    .append(plural(s.challengesPerYear().get(0), "challenge")).append("; nothing to compare yet");
        } else if (s.years().isEmpty()) {
            sb.append("no challenges read");
        } else {
            sb.append(plural(s.recurringChallenges().size(), "recurring challenge")).append(" in years ")
                    .append(s.years());
        }
        long trends = s.indicators().stream().filter(i -> i.points().size() >= 2).count();
        long conflicts = s.indicators().stream().mapToLong(i -> i.conflicts().size()).sum();
        if (!s.indicators().isEmpty()) {
            sb.append("; ").append(plural(s.indicators().size(), "indicator"));
            if (trends > 0) {
                sb.append(" (").append(trends).append(" with two or more years)");
            }
        }
        if (conflicts > 0) {
            sb.append("; ").append(plural((int) conflicts, "conflicting figure"));
        }
        return sb.toString();
    }

    /**
     * The note on a later year's cut-short challenge list, e.g. "2019's challenge list is cut short
     * in the source: 2 challenges of 2018 not seen there (not counted as dropped)"; {@code null}
     * when the list is complete.
     */
    static String unconfirmedDropped(ThemeDiff d) {
        if (!d.toListCutShort()) {
            return null;
        }
        return d.toYear() + "'s challenge list is cut short in the source: "
                + plural(d.unconfirmedDropped().size(), "challenge") + " of " + d.fromYear()
                + " not seen there (not counted as dropped)";
    }

    /**
     * The note on an earlier year's cut-short challenge list, e.g. "2018's challenge list is cut
     * short in the source: 1 challenge of 2019 not found there (not counted as new)"; {@code null}
     * when the list is complete.
     */
    static String unconfirmedNew(ThemeDiff d) {
        if (!d.fromListCutShort()) {
            return null;
        }
        return d.fromYear() + "'s challenge list is cut short in the source: "
                + plural(d.unconfirmedNew().size(), "challenge") + " of " + d.toYear()
                + " not found there (not counted as new)";
    }

    /** "2018", "2018 and 2019", "2018, 2019 and 2020". */
    static String yearList(List<Integer> years) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            sb.append(i == 0 ? "" : i == years.size() - 1 ? " and " : ", ").append(years.get(i));
        }
        return sb.toString();
    }

    static String plural(int n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    /** How a relation reads in prose. */
    static String relation(Relation r) {
        return ChallengeMark.of(r).meaning();
    }

    /**
     * Why two statements were linked, e.g. "reworded, score 0.51; shared words: a, b; synonyms:
     * x ↔ y"; for a reversal also the directions.
     */
    static String explanation(Explanation e) {
        StringBuilder sb = new StringBuilder(relation(e.relation())).append(", score ")
                .append(Numbers.format(e.score()));
        if (e.relation() == Relation.DIRECTION_REVERSED) {
            sb.append(" (").append(lower(e.directionBefore())).append(" → ").append(lower(e.directionAfter()))
                    .append(')');
        }
        list(sb, "shared words", e.sharedWords());
        list(sb, "compound parts", e.sharedCompoundParts());
        list(sb, "synonyms", e.synonymsUsed());
        list(sb, "spelling variants", e.fuzzyMatches());
        return sb.toString();
    }

    /**
     * Why a possible link was proposed: its score, what the two statements share, and the words
     * only one of them uses.
     */
    static String possibleLink(no.trendspor.match.PossibleLink p) {
        Explanation e = p.explanation();
        StringBuilder sb = new StringBuilder("score ").append(Numbers.format(p.score()));
        list(sb, "shared words", e.sharedWords());
        list(sb, "compound parts", e.sharedCompoundParts());
        list(sb, "synonyms", e.synonymsUsed());
        list(sb, "spelling variants", e.fuzzyMatches());
        list(sb, "only " + p.fromYear(), p.onlyFrom());
        list(sb, "only " + p.toYear(), p.onlyTo());
        return sb.toString();
    }

    /**
     * The word knowledge used, e.g. "Word knowledge: Hunspell /usr/share/hunspell/nb_NO.aff; thesaurus
     * ...; public-sector equivalences; 2 equivalences of the analyst", or null when none was used.
     */
    static String wordKnowledge(no.trendspor.text.WordKnowledgeUse u) {
        List<String> parts = new ArrayList<>();
        if (u.hunspell() != null) {
            parts.add("Hunspell " + u.hunspell());
        }
        if (u.thesaurus() != null) {
            parts.add("thesaurus " + u.thesaurus());
        }
        if (u.publicSectorList()) {
            parts.add("public-sector equivalences");
        }
        if (u.analystEquivalences() > 0) {
            parts.add(plural(u.analystEquivalences(), "equivalence") + " of the analyst");
        }
        return parts.isEmpty() ? null : "Word knowledge: " + String.join("; ", parts);
    }

    /** "3 decisions: 2 applied, 1 matching no statement". */
    static String decisions(List<no.trendspor.match.DecisionOutcome> outcomes) {
        long applied = outcomes.stream().filter(o -> o.status().equals(no.trendspor.match.DecisionOutcome.APPLIED))
                .count();
        long unmatched = outcomes.stream()
                .filter(o -> o.status().equals(no.trendspor.match.DecisionOutcome.UNMATCHED)).count();
        long other = outcomes.size() - applied - unmatched;
        StringBuilder sb = new StringBuilder(plural(outcomes.size(), "decision")).append(": ").append(applied)
                .append(" applied");
        if (unmatched > 0) {
            sb.append(", ").append(unmatched).append(" matching no statement of these reports");
        }
        if (other > 0) {
            sb.append(", ").append(other).append(" not applied");
        }
        return sb.toString();
    }

    /** One decision with what became of it, e.g. "applied (line 3): confirm ... -> ...". */
    static String decision(no.trendspor.match.DecisionOutcome d) {
        String status = switch (d.status()) {
            case no.trendspor.match.DecisionOutcome.UNMATCHED -> "matches no statement";
            case no.trendspor.match.DecisionOutcome.NOT_APPLIED -> "not applied";
            default -> d.status();
        };
        return status + (d.line() > 0 ? " (line " + d.line() + ")" : "") + ": " + d.decision()
                + (d.note().isEmpty() ? "" : " — " + d.note());
    }

    /** How many possible links a sector section lists; the JSON report has them all. */
    static final int POSSIBLE_LINKS_SHOWN = 8;

    private static void list(StringBuilder sb, String name, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("; ").append(name).append(": ").append(String.join(", ", items));
        }
    }

    private static String lower(Enum<?> e) {
        return e == null ? "?" : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The unit as a short suffix for values ("%", "pp", "NOK", nothing for counts). */
    static String unitSuffix(IndicatorUnit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> " %";
            case PERCENTAGE_POINTS -> " pp";
            case MONEY -> " NOK";
            case COUNT, OTHER -> "";
        };
    }

    /** The last value and its year, e.g. "6.5 % (2021)"; "" for a series without numbers. */
    static String lastValue(IndicatorSeries s) {
        if (s.points().isEmpty()) {
            return "";
        }
        SeriesPoint p = s.points().get(s.points().size() - 1);
        return Numbers.format(p.value()) + unitSuffix(s.unit()) + " (" + p.year() + (p.derived() ? ", derived" : "")
                + ")";
    }

    /** The change from the first to the last point, e.g. "-2.5 pp since 2015" or "+3 (+50 %) since 2017". */
    static String change(IndicatorSeries s) {
        TrendStatistics t = s.trend();
        if (t == null || t.points() < 2) {
            return "";
        }
        String abs = Numbers.signed(t.absoluteChange());
        String text;
        if (t.percentagePointChange() != null) {
            text = abs + " pp";
        } else if (t.relativeChange() != null) {
            text = abs + unitSuffix(s.unit()) + " (" + Numbers.signed(100 * t.relativeChange()) + " %)";
        } else {
            text = abs + unitSuffix(s.unit());
        }
        return text + " since " + t.firstYear();
    }

    /**
     * The trend and how sure it is: a significant direction with its Mann–Kendall p, "no clear
     * trend", or "too few points"; a series with words only gives the stated directions.
     */
    static String trend(IndicatorSeries s) {
        TrendStatistics t = s.trend();
        String stated = stated(s);
        if (t == null) {
            String base = s.points().isEmpty() ? "no numbers" : "one observation";
            return stated.isEmpty() ? base : base + "; stated: " + stated;
        }
        String p = t.mannKendall() == null ? "" : "Mann–Kendall p " + Numbers.format(t.mannKendall().pValue()) + ", ";
        String level = Numbers.format(100 * t.significanceLevel()) + " %";
        String slope = Double.isFinite(t.theilSenSlope())
                ? "; Theil–Sen " + Numbers.signed(t.theilSenSlope()) + unitSuffix(s.unit()) + " per year" : "";
        String text = switch (t.direction()) {
            case UP -> "↑ rising, significant at " + level + " (" + p + t.points() + " points)" + slope;
            case DOWN -> "↓ falling, significant at " + level + " (" + p + t.points() + " points)" + slope;
            case FLAT -> "→ no clear trend (" + p + t.points() + " points)" + slope;
            case INSUFFICIENT -> "? too few points to test (" + t.points() + "); " + lower(t.statedChange());
        };
        return stated.isEmpty() ? text : text + "; stated: " + stated;
    }

    /** Directions stated in words, e.g. "2018 up, 2020 down". */
    static String stated(IndicatorSeries s) {
        return s.qualitative().stream().map(q -> q.year() + " " + lower(q.direction()))
                .distinct().collect(Collectors.joining(", "));
    }

    /** Conflicting figures, e.g. "2019: 12 (a.txt) vs 13 (b.txt)"; "" when the reports agree. */
    static String conflicts(IndicatorSeries s) {
        List<String> parts = new ArrayList<>();
        for (Conflict c : s.conflicts()) {
            parts.add(c.year() + ": " + c.values().stream()
                    .map(v -> Numbers.format(v.value()) + " (" + v.sources().stream().map(Provenance::source)
                            .distinct().collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(" vs ")));
        }
        return String.join("; ", parts);
    }

    /** The observations, e.g. "2019: 8.1, 2021: 6.5". */
    static String observations(IndicatorSeries s) {
        return s.points().stream().map(p -> p.year() + ": " + Numbers.format(p.value()) + (p.derived() ? "*" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The unit label ("percent", "count", ...), or "" for a series of stated directions. */
    static String unit(IndicatorSeries s) {
        return s.unit() == null ? "" : s.unit().label();
    }

    /** "N table series; M matched to an indicator the reports state, K of them disagreeing beyond rounding". */
    static String keyFigures(KeyFigures k) {
        return k.tables().size() + " table series; " + k.comparisons().size()
                + " matched to an indicator the reports state, " + k.disagreements().size()
                + " of them disagreeing beyond rounding";
    }

    /**
     * One sentence per join of a series: what was read under another name or sector and why it is
     * the same quantity ("'andel elever som får spesialundervisning' (Skole, 2016–2017) joins
     * 'andelen elever med spesialundervisning': same value in 2016").
     */
    static List<String> joins(IndicatorSeries s) {
        List<String> out = new ArrayList<>();
        for (no.trendspor.indicators.SeriesJoin j : s.joins()) {
            String years = j.years().isEmpty() ? "" : ", " + j.years().get(0)
                    + (j.years().size() > 1 ? "–" + j.years().get(j.years().size() - 1) : "");
            String why = switch (j.reason()) {
                case "values-agree", "values-agree-unnamed" -> "same value in " + j.agreeingYears().stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                case "similar-name" -> "nearly the same name in the same sector";
                default -> "same name in a sector reported in other years";
            };
            out.add("«" + j.name() + "» (" + j.sector() + years + ") joins «" + s.name() + "»: " + why);
        }
        return out;
    }

    /** A table series' values by year, SSB's symbol where a year has none ("2019: 92.3, 2020: .."). */
    static String tableObservations(no.trendspor.keyfigures.TableSeries t) {
        return t.points().stream().map(p -> p.year() + ": " + (p.value() != null ? Numbers.format(p.value())
                : p.symbol() != null ? p.symbol() : "–") + (p.conflict() ? " ⚠" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The unit of a table series as given or inferred ("percent", "NOK", ...), or "". */
    static String tableUnit(no.trendspor.keyfigures.TableSeries t) {
        if (t.unit() != null) {
            return t.unit();
        }
        IndicatorUnit u = KeyFigureTrends.unit(t);
        return u == null ? "" : u.label() + " (inferred)";
    }

    /** The trend of a table series, in the words used for the prose's series. */
    static String tableTrend(no.trendspor.keyfigures.TableSeries series) {
        TrendStatistics t = KeyFigureTrends.trend(series);
        if (t == null) {
            return series.values().isEmpty() ? "no numbers" : "one value";
        }
        IndicatorUnit unit = KeyFigureTrends.unit(series);
        String p = t.mannKendall() == null ? "" : "Mann–Kendall p " + Numbers.format(t.mannKendall().pValue()) + ", ";
        String level = Numbers.format(100 * t.significanceLevel()) + " %";
        String slope = Double.isFinite(t.theilSenSlope())
                ? "; Theil–Sen " + Numbers.signed(t.theilSenSlope()) + unitSuffix(unit) + " per year" : "";
        return switch (t.direction()) {
            case UP -> "↑ rising, significant at " + level + " (" + p + t.points() + " points)" + slope;
            case DOWN -> "↓ falling, significant at " + level + " (" + p + t.points() + " points)" + slope;
            case FLAT -> "→ no clear trend (" + p + t.points() + " points)" + slope;
            case INSUFFICIENT -> "? too few points to test (" + t.points() + "); " + lower(t.statedChange());
        };
    }
}
