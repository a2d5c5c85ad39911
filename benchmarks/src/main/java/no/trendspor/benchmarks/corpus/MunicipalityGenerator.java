package no.trendspor.benchmarks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generates the reports of one municipality for all years; used once and thrown away. */
final class MunicipalityGenerator {

  /** Chance that a recurring challenge is present in a year strictly inside its span. */
  private static final double PRESENT_INSIDE_SPAN = 0.8;
  /** Chance that a recurring challenge repeats last time's wording verbatim. */
  private static final double REPEAT_WORDING = 0.3;
  /** Chance that a challenge gets a generic follow-up sentence. */
  private static final double ELABORATE = 0.25;
  /** Chance that a sector page starts with a picture caption. */
  private static final double CAPTION = 0.3;
  /** Chance that a long bullet in a plain-layout report is wrapped onto a continuation line. */
  private static final double WRAP = 0.2;

  private final CorpusSpec spec;
  private final int index;
  private final String name;
  private final SplittableRandom content;
  private final SplittableRandom damage;

  private final List<PlantedChallenge> challenges = new ArrayList<>();
  private final List<DamageEvent> damageEvents = new ArrayList<>();
  private int results;
  private int missions;

  MunicipalityGenerator(CorpusSpec spec, int index, String name) {
    this.spec = spec;
    this.index = index;
    this.name = name;
    this.content = new SplittableRandom(SyntheticCorpus.mix(spec.seed(), index));
    this.damage = new SplittableRandom(SyntheticCorpus.damageSeed(spec.seed(), index));
  }

  MunicipalityCorpus generate() {
    List<SectorPlan> plans = new ArrayList<>();
    for (SectorVocabulary sector : chooseSectors()) {
      plans.add(SectorPlan.plan(sector, spec.years(), content.split()));
    }
    List<GeneratedReport> reports = new ArrayList<>();
    for (int y = 0; y < spec.years(); y++) {
      reports.add(report(y, plans, content.split(), damage.split()));
    }
    return new MunicipalityCorpus(index, name, reports, challenges, damageEvents, results, missions);
  }

  /** 8–10 sectors, the same every year: some municipalities report a sector elsewhere. */
  private List<SectorVocabulary> chooseSectors() {
    List<SectorVocabulary> all = Vocabulary.sectors();
    List<SectorVocabulary> chosen = new ArrayList<>();
    int dropped = 0;
    for (SectorVocabulary s : all) {
      boolean drop = content.nextInt(100) < 8 && dropped < 2;
      if (drop) {
        dropped++;
      } else {
        chosen.add(s);
      }
    }
    return chosen;
  }

  private GeneratedReport report(int yearIndex, List<SectorPlan> plans, SplittableRandom random,
      SplittableRandom damageRandom) {
    int year = spec.firstYear() + yearIndex;
    String source = SyntheticCorpus.sourceName(index, name, year);
    Page page = new Page(source, spec.damageRate(), damageRandom, damageEvents,
        random.nextBoolean());
    boolean missingHeading = damageRandom.nextDouble() < spec.damageRate() / 2;
    int table = 8 + random.nextInt(10);
    for (int k = 0; k < plans.size(); k++) {
      SectorPlan plan = plans.get(k);
      SectorVocabulary sector = plan.sector();
      SplittableRandom r = random.split();
      TemplateFiller filler = new TemplateFiller(r, Vocabulary.places());
      String caption = r.nextDouble() < CAPTION
          ? filler.fill(pick(sector.captions(), r), year, null) : null;
      if (k == 0 && missingHeading) {
        damageEvents.add(new DamageEvent(source, 1, DamageKind.MISSING_HEADING,
            caption == null ? sector.name() : caption + " / " + sector.name(), ""));
      } else {
        if (caption != null) {
          page.line(caption);
          page.blank();
        } else if (k > 0) {
          page.blank();
        }
        page.line(sector.name());
        page.blank();
      }
      page.statement(sector.name() + " skal " + filler.fill(pick(sector.missions(), r), year, null),
          "", r);
      missions++;
      page.blank();
      page.line(SyntheticCorpus.RESULTS_HEADING + year);
      page.blank();
      for (String template : resultTemplates(sector, r)) {
        page.statement(filler.fill(template, year, null), SyntheticCorpus.BULLET, r);
        results++;
      }
      page.blank();
      page.line(SyntheticCorpus.CHALLENGES_HEADING);
      page.blank();
      for (SectorPlan.Challenge c : plan.challengesFor(yearIndex, year, filler, r)) {
        String text = c.text();
        if (r.nextDouble() < ELABORATE) {
          text = text + " " + pick(Vocabulary.elaborations(), r);
        }
        int[] span = page.statement(text, SyntheticCorpus.BULLET, r);
        challenges.add(new PlantedChallenge(source + "#" + span[0], c.conceptId(), c.recurring(),
            name, sector.name(), year, text, source, span[0], span[1]));
      }
      page.line("Tabell " + table++ + " viser nøkkeltall for " + sector.name());
    }
    page.duplicateLastLineMaybe();
    return new GeneratedReport(source, name, year, page.text());
  }

