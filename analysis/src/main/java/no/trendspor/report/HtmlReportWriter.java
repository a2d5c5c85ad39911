package no.trendspor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import no.trendspor.keyfigures.TableSeries;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector;
import no.trendspor.model.Statement;

/**
 * Writes a {@link TrendReport} as one self-contained HTML5 file: the content of the Markdown
 * report plus inline SVG charts (a challenge timeline per sector, a line chart with trend line per
 * indicator series of two or more points). No script, no external style, font or image: the style
 * sheet is inlined from {@code report.css}. Every text from the input goes through
 * {@link Markup#escape}; the output is deterministic.
 */
final class HtmlReportWriter {

    private static final String CSS = css();

    private HtmlReportWriter() {
    }

    static String write(TrendReport report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        List<SectorReport> sectors = report.sectorReports();
        List<String> ids = ids(sectors);
        h.append("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Trendspor\">\n")
                .append("<title>Trendspor report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Trendspor report</h1>\n<p>").append(report.documents().size())
                .append(" documents, report years ")
                .append(report.years().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append(", ").append(ReportText.plural(sectors.size(), "sector")).append(".</p>\n");
        String knowledge = ReportText.wordKnowledge(report.challenges().wordKnowledge());
        if (knowledge != null) {
            h.append("<p>").append(esc(knowledge)).append(".</p>\n");
        }
        h.append("</header>\n");
        h.append("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n<li><a href=\"#summary\">Summary</a></li>\n")
                .append("<li><a href=\"#documents\">Documents</a></li>\n");
        for (int i = 0; i < sectors.size(); i++) {
            h.append("<li><a href=\"#").append(ids.get(i)).append("\">").append(esc(sectors.get(i).title()))
                    .append("</a></li>\n");
        }
        h.append("<li><a href=\"#statements\">Statements per document</a></li>\n</ol>\n</nav>\n<main>\n");
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<ul>\n");
        for (int i = 0; i < sectors.size(); i++) {
            SectorReport s = sectors.get(i);
            h.append("<li><a href=\"#").append(ids.get(i)).append("\"><strong>").append(esc(s.title()))
                    .append("</strong></a>: ").append(esc(s.summary())).append(".</li>\n");
        }
        h.append("</ul>\n</section>\n");
        decisions(h, report.challenges().decisions());
        documents(h, report);
        for (int i = 0; i < sectors.size(); i++) {
            sector(h, sectors.get(i), ids.get(i), report.keyFigures());
        }
        keyFigures(h, report.keyFigures());
        statements(h, report);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void decisions(StringBuilder h, List<no.trendspor.match.DecisionOutcome> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        h.append("<section id=\"decisions\">\n<h2>Analyst decisions</h2>\n<p>")
                .append(esc(ReportText.decisions(decisions))).append(".</p>\n<ul>\n");
        for (no.trendspor.match.DecisionOutcome d : decisions) {
            h.append("<li>").append(esc(ReportText.decision(d))).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");
    }

    private static void keyFigures(StringBuilder h, KeyFigures keyFigures) {
        if (keyFigures.tables().isEmpty()) {
            return;
        }
        h.append("<section id=\"key-figures\">\n<h2>Key-figure tables beside the prose</h2>\n<p>")
                .append(esc(ReportText.keyFigures(keyFigures))).append(".</p>\n");
        if (!keyFigures.warnings().isEmpty()) {
            h.append("<ul class=\"note table-warnings\">\n");
            keyFigures.warnings().forEach(w -> h.append("<li>⚠ ").append(esc(w.toString())).append("</li>\n"));
            h.append("</ul>\n");
        }
        tableSeries(h, keyFigures);
        if (!keyFigures.comparisons().isEmpty()) {
            h.append("<h3>Prose and tables side by side</h3>\n");
            h.append("<table>\n<thead><tr><th scope=\"col\">municipality</th><th scope=\"col\">sector</th><th scope=\"col\">indicator (prose)</th>")
                    .append("<th scope=\"col\">indicator (table)</th><th scope=\"col\" class=\"num\">year</th><th scope=\"col\" class=\"num\">prose</th>")
                    .append("<th scope=\"col\" class=\"num\">table</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n");
            for (SideBySide c : keyFigures.comparisons()) {
                for (SideBySide.YearPair y : c.years()) {
                    h.append("<tr><td>").append(esc(c.municipality())).append("</td><td>").append(esc(c.sector()))
                            .append("</td><td>").append(esc(c.proseIndicator())).append("</td><td>")
                            .append(esc(c.tableIndicator())).append("</td><td class=\"num\">").append(y.year())
                            .append("</td><td class=\"num\">").append(Numbers.format(y.prose()))
                            .append("</td><td class=\"num\">").append(Numbers.format(y.table())).append("</td><td>")
                            .append(y.agree() ? "agree" : "⚠ disagree").append("</td></tr>\n");
                }
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    /** Each table series with its values and its own trend, then a chart per series of two or more years. */
    private static void tableSeries(StringBuilder h, KeyFigures keyFigures) {
        h.append("<h3>Table series</h3>\n<table class=\"table-series\">\n<thead><tr><th scope=\"col\">municipality</th>")
                .append("<th scope=\"col\">indicator</th><th scope=\"col\">unit</th><th scope=\"col\">values</th>")
                .append("<th scope=\"col\">trend</th></tr></thead>\n<tbody>\n");
        for (TableSeries t : keyFigures.tables()) {
            h.append("<tr><td>").append(esc(t.municipalityName() == null ? "" : t.municipalityName())).append("</td><td>")
                    .append(esc(t.indicator())).append("</td><td>").append(esc(ReportText.tableUnit(t)))
                    .append("</td><td>").append(esc(ReportText.tableObservations(t))).append("</td><td>")
                    .append(esc(ReportText.tableTrend(t))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        List<TableSeries> charted = keyFigures.tables().stream().filter(t -> t.values().size() >= 2).toList();
        if (charted.isEmpty()) {
            return;
        }
        h.append("<div class=\"charts\">\n");
        for (TableSeries t : charted) {
            h.append("<figure class=\"table-chart\">\n").append(ReportCharts.table(t)).append("\n<figcaption>")
                    .append(esc(ReportCharts.tableTitle(t))).append(" (table): ").append(esc(ReportText.tableObservations(t)))
                    .append("; ").append(esc(ReportText.tableTrend(t))).append(".</figcaption>\n</figure>\n");
        }
        h.append("</div>\n");
    }

    private static void documents(StringBuilder h, TrendReport report) {
        h.append("<section id=\"documents\">\n<h2>Documents</h2>\n<table>\n<thead><tr><th scope=\"col\">source</th><th scope=\"col\">year</th>")
                .append("<th scope=\"col\">municipality</th><th scope=\"col\">sectors</th><th scope=\"col\" class=\"num\">statements</th>")
                .append("<th scope=\"col\" class=\"num\">unclassified</th><th scope=\"col\" class=\"num\">warnings</th></tr></thead>\n<tbody>\n");
        for (ReportDocument d : report.documents()) {
            h.append("<tr><td>").append(esc(d.source())).append("</td><td>").append(d.year()).append("</td><td>")
                    .append(esc(no.trendspor.match.AlignedCorpus.municipality(d))).append("</td><td>")
                    .append(esc(d.sectors().stream().map(Sector::name).collect(Collectors.joining(", "))))
                    .append("</td><td class=\"num\">").append(d.statements().size()).append("</td><td class=\"num\">")
                    .append(d.unclassified().size()).append("</td><td class=\"num\">").append(d.warnings().size())
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sector(StringBuilder h, SectorReport s, String id, KeyFigures keyFigures) {
        h.append("<section class=\"sector\" id=\"").append(id).append("\">\n<h2>").append(esc(s.title()))
                .append("</h2>\n<p class=\"lead\">Report years: ")
                .append(s.years().stream().map(String::valueOf).collect(Collectors.joining(", "))).append(". ")
                .append(esc(MarkdownReportWriter.capitalise(s.summary()))).append(".</p>\n");
        challenges(h, s);
        for (ThemeDiff d : s.themeDiffs()) {
            diff(h, d);
        }
        followups(h, s.followups());
        possibleLinks(h, s.possibleLinks());
        indicators(h, s, keyFigures);
        h.append("</section>\n");
    }

    private static void challenges(StringBuilder h, SectorReport s) {
        if (s.challenges().isEmpty()) {
            return;
        }
        h.append("<h3>Challenges by year</h3>\n");
        h.append("<figure class=\"timeline-figure\">\n")
                .append(ReportCharts.timeline(s))
                .append("\n<figcaption>Challenges × report years. ").append(esc(MarkdownReportWriter.legend(!s.cutShortYears().isEmpty())))
                .append("</figcaption>\n</figure>\n");
        h.append("<table class=\"challenges\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">challenge</th>");
        s.years().forEach(y -> h.append("<th scope=\"col\" class=\"mark-col\">").append(y).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        int n = 0;
        for (ChallengeRow r : s.challenges()) {
            n++;
            h.append("<tr class=\"").append(r.isRecurring() ? "recurring" : "one-year").append("\"><td class=\"num\">")
                    .append(n).append("</td><td>").append(esc(r.label())).append("</td>");
            for (int year : s.years()) {
                ChallengeMark m = r.marks().get(year);
                if (m == null && s.cutShortYears().contains(year)) {
                    h.append("<td class=\"mark-col mark-unknown\" title=\"")
                            .append(esc(MarkdownReportWriter.UNKNOWN_MEANING)).append("\">")
                            .append(MarkdownReportWriter.UNKNOWN).append("</td>");
                } else if (m == null) {
                    h.append("<td class=\"mark-col\"></td>");
                } else {
                    h.append("<td class=\"mark-col mark-").append(m.cssClass()).append("\" title=\"")
                            .append(esc(m.meaning())).append("\">").append(m.symbol()).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p class=\"legend\">").append(esc(MarkdownReportWriter.legend(!s.cutShortYears().isEmpty())))
                .append(" Recurring challenges are in bold.</p>\n");
        if (s.recurringChallenges().isEmpty()) {
            return;
        }
        h.append("<h4>Why they were linked</h4>\n<ol class=\"explanations\">\n");
        n = 0;
        for (ChallengeRow r : s.challenges()) {
            n++;
            if (!r.isRecurring()) {
                continue;
            }
            h.append("<li value=\"").append(n).append("\"><strong>").append(esc(r.label())).append("</strong>\n<ul>\n");
            for (Occurrence o : r.recurring().occurrences()) {
                h.append("<li><span class=\"year\">").append(o.year()).append("</span> ").append(esc(o.text()))
                        .append("</li>\n");
            }
            for (Link l : r.recurring().links()) {
                h.append("<li class=\"why\">").append(l.fromYear()).append(" → ").append(l.toYear()).append(": ")
                        .append(esc(ReportText.explanation(l.explanation()))).append("</li>\n");
            }
            h.append("</ul>\n</li>\n");
        }
        h.append("</ol>\n");
    }

    private static void diff(StringBuilder h, ThemeDiff d) {
        h.append("<h3>").append(d.fromYear()).append(" → ").append(d.toYear()).append("</h3>\n<ul class=\"diff\">\n");
        occurrences(h, "New in " + d.toYear(), "new", d.newChallenges());
        occurrences(h, "Returning in " + d.toYear() + " after a gap", "returning", d.returning());
        occurrences(h, "Dropped after " + d.fromYear(), "dropped", d.dropped());
        occurrences(h, "Absent in " + d.toYear() + " but back later", "pausing", d.pausing());
        note(h, ReportText.unconfirmedNew(d), "unconfirmed-new", d.unconfirmedNew());
        note(h, ReportText.unconfirmedDropped(d), "unconfirmed-dropped", d.unconfirmedDropped());
        if (!d.reversed().isEmpty()) {
            h.append("<li class=\"reversed\"><strong>Reversed direction (").append(d.reversed().size())
                    .append(")</strong>\n<ul>\n");
            for (PersistingChallenge p : d.reversed()) {
                h.append("<li>").append(esc(p.before().text())).append(" <span class=\"arrow\">⇄</span> ")
                        .append(esc(p.after().text())).append(" <span class=\"why\">(")
                        .append(esc(ReportText.explanation(p.explanation()))).append(")</span></li>\n");
            }
            h.append("</ul>\n</li>\n");
        }
        h.append("<li>Persisting: ").append(d.persisting().size()).append("</li>\n</ul>\n");
        List<KeyTerm> rising = MarkdownReportWriter.strongest(d.keyTerms().stream().filter(KeyTerm::rose).toList());
        List<KeyTerm> falling = MarkdownReportWriter.strongest(
                d.keyTerms().stream().filter(k -> k.logRatio() < 0).toList());
        if (rising.isEmpty() && falling.isEmpty()) {
            return;
        }
        h.append("<div class=\"terms\">\n");
        keyTerms(h, "Rising terms", d, rising);
        keyTerms(h, "Falling terms", d, falling);
        h.append("</div>\n<p class=\"note\">Keyness: log-likelihood G², strongest first.</p>\n");
    }

    private static void occurrences(StringBuilder h, String title, String cls, List<Occurrence> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<li class=\"").append(cls).append("\"><strong>").append(esc(title)).append(" (").append(items.size())
                .append(")</strong>\n<ul>\n");
        for (Occurrence o : items) {
            h.append("<li>").append(esc(o.text())).append("</li>\n");
        }
        h.append("</ul>\n</li>\n");
    }

    /** A cut-short list's note with the challenges it leaves unconfirmed; nothing when there is no note. */
    private static void note(StringBuilder h, String note, String cls, List<Occurrence> items) {
        if (note == null) {
            return;
        }
        h.append("<li class=\"cut-short ").append(cls).append("\"><em>").append(esc(note)).append("</em>");
        if (!items.isEmpty()) {
            h.append("\n<ul>\n");
            for (Occurrence o : items) {
                h.append("<li>").append(esc(o.text())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</li>\n");
    }

    private static void keyTerms(StringBuilder h, String title, ThemeDiff d, List<KeyTerm> terms) {
        if (terms.isEmpty()) {
            return;
        }
        h.append("<table class=\"key-terms\">\n<caption>").append(title).append("</caption>\n<thead><tr><th scope=\"col\">term</th>")
                .append("<th scope=\"col\" class=\"num\">").append(d.fromYear()).append("</th><th scope=\"col\" class=\"num\">").append(d.toYear())
                .append("</th><th scope=\"col\" class=\"num\">G²</th><th scope=\"col\" class=\"num\">p</th></tr></thead>\n<tbody>\n");
        for (KeyTerm k : terms) {
            h.append("<tr><td>").append(esc(k.word())).append("</td><td class=\"num\">").append(k.countBefore())
                    .append("</td><td class=\"num\">").append(k.countAfter()).append("</td><td class=\"num\">")
                    .append(Numbers.format(k.logLikelihood())).append("</td><td class=\"num\">")
                    .append(Numbers.format(k.pValue())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void followups(StringBuilder h, List<Followup> followups) {
        if (followups.isEmpty()) {
            return;
        }
        h.append("<h3>Follow-ups</h3>\n<ul class=\"followups\">\n");
        for (Followup f : followups) {
            h.append("<li><span class=\"year\">Challenge ").append(f.challenge().year()).append("</span> ")
                    .append(esc(f.challenge().text())).append("<br>\n<span class=\"year\">Result ")
                    .append(f.result().year()).append("</span> ").append(esc(f.result().text()))
                    .append("<br>\n<span class=\"why\">").append(esc(ReportText.explanation(f.explanation())))
                    .append("</span></li>\n");
        }
        h.append("</ul>\n");
    }

    private static void possibleLinks(StringBuilder h, List<PossibleLink> links) {
        if (links.isEmpty()) {
            return;
        }
        h.append("<h3>Possibly the same challenge — check</h3>\n<ul class=\"possible-links\">\n");
        for (PossibleLink p : links.subList(0, Math.min(ReportText.POSSIBLE_LINKS_SHOWN, links.size()))) {
            h.append("<li><span class=\"year\">").append(p.fromYear()).append("</span> ").append(esc(p.fromText()))
                    .append("<br>\n<span class=\"year\">").append(p.toYear()).append("</span> ")
                    .append(esc(p.toText())).append("<br>\n<span class=\"why\">")
                    .append(esc(ReportText.possibleLink(p))).append("</span></li>\n");
        }
        if (links.size() > ReportText.POSSIBLE_LINKS_SHOWN) {
            h.append("<li>… ").append(links.size() - ReportText.POSSIBLE_LINKS_SHOWN)
                    .append(" more with lower scores in the JSON report</li>\n");
        }
        h.append("</ul>\n");
    }

    private static void indicators(StringBuilder h, SectorReport s, KeyFigures keyFigures) {
        if (s.indicators().isEmpty()) {
            return;
        }
        h.append("<h3>Indicators</h3>\n<table class=\"indicators\">\n<thead><tr><th scope=\"col\">indicator</th><th scope=\"col\">unit</th>")
                .append("<th scope=\"col\">observations</th><th scope=\"col\">last value</th><th scope=\"col\">change</th><th scope=\"col\">trend</th><th scope=\"col\">conflicts</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (IndicatorSeries i : s.indicators()) {
            String conflicts = ReportText.conflicts(i);
            h.append("<tr").append(conflicts.isEmpty() ? "" : " class=\"conflict\"").append("><td>")
                    .append(esc(i.name())).append("</td><td>").append(esc(ReportText.unit(i))).append("</td><td>")
                    .append(esc(ReportText.observations(i))).append("</td><td>").append(esc(ReportText.lastValue(i)))
                    .append("</td><td>").append(esc(ReportText.change(i))).append("</td><td>")
                    .append(esc(ReportText.trend(i))).append("</td><td>")
                    .append(conflicts.isEmpty() ? "" : "⚠ " + esc(conflicts)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (s.indicators().stream().anyMatch(i -> i.points().stream().anyMatch(p -> p.derived()))) {
            h.append("<p class=\"note\">* derived from a stated change, not printed in a report.</p>\n");
        }
        List<String> joins = s.indicators().stream().flatMap(i -> ReportText.joins(i).stream()).toList();
        if (!joins.isEmpty()) {
            h.append("<ul class=\"note joins\">\n");
            joins.forEach(j -> h.append("<li>").append(esc(j)).append("</li>\n"));
            h.append("</ul>\n");
        }
        List<IndicatorSeries> charted = s.indicators().stream().filter(i -> i.points().size() >= 2).toList();
        if (charted.isEmpty()) {
            return;
        }
        h.append("<div class=\"charts\">\n");
        for (IndicatorSeries i : charted) {
            TrendLines.Fit fit = TrendLines.fit(i);
            h.append("<figure class=\"indicator-chart\" data-series=\"").append(esc(i.key())).append("\">\n")
                    .append(ReportCharts.indicator(i, keyFigures))
                    .append("\n<figcaption>").append(esc(i.name())).append(": ").append(esc(ReportText.observations(i)))
                    .append(fit == null ? "" : "; dashed line: " + fit.method() + " trend").append(".</figcaption>\n")
                    .append("</figure>\n");
        }
        h.append("</div>\n");
    }

    private static void statements(StringBuilder h, TrendReport report) {
        h.append("<section id=\"statements\">\n<h2>Statements per document</h2>\n");
        for (ReportDocument d : report.documents()) {
            // Open by default so that printing shows them; a reader can fold them away.
            h.append("<details open>\n<summary>").append(esc(d.source())).append(" (").append(d.year()).append(", ")
                    .append(d.statements().size()).append(" statements)</summary>\n");
            for (Sector s : d.sectors()) {
                h.append("<h3>").append(esc(s.name())).append("</h3>\n");
                for (SectionKind kind : SectionKind.values()) {
                    List<Statement> list = s.statements(kind);
                    if (list.isEmpty()) {
                        continue;
                    }
                    h.append("<h4>").append(sectionTitle(kind)).append("</h4>\n<ul>\n");
                    for (Statement st : list) {
                        h.append("<li>").append(esc(st.text())).append("</li>\n");
                    }
                    h.append("</ul>\n");
                }
            }
            h.append("</details>\n");
        }
        h.append("</section>\n");
    }

    static String sectionTitle(SectionKind kind) {
        return switch (kind) {
            case MISSION -> "Mission";
            case RESULT -> "Results";
            case CHALLENGE -> "Challenges";
            case KEY_FIGURES -> "Key figures";
            case OTHER -> "Other";
        };
    }

    /** Fragment ids from the titles: lower case letters and digits, unique, stable. */
    static List<String> ids(List<SectorReport> sectors) {
        List<String> ids = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (SectorReport s : sectors) {
            String base = "sector-" + s.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                    .replaceAll("^-|-$", "");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.add(id);
        }
        return ids;
    }

    private static String esc(String text) {
        return Markup.escape(text);
    }

    private static String css() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
