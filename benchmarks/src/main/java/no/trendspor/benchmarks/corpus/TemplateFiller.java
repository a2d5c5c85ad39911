package no.trendspor.benchmarks.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills template slots with Norwegian-formatted values drawn from a seeded random source.
 *
 * <p>Slots: {@code {n}} small count (2–60), {@code {m}} medium count (20–900), {@code {N}} large
 * count with a space as thousands separator ("16 200"; now and then a no-break space, as in
 * typeset text), {@code {p}} a decimal with a comma ("7,2"), {@code {d}} a score ("4,3"),
 * {@code {mill}} an amount ("12,5 millioner kroner"), {@code {W}} / {@code {w}} a number word
 * ("Seks" / "seks"), {@code {date}} ("1. august"), {@code {y}} the report year, {@code {y+1}},
 * {@code {up}} / {@code {down}} a change between two years ("fra 4,7 prosent i 2015 til 7,2
 * prosent i 2018", rising or falling), {@code {place}} a place name and {@code {topic}} the topic
 * handed in. All formatting is hand-made so no Locale leaks in.
 */
final class TemplateFiller {

  /** Why: Norwegian number words read at the start of a bullet ("Seks nye ..."). */
  static final List<String> NUMBER_WORDS = List.of(
      "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv");

  /** Why: month names for dates like "1. august". */
  static final List<String> MONTHS = List.of(
      "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "desember");

  private final SplittableRandom random;
  private final List<String> places;

  TemplateFiller(SplittableRandom random, List<String> places) {
    this.random = random;
    this.places = places;
  }

  String fill(String template, int year, String topic) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed slot in template: " + template);
      }
      appendSlot(out, template.substring(i + 1, end), year, topic, template);
      i = end + 1;
    }
    return out.toString();
  }

  private void appendSlot(StringBuilder out, String slot, int year, String topic, String template) {
    switch (slot) {
      case "n" -> out.append(random.nextInt(2, 61));
      case "m" -> out.append(random.nextInt(20, 901));
      case "N" -> {
        int value = random.nextInt(1_000, 48_001);
        if (random.nextBoolean()) {
          value = value / 100 * 100;
        }
        appendGrouped(out, value, random.nextInt(7) == 0 ? '\u00a0' : ' ');
      }
      case "p" -> appendTenths(out, random.nextInt(50, 600));
      case "ps" -> appendTenths(out, random.nextInt(10, 120));
      case "ph" -> appendTenths(out, random.nextInt(700, 990));
      case "d" -> appendTenths(out, random.nextInt(30, 50));
      case "mill" -> {
        appendTenths(out, random.nextInt(5, 300));
        out.append(" millioner kroner");
      }
      case "W" -> {
        String word = NUMBER_WORDS.get(random.nextInt(NUMBER_WORDS.size()));
        out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      }
      case "w" -> out.append(NUMBER_WORDS.get(random.nextInt(NUMBER_WORDS.size())));
      case "date" -> out.append(random.nextInt(1, 29)).append(". ")
          .append(MONTHS.get(random.nextInt(MONTHS.size())));
      case "y" -> out.append(year);
      case "y+1" -> out.append(year + 1);
      case "up", "down" -> appendChange(out, year, slot.equals("up"));
      case "place" -> out.append(places.get(random.nextInt(places.size())));
      case "topic" -> {
        if (topic == null) {
          throw new IllegalArgumentException("template needs a topic: " + template);
        }
        out.append(topic);
      }
      default -> throw new IllegalArgumentException("unknown slot {" + slot + "} in " + template);
    }
  }

  private void appendChange(StringBuilder out, int year, boolean rising) {
    int a = random.nextInt(5, 390);
    int b = a + random.nextInt(3, 120);
    int from = rising ? a : b;
    int to = rising ? b : a;
    int earlier = year - 1 - random.nextInt(4);
    out.append("fra ");
    appendTenths(out, from);
    out.append(" prosent i ").append(earlier).append(" til ");
    appendTenths(out, to);
    out.append(" prosent i ").append(year);
  }

  static void appendTenths(StringBuilder out, int tenths) {
    out.append(tenths / 10).append(',').append(tenths % 10);
  }

  static void appendGrouped(StringBuilder out, int value, char separator) {
    String digits = Integer.toString(value);
    int lead = digits.length() % 3;
    if (lead > 0) {
      out.append(digits, 0, lead);
    }
    for (int i = lead; i < digits.length(); i += 3) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(digits, i, i + 3);
    }
  }
}
