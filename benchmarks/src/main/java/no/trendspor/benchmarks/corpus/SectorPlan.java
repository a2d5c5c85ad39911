package no.trendspor.benchmarks.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The challenge plan of one municipality and sector over all years: which concepts recur in which
 * years, and the queue of one-off topics. Mutable only while its municipality is generated.
 */
final class SectorPlan {

  /** One challenge to write this year. */
  record Challenge(String conceptId, boolean recurring, String text) {}

  /** A recurring concept: the years it is present and the wording it used last time. */
  private static final class Chain {
    final ChallengeConcept concept;
    final boolean[] present;
    int lastParaphrase = -1;

    Chain(ChallengeConcept concept, boolean[] present) {
      this.concept = concept;
      this.present = present;
    }
  }

  /** A one-off topic with its concept id. */
  private record Topic(String conceptId, String template) {}

  private final SectorVocabulary sector;
  private final List<Chain> chains;
  private final List<Topic> oneOffs;
  private int nextOneOff;

  private SectorPlan(SectorVocabulary sector, List<Chain> chains, List<Topic> oneOffs) {
    this.sector = sector;
    this.chains = chains;
    this.oneOffs = oneOffs;
  }

  SectorVocabulary sector() {
    return sector;
  }

  static SectorPlan plan(SectorVocabulary sector, int years, SplittableRandom r) {
    List<ChallengeConcept> pool = new ArrayList<>(sector.concepts());
    pool.addAll(Vocabulary.generalConcepts());
    int count = Math.min(pool.size(), 3 + r.nextInt(3));
    List<Chain> chains = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ChallengeConcept concept = pool.remove(weightedIndex(pool, r));
      int span = 2 + r.nextInt(years - 1);
      int start = r.nextInt(years - span + 1);
      boolean[] present = new boolean[years];
      present[start] = true;
      present[start + span - 1] = true;
      for (int y = start + 1; y < start + span - 1; y++) {
        present[y] = r.nextDouble() < 0.8;
      }
      chains.add(new Chain(concept, present));
    }
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < sector.oneOffTopics().size(); i++) {
      topics.add(new Topic(oneOffId(sector.key(), i), sector.oneOffTopics().get(i)));
    }
    for (int i = 0; i < Vocabulary.generalOneOffTopics().size(); i++) {
      topics.add(new Topic(oneOffId("felles", i), Vocabulary.generalOneOffTopics().get(i)));
    }
    for (int i = topics.size() - 1; i > 0; i--) {
      Collections.swap(topics, i, r.nextInt(i + 1));
    }
    return new SectorPlan(sector, chains, topics);
  }

  /**
   * This year's challenges in page order: the recurring ones present this year plus one-offs up to
   * a drawn target of 3–8 (at least three challenges in all; none once the topics are used up,
   * which cannot happen within ten years).
   */
  List<Challenge> challengesFor(int yearIndex, int year, TemplateFiller filler, SplittableRandom r) {
    List<Challenge> out = new ArrayList<>();
    for (Chain chain : chains) {
      if (!chain.present[yearIndex]) {
        continue;
      }
      List<String> paraphrases = chain.concept.paraphrases();
      int choice = chain.lastParaphrase >= 0 && r.nextDouble() < 0.3
          ? chain.lastParaphrase : r.nextInt(paraphrases.size());
      chain.lastParaphrase = choice;
      out.add(new Challenge(chain.concept.id(), true, filler.fill(paraphrases.get(choice), year, null)));
    }
    // At least three challenges a page and at most three one-offs a year, so that the topics
    // (12 for the sector + 20 general) last ten years even with no recurring challenge at all.
    int target = 3 + r.nextInt(6);
    int wanted = Math.max(3 - out.size(), Math.min(3, target - out.size()));
    for (int i = 0; i < wanted && nextOneOff < oneOffs.size(); i++) {
      Topic topic = oneOffs.get(nextOneOff++);
      String topicText = filler.fill(topic.template(), year, null);
      String action = MunicipalityGenerator.pick(Vocabulary.oneOffActions(), r);
      out.add(new Challenge(topic.conceptId(), false, filler.fill(action, year, topicText)));
    }
    for (int i = out.size() - 1; i > 0; i--) {
      Collections.swap(out, i, r.nextInt(i + 1));
    }
    return out;
  }

  private static String oneOffId(String key, int i) {
    return String.format(Locale.ROOT, "engang.%s.%02d", key, i);
  }

  private static int weightedIndex(List<ChallengeConcept> pool, SplittableRandom r) {
    int total = 0;
    for (ChallengeConcept c : pool) {
      total += c.weight();
    }
    int x = r.nextInt(total);
    for (int i = 0; i < pool.size(); i++) {
      x -= pool.get(i).weight();
      if (x < 0) {
        return i;
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