  /** 5–10 distinct result templates: mostly the sector's own, at most two general ones. */
  private static List<String> resultTemplates(SectorVocabulary sector, SplittableRandom r) {
    List<String> own = new ArrayList<>(sector.results());
    List<String> general = new ArrayList<>(Vocabulary.generalResults());
    int count = 5 + r.nextInt(6);
    int generalCount = r.nextInt(3);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean fromGeneral = (i < generalCount || own.isEmpty()) && !general.isEmpty();
      List<String> pool = fromGeneral ? general : own;
      out.add(pool.remove(r.nextInt(pool.size())));
    }
    for (int i = out.size() - 1; i > 0; i--) {
      java.util.Collections.swap(out, i, r.nextInt(i + 1));
    }
    return out;
  }

  static <T> T pick(List<T> list, SplittableRandom r) {
    return list.get(r.nextInt(list.size()));
  }

  /** Accumulates the lines of one report and applies the planted layout and damage. */
  private static final class Page {
    private final StringBuilder text = new StringBuilder(16_384);
    private final String source;
    private final double damageRate;
    private final SplittableRandom damage;
    private final List<DamageEvent> events;
    /** Layout of the whole report: PDF line ends kept as no-break spaces, or real wraps. */
    private final boolean noBreakLayout;
    private int lines;
    private String lastLine = "";

    Page(String source, double damageRate, SplittableRandom damage, List<DamageEvent> events,
        boolean noBreakLayout) {
      this.source = source;
      this.damageRate = damageRate;
      this.damage = damage;
      this.events = events;
      this.noBreakLayout = noBreakLayout;
    }

    void line(String line) {
      if (lines > 0) {
        text.append('\n');
      }
      text.append(line);
      lines++;
      lastLine = line;
    }

    void blank() {
      line("");
    }

    /** Writes one statement (laid out, maybe damaged); returns its first and last line. */
    int[] statement(String clean, String prefix, SplittableRandom layout) {
      List<String> laidOut = layOut(clean, prefix, layout);
      // Always draw, so the damage stream advances the same way whatever the rate.
      boolean damaged = damage.nextDouble() < damageRate;
      int which = damage.nextInt(laidOut.size());
      if (damaged) {
        String target = laidOut.get(which);
        int protectedPrefix = which == 0 ? prefix.length() : 2;
        PdfDamage.Damaged d = PdfDamage.damage(target, protectedPrefix, damage);
        if (d != null) {
          laidOut.set(which, d.line());
          events.add(new DamageEvent(source, lines + 1 + which, d.kind(), d.before(), d.after()));
        }
      }
      int first = lines + 1;
      for (String l : laidOut) {
        line(l);
      }
      return new int[] {first, lines};
    }

    private List<String> layOut(String clean, String prefix, SplittableRandom r) {
      int width = 40 + r.nextInt(25);
      boolean wrap = r.nextDouble() < WRAP;
      List<String> out = new ArrayList<>(2);
      if (noBreakLayout && clean.length() > width) {
        // A PDF line end inside a paragraph comes out as a no-break space before the space.
        StringBuilder b = new StringBuilder(prefix.length() + clean.length() + 4).append(prefix);
        int column = 0;
        for (int i = 0; i < clean.length(); i++) {
          char c = clean.charAt(i);
          if (c == ' ' && column >= width) {
            b.append('\u00a0');
            column = 0;
          }
          b.append(c);
          column++;
        }
        out.add(b.toString());
      } else if (!noBreakLayout && wrap && !prefix.isEmpty() && clean.length() > width + 10) {
        int cut = clean.lastIndexOf(' ', width);
        if (cut <= 0) {
          out.add(prefix + clean);
        } else {
          out.add(prefix + clean.substring(0, cut));
          out.add("  " + clean.substring(cut + 1));
        }
      } else {
        out.add(prefix + clean);
      }
      return out;
    }

    void duplicateLastLineMaybe() {
      if (damage.nextDouble() < damageRate) {
        events.add(new DamageEvent(source, lines + 1, DamageKind.DUPLICATED_LAST_LINE, lastLine,
            lastLine));
        line(lastLine);
      }
    }

    String text() {
      return text.toString();
    }
  }
}
