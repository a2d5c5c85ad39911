package no.trendspor.benchmarks.corpus;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small helpers for reading generated text back in tests. */
final class CorpusText {

  private CorpusText() {}

  static String[] lines(String text) {
    return text.split("\n", -1);
  }

  /** The lines of a planted challenge, joined with newlines, exactly as in the report. */
  static String rendered(GeneratedReport report, PlantedChallenge c) {
    String[] lines = lines(report.text());
    StringBuilder b = new StringBuilder();
    for (int i = c.firstLine(); i <= c.lastLine(); i++) {
      if (i > c.firstLine()) {
        b.append('\n');
      }
      b.append(lines[i - 1]);
    }
    return b.toString();
  }

  /** Removes every space, newline and no-break space: what damage and layout never change. */
  static String withoutWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\n' && c != '\u00a0') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Undoes the layout of clean text: a continuation line or a no-break space joins with a space. */
  static String unwrap(String rendered) {
    return rendered.replace("\n  ", " ").replace("\u00a0 ", " ");
  }

  static Map<String, GeneratedReport> bySource(List<GeneratedReport> reports) {
    return reports.stream().collect(Collectors.toMap(GeneratedReport::source, Function.identity()));
  }
}
