package no.trendspor.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.trendspor.indicators.IndicatorSeries;
import no.trendspor.match.Followup;
import no.trendspor.match.KeyTerm;
import no.trendspor.match.Link;
import no.trendspor.match.Occurrence;
import no.trendspor.match.PersistingChallenge;
import no.trendspor.match.PossibleLink;
import no.trendspor.match.ThemeDiff;
import no.trendspor.model.ReportDocument;
import no.trendspor.keyfigures.SideBySide;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Writes a {@link TrendReport} as GitHub-flavoured Markdown: a summary, then per municipality and
 * sector the year-by-challenge table with explanations, the changes between consecutive years,
 * follow-ups and indicators, and at the end every document's statements (collapsed). Every text
 * from the input goes through {@link MarkdownText#escape}; the output is deterministic.
 */
final class MarkdownReportWriter {

    /** How many rising and how many falling key terms to show per year pair. */
    static final int KEY_TERMS = 8;

    private MarkdownReportWriter() {
    }

    static String write(TrendReport report) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(report, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Text collected before it is written out: a national report's Markdown is hundreds of MB. */
    static final int SPILL_AT = 1 << 16;

    /**
     * Streams the report to {@code out} a part at a time (a sector, some documents), the same text
     * as {@link #write(TrendReport)}. Does not close {@code out}.
     */
    static void write(TrendReport report, java.io.Writer out) throws java.io.IOException {
        StringBuilder md = new StringBuilder();
        Spill spill = () -> {
            if (md.length() >= SPILL_AT) {
                try {
                    out.append(md);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                md.setLength(0);
            }
        };
        try {
            write(report, md, spill);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.append(md);
        out.flush();
    }

    /** Writes out what has been collected once it is large. */
    @FunctionalInterface
    private interface Spill {
        void now();
    }

    private static void write(TrendReport report, StringBuilder md, Spill spill) {
        List<SectorReport> sectors = report.sectorReports();
        md.append("# Trendspor report\n\n");
        md.append(report.documents().size()).append(" documents, report years ")
                .append(report.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(", ").append(ReportText.plural(sectors.size(), "sector")).append(".\n\n");
        String knowledge = ReportText.wordKnowledge(report.challenges().wordKnowledge());
        if (knowledge != null) {
            md.append(esc(knowledge)).append(".\n\n");
        }
        md.append("## Summary\n\n");
        for (SectorReport s : sectors) {
            md.append("- **").append(esc(s.title())).append("**: ").append(esc(s.summary())).append(".\n");
        }
        md.append('\n');
        decisions(md, report.challenges().decisions());
        documents(md, report, spill);
        for (SectorReport s : sectors) {
            sector(md, s);
            spill.now();
        }
        keyFigures(md, report.keyFigures());
        statements(md, report, spill);
    }

    private static void decisions(StringBuilder md, List<no.trendspor.match.DecisionOutcome> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        md.append("## Analyst decisions\n\n").append(esc(ReportText.decisions(decisions))).append(".\n\n");
        for (no.trendspor.match.DecisionOutcome d : decisions) {
            md.append("- ").append(esc(ReportText.decision(d))).append('\n');
        }
        md.append('\n');
    }

    private static void keyFigures(StringBuilder md, KeyFigures keyFigures) {
        if (keyFigures.tables().isEmpty()) {
            return;
        }
        md.append("## Key-figure tables beside the prose\n\n");
        md.append(esc(ReportText.keyFigures(keyFigures))).append(".\n\n");
        for (no.trendspor.keyfigures.TableWarning w : keyFigures.warnings()) {
            md.append("- ⚠ ").append(esc(w.toString())).append('\n');
        }
        if (!keyFigures.warnings().isEmpty()) {
            md.append('\n');
        }
        tableSeries(md, keyFigures);
        if (keyFigures.comparisons().isEmpty()) {
            return;
        }
        md.append("| municipality | sector | indicator (prose) | indicator (table) | year | prose | table | |\n");
        md.append("| --- | --- | --- | --- | ---: | ---: | ---: | --- |\n");
        for (SideBySide c : keyFigures.comparisons()) {
            for (SideBySide.YearPair y : c.years()) {
                row(md, esc(c.municipality()), esc(c.sector()), esc(c.proseIndicator()), esc(c.tableIndicator()),
                        String.valueOf(y.year()), Numbers.format(y.prose()), Numbers.format(y.table()),
                        y.agree() ? "agree" : "⚠ disagree");
            }
        }
        md.append('\n');
    }

    /** Each table series with its values and its own trend. */
    private static void tableSeries(StringBuilder md, KeyFigures keyFigures) {
        md.append("### Table series\n\n");
        md.append("| municipality | indicator | unit | values | trend |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (no.trendspor.keyfigures.TableSeries t : keyFigures.tables()) {
            row(md, esc(t.municipalityName() == null ? "" : t.municipalityName()), esc(t.indicator()),
                    esc(ReportText.tableUnit(t)), esc(ReportText.tableObservations(t)), esc(ReportText.tableTrend(t)));
        }
        md.append('\n');
        if (!keyFigures.comparisons().isEmpty()) {
            md.append("### Prose and tables side by side\n\n");
        }
    }

    private static void documents(StringBuilder md, TrendReport report, Spill spill) {
        md.append("## Documents\n\n");
        md.append("| source | year | municipality | sectors | statements | unclassified | warnings |\n");
        md.append("| --- | ---: | --- | --- | ---: | ---: | ---: |\n");
        for (ReportDocument d : report.documents()) {
            row(md, esc(d.source()), String.valueOf(d.year()), esc(no.trendspor.match.AlignedCorpus.municipality(d)),
                    esc(d.sectors().stream().map(Sector::name).collect(Collectors.joining(", "))),
                    String.valueOf(d.statements().size()), String.valueOf(d.unclassified().size()),
                    String.valueOf(d.warnings().size()));
            spill.now();
        }
        md.append('\n');
    }

    private static void sector(StringBuilder md, SectorReport s) {
        md.append("## ").append(esc(s.title())).append("\n\n");
        md.append("Report years: ").append(s.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(". ").append(esc(capitalise(s.summary()))).append(".\n\n");
        challengeTable(md, s);
        explanations(md, s);
        for (ThemeDiff d : s.themeDiffs()) {
            diff(md, d);
        }
        followups(md, s.followups());
        possibleLinks(md, s.possibleLinks());
        indicators(md, s.indicators());
    }

    private static void challengeTable(StringBuilder md, SectorReport s) {
        if (s.challenges().isEmpty()) {
            return;
        }
        md.append("### Challenges by year\n\n");
        md.append("| # | challenge |");
        s.years().forEach(y -> md.append(' ').append(y).append(" |"));
        md.append("\n| ---: | --- |");
        s.years().forEach(y -> md.append(" :---: |"));
        md.append('\n');
        List<Integer> cut = s.cutShortYears();
        int n = 0;
        for (ChallengeRow row : s.challenges()) {
            n++;
            md.append("| ").append(n).append(" | ").append(row.isRecurring() ? "**" + esc(row.label()) + "**"
                    : esc(row.label())).append(" |");
            for (int year : s.years()) {
                ChallengeMark mark = row.marks().get(year);
                md.append(' ').append(mark != null ? mark.symbol() : cut.contains(year) ? UNKNOWN : "").append(" |");
            }
            md.append('\n');
        }
        md.append('\n').append(legend(!cut.isEmpty())).append(" Recurring challenges are in bold.\n\n");
    }

    /** The cell of a challenge not seen in a year whose list the source cuts short. */
    static final String UNKNOWN = "?";
    static final String UNKNOWN_MEANING = "not seen, but that year's list is cut short in the source";

    static String legend(boolean withCutShort) {
        StringBuilder sb = new StringBuilder("Legend:");
        for (ChallengeMark m : ChallengeMark.values()) {
            sb.append(' ').append(m.symbol()).append(' ').append(m.meaning()).append(" ·");
        }
        if (withCutShort) {
            sb.append(' ').append(UNKNOWN).append(' ').append(UNKNOWN_MEANING).append(" ·");
        }
        return sb.append(" blank: not named that year.").toString();
    }

    private static void explanations(StringBuilder md, SectorReport s) {
        List<ChallengeRow> recurring = s.recurringChallenges();
        if (recurring.isEmpty()) {
            return;
        }
        md.append("### Why they were linked\n\n");
        int n = 0;
        for (ChallengeRow row : s.challenges()) {
            n++;
            if (!row.isRecurring()) {
                continue;
            }
            md.append(n).append(". **").append(esc(row.label())).append("**\n");
            for (Occurrence o : row.recurring().occurrences()) {
                md.append("   - ").append(o.year()).append(": ").append(esc(o.text())).append('\n');
            }
            for (Link l : row.recurring().links()) {
                md.append("   - ").append(l.fromYear()).append(" → ").append(l.toYear()).append(": ")
                        .append(esc(ReportText.explanation(l.explanation()))).append('\n');
            }
        }
        md.append('\n');
    }

    private static void diff(StringBuilder md, ThemeDiff d) {
        md.append("### ").append(d.fromYear()).append(" → ").append(d.toYear()).append("\n\n");
        occurrences(md, "New in " + d.toYear(), d.newChallenges());
        occurrences(md, "Returning in " + d.toYear() + " after a gap", d.returning());
        occurrences(md, "Dropped after " + d.fromYear(), d.dropped());
        occurrences(md, "Absent in " + d.toYear() + " but back later", d.pausing());
        note(md, ReportText.unconfirmedNew(d), d.unconfirmedNew());
        note(md, ReportText.unconfirmedDropped(d), d.unconfirmedDropped());
        if (!d.reversed().isEmpty()) {
            md.append("- **Reversed direction (").append(d.reversed().size()).append("):**\n");
            for (PersistingChallenge p : d.reversed()) {
                md.append("  - ").append(esc(p.before().text())).append(" ⇄ ").append(esc(p.after().text()))
                        .append(" (").append(esc(ReportText.explanation(p.explanation()))).append(")\n");
            }
        }
        md.append("- Persisting: ").append(d.persisting().size()).append("\n\n");
        keyTerms(md, "Rising terms", d, d.keyTerms().stream().filter(KeyTerm::rose).toList());
        keyTerms(md, "Falling terms", d, d.keyTerms().stream().filter(k -> k.logRatio() < 0).toList());
    }

    private static void occurrences(StringBuilder md, String title, List<Occurrence> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("- **").append(title).append(" (").append(items.size()).append("):**\n");
        for (Occurrence o : items) {
            md.append("  - ").append(esc(o.text())).append('\n');
        }
    }

    /** A cut-short list's note with the challenges it leaves unconfirmed; nothing when there is no note. */
    private static void note(StringBuilder md, String note, List<Occurrence> items) {
        if (note == null) {
            return;
        }
        md.append("- *").append(esc(note)).append(items.isEmpty() ? "*\n" : ":*\n");
        for (Occurrence o : items) {
            md.append("  - ").append(esc(o.text())).append('\n');
        }
    }

    static List<KeyTerm> strongest(List<KeyTerm> terms) {
        return terms.stream().sorted(Comparator.comparingDouble(KeyTerm::logLikelihood).reversed()
                .thenComparing(KeyTerm::term)).limit(KEY_TERMS).toList();
    }

    private static void keyTerms(StringBuilder md, String title, ThemeDiff d, List<KeyTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        md.append("**").append(title).append("** (keyness: log-likelihood G², strongest first):\n\n");
        md.append("| term | ").append(d.fromYear()).append(" | ").append(d.toYear()).append(" | G² | p |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (KeyTerm k : strongest(terms)) {
            row(md, esc(k.word()), String.valueOf(k.countBefore()), String.valueOf(k.countAfter()),
                    Numbers.format(k.logLikelihood()), Numbers.format(k.pValue()));
        }
        md.append('\n');
    }

    private static void followups(StringBuilder md, List<Followup> followups) {
        if (followups.isEmpty()) {
            return;
        }
        md.append("### Follow-ups\n\n");
        for (Followup f : followups) {
            md.append("- Challenge ").append(f.challenge().year()).append(": ").append(esc(f.challenge().text()))
                    .append("\n  - Result ").append(f.result().year()).append(": ").append(esc(f.result().text()))
                    .append("\n  - ").append(esc(ReportText.explanation(f.explanation()))).append('\n');
        }
        md.append('\n');
    }

    private static void possibleLinks(StringBuilder md, List<PossibleLink> links) {
        if (links.isEmpty()) {
            return;
        }
        md.append("### Possibly the same challenge — check\n\n");
        for (PossibleLink p : links.subList(0, Math.min(ReportText.POSSIBLE_LINKS_SHOWN, links.size()))) {
            md.append("- ").append(p.fromYear()).append(": ").append(esc(p.fromText()))
                    .append("\n  - ").append(p.toYear()).append(": ").append(esc(p.toText()))
                    .append("\n  - ").append(esc(ReportText.possibleLink(p))).append('\n');
        }
        if (links.size() > ReportText.POSSIBLE_LINKS_SHOWN) {
            md.append("- … ").append(links.size() - ReportText.POSSIBLE_LINKS_SHOWN)
                    .append(" more with lower scores in the JSON report\n");
        }
        md.append('\n');
    }

    private static void indicators(StringBuilder md, List<IndicatorSeries> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        md.append("### Indicators\n\n");
        md.append("| indicator | unit | observations | last value | change | trend | conflicts |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (IndicatorSeries s : indicators) {
            String conflicts = ReportText.conflicts(s);
            row(md, esc(s.name()), esc(ReportText.unit(s)), esc(ReportText.observations(s)),
                    esc(ReportText.lastValue(s)), esc(ReportText.change(s)), esc(ReportText.trend(s)),
                    conflicts.isEmpty() ? "" : "⚠ " + esc(conflicts));
        }
        md.append('\n');
        if (indicators.stream().anyMatch(s -> s.points().stream().anyMatch(p -> p.derived()))) {
            md.append("\\* derived from a stated change, not printed in a report.\n\n");
        }
        for (IndicatorSeries s : indicators) {
            for (String line : ReportText.joins(s)) {
                md.append("- ").append(esc(line)).append('\n');
            }
        }
        if (indicators.stream().anyMatch(s -> !s.joins().isEmpty())) {
            md.append('\n');
        }
    }

    private static void statements(StringBuilder md, TrendReport report, Spill spill) {
        md.append("## Statements per document\n\n");
        for (ReportDocument d : report.documents()) {
            md.append("<details>\n<summary>").append(Markup.escape(d.source())).append(" (").append(d.year())
                    .append(", ").append(d.statements().size()).append(" statements)</summary>\n\n");
            for (Sector s : d.sectors()) {
                md.append("#### ").append(esc(s.name())).append("\n\n");
                for (SectionKind kind : SectionKind.values()) {
                    List<Statement> list = s.statements(kind);
                    if (list.isEmpty()) {
                        continue;
                    }
                    md.append("**").append(HtmlReportWriter.sectionTitle(kind)).append("**\n\n");
                    for (Statement st : list) {
                        md.append("- ").append(esc(st.text())).append('\n');
                    }
                    md.append('\n');
                }
            }
            md.append("</details>\n\n");
            spill.now();
        }
    }

    private static void row(StringBuilder md, String... escapedCells) {
        md.append('|');
        for (String cell : escapedCells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    private static String esc(String text) {
        return MarkdownText.escape(text);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
