package no.trendspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

  private static final CorpusSpec TEN = CorpusSpec.standard(10);

  @Test
  void sameSpecGivesIdenticalReportsAndTruth() {
    GeneratedCorpus a = new SyntheticCorpus(TEN).generate();
    GeneratedCorpus b = new SyntheticCorpus(TEN).generate();
    assertEquals(a.reports(), b.reports());
    assertEquals(a.truth().challenges(), b.truth().challenges());
    assertEquals(a.damage(), b.damage());
  }

  @Test
  void sameSpecWritesByteIdenticalFiles(@TempDir Path tmp) throws IOException {
    CorpusSpec spec = CorpusSpec.standard(3);
    CorpusFiles first = new SyntheticCorpus(spec).writeTo(tmp.resolve("a"));
    CorpusFiles second = new SyntheticCorpus(spec).writeTo(tmp.resolve("b"));
    List<String> names = fileNames(tmp.resolve("a"));
    assertEquals(names, fileNames(tmp.resolve("b")));
    assertEquals(3 * 10 + 3, names.size(), "30 reports and three truth files");
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
          Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
    }
    assertEquals(first.reportBytes(), second.reportBytes());
    assertEquals(30, first.reportFiles());
  }

  @Test
  void writtenFilesMatchTheInMemoryCorpus(@TempDir Path tmp) throws IOException {
    CorpusSpec spec = CorpusSpec.standard(2);
    GeneratedCorpus memory = new SyntheticCorpus(spec).generate();
    CorpusFiles files = new SyntheticCorpus(spec).writeTo(tmp);
    for (GeneratedReport r : memory.reports()) {
      assertEquals(r.text(), Files.readString(tmp.resolve(r.source())));
    }
    assertEquals(memory.utf8Bytes(), files.reportBytes());
    assertEquals(memory.truth().challenges().size(), files.challenges());
    assertEquals(memory.truth().positivePairs().size(), files.plantedPairs());
    assertEquals(files.challenges() + 1,
        Files.readAllLines(tmp.resolve("truth-challenges.tsv")).size());
    assertEquals(files.plantedPairs() + 1, Files.readAllLines(tmp.resolve("truth-pairs.tsv")).size());
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    CorpusSpec other = new CorpusSpec(TEN.seed() + 1, 10, 2014, 10, TEN.damageRate());
    assertNotEquals(new SyntheticCorpus(TEN).municipality(0).reports(),
        new SyntheticCorpus(other).municipality(0).reports());
  }

  @Test
  void aMunicipalityIsTheSameInEveryCorpusSize() {
    SyntheticCorpus small = new SyntheticCorpus(CorpusSpec.standard(2));
    SyntheticCorpus large = new SyntheticCorpus(CorpusSpec.standard(357));
    for (int i = 0; i < 2; i++) {
      assertEquals(small.municipality(i), large.municipality(i));
    }
    assertEquals(357, new HashSet<>(large.municipalityNames()).size(), "names are distinct");
  }

  @Test
  void sizesScaleWithTheNumberOfMunicipalities() {
    GeneratedCorpus ten = new SyntheticCorpus(TEN).generate();
    GeneratedCorpus forty = new SyntheticCorpus(CorpusSpec.standard(40)).generate();
    assertEquals(100, ten.reports().size());
    assertEquals(400, forty.reports().size());
    double ratio = (double) forty.statements() / ten.statements();
    assertTrue(ratio > 3.5 && ratio < 4.5, "statements grow linearly: ratio " + ratio);
    double bytesRatio = (double) forty.utf8Bytes() / ten.utf8Bytes();
    assertTrue(bytesRatio > 3.5 && bytesRatio < 4.5, "bytes grow linearly: ratio " + bytesRatio);
    // About ten sectors × 5–10 results and 3–8 challenges per report.
    double perReport = (double) ten.statements() / ten.reports().size();
    assertTrue(perReport > 80 && perReport < 170, "statements per report " + perReport);
  }

  @Test
  void everyPageHasTheExpectedShape() {
    Set<String> sectorNames = Vocabulary.sectors().stream().map(SectorVocabulary::name)
        .collect(Collectors.toSet());
    for (GeneratedReport r : new SyntheticCorpus(TEN.withDamageRate(0)).generate().reports()) {
      String[] lines = CorpusText.lines(r.text());
      int pages = 0;
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith(SyntheticCorpus.RESULTS_HEADING)) {
          continue;
        }
        pages++;
        assertEquals(SyntheticCorpus.RESULTS_HEADING + r.year(), lines[i]);
        int results = countBullets(lines, i + 2);
        assertTrue(results >= 5 && results <= 10, r.source() + " line " + i + ": " + results);
        int challengesAt = indexOf(lines, SyntheticCorpus.CHALLENGES_HEADING, i);
        int challenges = countBullets(lines, challengesAt + 2);
        assertTrue(challenges >= 3 && challenges <= 8, r.source() + ": " + challenges);
        String table = lines[challengesAt + 2 + countLines(lines, challengesAt + 2)];
        assertTrue(table.matches("Tabell \\d+ viser nøkkeltall for .+"), table);
        String sector = table.substring(table.indexOf(" for ") + 5);
        assertTrue(sectorNames.contains(sector), sector);
        assertTrue(lines[i - 2].startsWith(sector + " skal "), "mission before results");
      }
      assertTrue(pages >= 8 && pages <= 10, r.source() + " has " + pages + " sector pages");
    }
  }

  @Test
  void textUsesNorwegianNumberFormats() {
    String all = new SyntheticCorpus(TEN).generate().reports().stream()
        .map(GeneratedReport::text).collect(Collectors.joining("\n"));
    assertTrue(Pattern.compile("\\d{1,2}[ \u00a0]\\d{3}\\b").matcher(all).find(), "16 200");
    assertTrue(Pattern.compile("\\d+,\\d prosent").matcher(all).find(), "7,2 prosent");
    assertTrue(Pattern.compile("fra \\d+,\\d prosent i \\d{4} til \\d+,\\d prosent i \\d{4}")
        .matcher(all).find(), "a change between two years");
    assertTrue(Pattern.compile("\n \u2022 (To|Tre|Fire|Fem|Seks|Sju|Åtte|Ni|Ti|Elleve|Tolv) ")
        .matcher(all).find(), "a number word starting a bullet");
    assertTrue(all.contains("\u00a0 "), "no-break spaces at PDF line ends");
    assertTrue(all.contains("\n  "), "bullets wrapped onto a continuation line");
    assertFalse(all.contains("{"), "no unfilled template slot");
  }

  @Test
  void everyPlantedChallengeIsInTheTextAtItsLines() {
    for (double rate : new double[] {0.0, 0.3}) {
      GeneratedCorpus corpus = new SyntheticCorpus(TEN.withDamageRate(rate)).generate();
      Map<String, GeneratedReport> reports = CorpusText.bySource(corpus.reports());
      for (PlantedChallenge c : corpus.truth().challenges()) {
        String rendered = CorpusText.rendered(reports.get(c.source()), c);
        assertTrue(rendered.startsWith(SyntheticCorpus.BULLET), c.id());
        assertEquals(CorpusText.withoutWhitespace(c.text()),
            CorpusText.withoutWhitespace(rendered.substring(SyntheticCorpus.BULLET.length())),
            c.id());
        if (rate == 0.0) {
          assertEquals(SyntheticCorpus.BULLET + c.text(), CorpusText.unwrap(rendered), c.id());
        }
        assertEquals(c, corpus.truth().at(c.source(), c.lastLine()).orElseThrow());
      }
    }
  }

  @Test
  void plantedPairsAreSameConceptMunicipalityAndSectorInDifferentYears() {
    GroundTruth truth = new SyntheticCorpus(TEN).generate().truth();
    assertFalse(truth.positivePairs().isEmpty());
    int reworded = 0;
    int verbatim = 0;
    for (PlantedPair p : truth.positivePairs()) {
      PlantedChallenge a = truth.byId(p.pair().first()).orElseThrow();
      PlantedChallenge b = truth.byId(p.pair().second()).orElseThrow();
      assertEquals(p.conceptId(), a.conceptId());
      assertEquals(a.conceptId(), b.conceptId());
      assertEquals(a.municipality(), b.municipality());
      assertEquals(a.sector(), b.sector());
      assertNotEquals(a.year(), b.year());
      assertTrue(a.recurring() && b.recurring(), "only planted recurring challenges pair up");
      if (a.text().equals(b.text())) {
        verbatim++;
      } else {
        reworded++;
      }
    }
    assertTrue(reworded > verbatim, "most pairs are reworded: " + reworded + " vs " + verbatim);
    assertTrue(verbatim > 0, "some wording is repeated verbatim");
  }

  @Test
  void recurringChallengesHaveGapYearsAndOneOffsNeverRecur() {
    GroundTruth truth = new SyntheticCorpus(TEN).generate().truth();
    Map<String, TreeSet<Integer>> years = new HashMap<>();
    Map<String, Integer> oneOffs = new HashMap<>();
    for (PlantedChallenge c : truth.challenges()) {
      String key = c.municipality() + "|" + c.sector() + "|" + c.conceptId();
      years.computeIfAbsent(key, k -> new TreeSet<>()).add(c.year());
      if (!c.recurring()) {
        oneOffs.merge(key, 1, Integer::sum);
      }
    }
    oneOffs.forEach((key, n) -> assertEquals(1, n, key));
    long withGap = years.values().stream()
        .filter(y -> y.size() >= 2 && y.last() - y.first() + 1 > y.size()).count();
    assertTrue(withGap > 10, "recurring challenges with gap years: " + withGap);
  }

  @Test
  void conceptsRecurAcrossMunicipalities() {
    GroundTruth truth = new SyntheticCorpus(TEN).generate().truth();
    PlantedChallenge query = truth.challenges().stream()
        .filter(c -> c.conceptId().equals("helse.helsesykepleiere")).findFirst().orElseThrow();
    List<PlantedChallenge> elsewhere = truth.sameConceptElsewhere(query);
    assertFalse(elsewhere.isEmpty());
    elsewhere.forEach(c -> {
      assertEquals(query.conceptId(), c.conceptId());
      assertNotEquals(query.municipality(), c.municipality());
    });
    long widespread = truth.municipalitiesPerConcept().values().stream().filter(n -> n >= 5).count();
    assertTrue(widespread >= 20, "concepts named by at least half the municipalities: " + widespread);
  }

  @Test
  void cleanTextDoesNotDependOnTheDamageRate() {
    GeneratedCorpus clean = new SyntheticCorpus(TEN.withDamageRate(0)).generate();
    GeneratedCorpus damaged = new SyntheticCorpus(TEN.withDamageRate(0.3)).generate();
    List<String> cleanTexts = clean.truth().challenges().stream().map(PlantedChallenge::text).toList();
    List<String> damagedTexts = damaged.truth().challenges().stream().map(PlantedChallenge::text).toList();
    assertEquals(cleanTexts, damagedTexts);
  }

  @Test
  void damageRateZeroGivesNoDamage() {
    GeneratedCorpus corpus = new SyntheticCorpus(TEN.withDamageRate(0)).generate();
    assertTrue(corpus.damage().isEmpty());
    Set<String> lexicon = SyntheticCorpus.lexicon();
    for (GeneratedReport r : corpus.reports()) {
      for (String token : SyntheticCorpus.tokens(r.text())) {
        assertTrue(lexicon.contains(token), r.source() + ": unknown word '" + token + "'");
      }
      String[] lines = CorpusText.lines(r.text());
      assertNotEquals(lines[lines.length - 1], lines[lines.length - 2], "duplicated last line");
      assertTrue(lines[0].equals(Vocabulary.sectors().get(0).name())
          || !lines[0].contains(" skal "), "a heading or caption opens the report");
    }
  }

  @Test
  void damageIsPlantedWhereTheLogSays() {
    GeneratedCorpus corpus = new SyntheticCorpus(TEN.withDamageRate(0.2)).generate();
    Map<String, GeneratedReport> reports = CorpusText.bySource(corpus.reports());
    Map<DamageKind, Integer> kinds = new HashMap<>();
    Set<String> lexicon = SyntheticCorpus.lexicon();
    List<String> unknown = new ArrayList<>();
    for (DamageEvent d : corpus.damage()) {
      kinds.merge(d.kind(), 1, Integer::sum);
      String[] lines = CorpusText.lines(reports.get(d.source()).text());
      switch (d.kind()) {
        case LIGATURE_SPLIT, GLUED_WORDS -> {
          assertTrue(lines[d.line() - 1].contains(d.after()), d.toString());
          assertEquals(CorpusText.withoutWhitespace(d.before()),
              CorpusText.withoutWhitespace(d.after()));
        }
        case DUPLICATED_LAST_LINE -> {
          assertEquals(lines.length, d.line());
          assertEquals(lines[lines.length - 2], lines[lines.length - 1]);
        }
        case MISSING_HEADING -> assertTrue(lines[0].contains(" skal "), "starts with the mission");
        default -> throw new AssertionError(d.kind());
      }
    }
    for (DamageKind kind : DamageKind.values()) {
      assertTrue(kinds.getOrDefault(kind, 0) > 0, "planted some " + kind);
    }
    for (GeneratedReport r : corpus.reports()) {
      SyntheticCorpus.tokens(r.text()).stream().filter(t -> !lexicon.contains(t)).forEach(unknown::add);
    }
    assertFalse(unknown.isEmpty(), "damage makes words the vocabulary does not have");
  }

  private static int countBullets(String[] lines, int from) {
    int n = 0;
    for (int i = from; i < lines.length && !lines[i].isEmpty() && !lines[i].startsWith("Tabell "); i++) {
      if (lines[i].startsWith(SyntheticCorpus.BULLET)) {
        n++;
      }
    }
    return n;
  }

  private static int countLines(String[] lines, int from) {
    int n = 0;
    for (int i = from; i < lines.length && !lines[i].startsWith("Tabell "); i++) {
      n++;
    }
    return n;
  }

  private static int indexOf(String[] lines, String line, int from) {
    for (int i = from; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + line + "' after " + from);
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
