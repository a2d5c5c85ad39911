package no.trendspor.benchmarks.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Deterministic generator of a synthetic national corpus of annual-report sector pages.
 *
 * <p>Each municipality gets one report per year with 8–10 sector pages. A page has the shape of
 * extracted municipal report text: an optional picture caption, the sector heading, a mission
 * sentence "&lt;Sector&gt; skal ...", "Viktige resultater og innsatser i YEAR" with 5–10 bullets
 * ({@code " • "}), "Utfordringer fremover" with 3–8 bullets (fewer in a year when the one-off topics
 * of that municipality and sector are used up) and "Tabell N viser nøkkeltall for &lt;Sector&gt;".
 * Long bullets are either joined with no-break spaces where the PDF line ended, or wrapped onto a
 * continuation line starting with two spaces.
 *
 * <p>Per municipality and sector, 3–5 challenge concepts are planted as recurring: each appears in
 * two or more years of a span, with gap years, and each appearance picks a paraphrase (30 % of the
 * time the previous year's wording is repeated). The other challenges are one-offs that never recur
 * in that municipality and sector. Concepts are shared by all municipalities, with popularity
 * weights, which gives the cross-municipality truth.
 *
 * <p>Determinism: municipality {@code i} is generated from its own stream derived from the seed and
 * {@code i}, so it is the same in every corpus size, and every year, sector and statement draws
 * from its own split stream. Damage draws from a separate stream, so the clean text does not depend
 * on the damage rate. Same spec on the same JDK gives byte-identical text.
 */
public final class SyntheticCorpus {

  /** The most municipalities that can be named (18 × 24 name halves give 428 usable names). */
  public static final int MAX_MUNICIPALITIES = 400;

  static final String BULLET = " \u2022 ";
  static final String RESULTS_HEADING = "Viktige resultater og innsatser i ";
  static final String CHALLENGES_HEADING = "Utfordringer fremover";

  private static final long DAMAGE_SALT = 0x5DEECE66DL;
  private static final long NAMES_SALT = 0x2545F4914F6CDD1DL;
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\\u00a0]+");

  private final CorpusSpec spec;
  private final List<String> names;

  public SyntheticCorpus(CorpusSpec spec) {
    this.spec = spec;
    this.names = municipalityNames(spec.seed(), spec.municipalities());
  }

  /** The spec this generator was made with. */
  public CorpusSpec spec() {
    return spec;
  }

  /** Municipality names by index. */
  public List<String> municipalityNames() {
    return names;
  }

  /** Generates the whole corpus in memory. */
  public GeneratedCorpus generate() {
    List<GeneratedReport> reports = new ArrayList<>();
    List<PlantedChallenge> challenges = new ArrayList<>();
    List<DamageEvent> damage = new ArrayList<>();
    int statements = 0;
    for (int i = 0; i < spec.municipalities(); i++) {
      MunicipalityCorpus m = municipality(i);
      reports.addAll(m.reports());
      challenges.addAll(m.challenges());
      damage.addAll(m.damage());
      statements += m.statementCount();
    }
    return new GeneratedCorpus(spec, reports, new GroundTruth(challenges), damage, statements);
  }

  /** All reports in memory (municipality, then year). */
  public List<GeneratedReport> reports() {
    return generate().reports();
  }

  /**
   * Writes one UTF-8 {@code .txt} file per municipality and year into {@code dir} (created if
   * needed; existing files of the same names are replaced), plus the truth as tab-separated files
   * {@code truth-challenges.tsv}, {@code truth-pairs.tsv} and {@code damage.tsv}. Generates one
   * municipality at a time, so the national corpus never has to fit in memory.
   */
  public CorpusFiles writeTo(Path dir) throws IOException {
    return writeTo(dir, false);
  }

  /**
   * As {@link #writeTo(Path)}; with {@code jsonPages} each report is written as a JSON report page
   * {@code {"municipality", "year", "text"}} named like the text file with {@code .json}, the shape
   * of crawled report pages, so a reader need not guess municipality and year from the text.
   */
  public CorpusFiles writeTo(Path dir, boolean jsonPages) throws IOException {
    Files.createDirectories(dir);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    int files = 0;
    long bytes = 0;
    int statements = 0;
    int challengeRows = 0;
    int pairRows = 0;
    try (BufferedWriter challenges = Files.newBufferedWriter(
            dir.resolve("truth-challenges.tsv"), StandardCharsets.UTF_8);
         BufferedWriter pairs = Files.newBufferedWriter(
            dir.resolve("truth-pairs.tsv"), StandardCharsets.UTF_8);
         BufferedWriter damage = Files.newBufferedWriter(
            dir.resolve("damage.tsv"), StandardCharsets.UTF_8)) {
      challenges.write("id\tconcept\trecurring\tmunicipality\tsector\tyear\tsource\tfirst_line"
          + "\tlast_line\ttext\n");
      pairs.write("first\tsecond\tconcept\n");
      damage.write("source\tline\tkind\tbefore\tafter\n");
      for (int i = 0; i < spec.municipalities(); i++) {
        MunicipalityCorpus m = municipality(i);
        for (GeneratedReport r : m.reports()) {
          byte[] content = r.text().getBytes(StandardCharsets.UTF_8);
          String name = r.source();
          if (jsonPages) {
            com.fasterxml.jackson.databind.node.ObjectNode page = json.createObjectNode();
            page.put("municipality", r.municipality());
            page.put("year", r.year());
            page.put("text", r.text());
            content = json.writeValueAsBytes(page);
            name = name.replaceAll("\\.txt$", ".json");
          }
          Files.write(dir.resolve(name), content);
          files++;
          bytes += content.length;
        }
        for (PlantedChallenge c : m.challenges()) {
          challenges.write(String.join("\t", c.id(), c.conceptId(), Boolean.toString(c.recurring()),
              c.municipality(), c.sector(), Integer.toString(c.year()), c.source(),
              Integer.toString(c.firstLine()), Integer.toString(c.lastLine()), c.text()));
          challenges.write('\n');
          challengeRows++;
        }
        // Positive pairs never cross municipalities, so per-municipality truth is complete.
        for (PlantedPair p : new GroundTruth(m.challenges()).positivePairs()) {
          pairs.write(p.pair().first() + '\t' + p.pair().second() + '\t' + p.conceptId() + '\n');
          pairRows++;
        }
        for (DamageEvent d : m.damage()) {
          damage.write(String.join("\t", d.source(), Integer.toString(d.line()), d.kind().name(),
              d.before(), d.after()));
          damage.write('\n');
        }
        statements += m.statementCount();
      }
    }
    return new CorpusFiles(dir, files, bytes, statements, challengeRows, pairRows);
  }

  /** File name of a report, e.g. {@code k007-nordvik-2016.txt}. */
  public static String sourceName(int index, String municipality, int year) {
    String slug = municipality.toLowerCase(Locale.ROOT)
        .replace("æ", "ae").replace("ø", "o").replace("å", "a")
        .replaceAll("[^a-z0-9]+", "-");
    return String.format(Locale.ROOT, "k%03d-%s-%d.txt", index, slug, year);
  }

  /**
   * Generates everything for municipality {@code index} (0-based): its reports for all years, the
   * planted challenges and the damage. Independent of the corpus size.
   */
  public MunicipalityCorpus municipality(int index) {
    if (index < 0 || index >= spec.municipalities()) {
      throw new IndexOutOfBoundsException("municipality " + index);
    }
    return new MunicipalityGenerator(spec, index, names.get(index)).generate();
  }

  /**
   * Every word the generator can write, lower-cased (numbers excluded). Clean text uses no other
   * word; damage makes words that are not in it. Tokens are split on whitespace and no-break space,
   * with surrounding punctuation removed, as by {@link #tokens(String)}.
   */
  public static Set<String> lexicon() {
    Set<String> words = new TreeSet<>();
    List<String> sources = new ArrayList<>();
    for (SectorVocabulary s : Vocabulary.sectors()) {
      sources.add(s.name());
      sources.addAll(s.missions());
      sources.addAll(s.captions());
      sources.addAll(s.results());
      sources.addAll(s.oneOffTopics());
      s.concepts().forEach(c -> sources.addAll(c.paraphrases()));
    }
    Vocabulary.generalConcepts().forEach(c -> sources.addAll(c.paraphrases()));
    sources.addAll(Vocabulary.generalOneOffTopics());
    sources.addAll(Vocabulary.oneOffActions());
    sources.addAll(Vocabulary.generalResults());
    sources.addAll(Vocabulary.elaborations());
    sources.addAll(Vocabulary.places());
    sources.addAll(TemplateFiller.NUMBER_WORDS);
    sources.addAll(TemplateFiller.MONTHS);
    sources.add("skal fra prosent i til millioner kroner");
    sources.add(RESULTS_HEADING + CHALLENGES_HEADING + " Tabell viser nøkkeltall for");
    for (String source : sources) {
      words.addAll(tokens(source));
    }
    return Collections.unmodifiableSet(words);
  }

  /**
   * The lower-cased words of a text for {@link #lexicon()}: split on whitespace and no-break space,
   * surrounding punctuation stripped; tokens with a digit, a template slot or no letter dropped.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : TOKEN_SPLIT.split(text)) {
      String t = stripPunctuation(raw);
      if (t.isEmpty() || t.indexOf('{') >= 0 || t.indexOf('}') >= 0 || !hasLetterNoDigit(t)) {
        continue;
      }
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String stripPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && ".,;:!?()«»\"".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".,;:!?()«»\"".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean hasLetterNoDigit(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static List<String> municipalityNames(long seed, int count) {
    List<String> all = new ArrayList<>();
    for (String prefix : Vocabulary.municipalityPrefixes()) {
      for (String suffix : Vocabulary.municipalitySuffixes()) {
        String p = prefix.toLowerCase(Locale.ROOT);
        // Why: "Bergberg" or "Øyøy" read as mistakes, not names.
        if (p.endsWith(suffix) || suffix.startsWith(p)) {
          continue;
        }
        all.add(prefix + suffix);
      }
    }
    SplittableRandom random = new SplittableRandom(mix(seed ^ NAMES_SALT, 0));
    for (int i = all.size() - 1; i > 0; i--) {
      Collections.swap(all, i, random.nextInt(i + 1));
    }
    if (count > all.size()) {
      throw new IllegalArgumentException("only " + all.size() + " municipality names");
    }
    return List.copyOf(all.subList(0, count));
  }

  /** SplitMix64 finaliser: well-spread, independent streams per (seed, index). */
  static long mix(long seed, long index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long damageSeed(long seed, int index) {
    return mix(seed ^ DAMAGE_SALT, index);
  }
}
