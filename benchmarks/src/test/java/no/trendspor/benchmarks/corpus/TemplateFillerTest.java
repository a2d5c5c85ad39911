package no.trendspor.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateFillerTest {

  private final TemplateFiller filler = new TemplateFiller(new SplittableRandom(1), List.of("Lia"));

  @Test
  void groupsThousandsWithASpace() {
    StringBuilder b = new StringBuilder();
    TemplateFiller.appendGrouped(b, 16_200, ' ');
    b.append('|');
    TemplateFiller.appendGrouped(b, 999, ' ');
    b.append('|');
    TemplateFiller.appendGrouped(b, 1_234_567, '\u00a0');
    assertEquals("16 200|999|1\u00a0234\u00a0567", b.toString());
  }

  @Test
  void writesDecimalsWithAComma() {
    StringBuilder b = new StringBuilder();
    TemplateFiller.appendTenths(b, 72);
    b.append('|');
    TemplateFiller.appendTenths(b, 5);
    assertEquals("7,2|0,5", b.toString());
  }

  @Test
  void changeSlotsRiseAndFallAsNamed() {
    for (int i = 0; i < 200; i++) {
      assertTrue(rising(filler.fill("{up}", 2018, null)));
      assertTrue(!rising(filler.fill("{down}", 2018, null)));
    }
    assertTrue(filler.fill("{up}", 2018, null).endsWith(" prosent i 2018"));
  }

  @Test
  void fillsYearPlaceAndTopic() {
    assertEquals("Utrede lia innen 2019 på Lia.",
        filler.fill("Utrede {topic} innen {y+1} på {place}.", 2018, "lia"));
    assertThrows(IllegalArgumentException.class, () -> filler.fill("{nope}", 2018, null));
    assertThrows(IllegalArgumentException.class, () -> filler.fill("{topic}", 2018, null));
  }

  private static boolean rising(String change) {
    // "fra 4,7 prosent i 2015 til 7,2 prosent i 2018"
    String[] words = change.split(" ");
    double from = Double.parseDouble(words[1].replace(',', '.'));
    double to = Double.parseDouble(words[6].replace(',', '.'));
    return to > from;
  }
}
