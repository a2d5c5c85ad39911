package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.IngestHints;
import no.trendspor.ingest.block.Block;
import no.trendspor.ingest.repair.Lexicon;

/** Finds the municipality a report's text names ("Bærum kommune", "Vestland fylkeskommune"). */
final class MunicipalityFinder {

    private static final int MAX_MUNICIPALITY_CANDIDATES = 16;
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?<![\\p{L}\\d-])((?:(?:Nedre|Øvre|Nord|Sør|Øst|Vest|Indre|Ytre|Midtre)[\\s-])?\\p{Lu}[\\p{L}-]*"
                    + "(?:\\s+og\\s+\\p{Lu}[\\p{L}-]*)?)\\s+(fylkes)?kommunes?(?![\\p{L}])");
    private static final Pattern ARTICLE_BEFORE =
            Pattern.compile("(?iu)(?:^|\\s)(?:en|ei|et|som|vår|var|hver|annen|egen|mer|mest|ny)\\s+$");

    private final Lexicon lexicon;

    MunicipalityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The municipality the text states: the name in "<Name> kommune" seen most often, ties broken by
     * how often the bare name occurs, then by the hint, then by first appearance. "<Name>
     * fylkeskommune" counts only when no "<Name> kommune" is stated, since a municipal report names
     * its county as a partner. Names after an article ("en klimaklok kommune") or in the genitive
     * ("Fremtidens kommune") are adjectives or phrases, not names, and a name must occur at least
     * once more on its own (or be the hint's).
     */
    String municipality(List<Block> blocks, IngestHints hints) {
        Map<String, Integer> municipal = new LinkedHashMap<>();
        Map<String, Integer> county = new LinkedHashMap<>();
        for (Block b : blocks) {
            // the pattern needs the word "kommune": a block without it is not scanned position by position
            if (b.text().length() > 100_000 || !b.text().contains("kommune")) {
                continue;
            }
            Matcher m = MUNICIPALITY.matcher(b.text());
            while (m.find()) {
                String name = m.group(1);
                String lower = LinePatterns.lower(name);
                // "Alle kommuner", "Denne kommune", "Hver kommune": general words are no names.
                if (lexicon.knows(lower) || lower.endsWith("ens") || ARTICLE_BEFORE.matcher(
                        b.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue;
                }
                (m.group(2) == null ? municipal : county).merge(name, 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = municipal.isEmpty() ? county : municipal;
        // Only the most named candidates (and the hint) are counted bare: a hostile text with
        // thousands of distinct "<Name> kommune" would otherwise cost candidates x text length.
        List<String> candidates = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_MUNICIPALITY_CANDIDATES)
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        counts.keySet().stream().filter(n -> n.equalsIgnoreCase(hints.municipality() == null ? "" : hints.municipality()))
                .filter(n -> !candidates.contains(n)).forEach(candidates::add);
        // Keep first-appearance order, the last tie breaker.
        List<String> ordered = counts.keySet().stream().filter(candidates::contains).toList();
        String best = null;
        long[] bestScore = null;
        for (String name : ordered) {
            Pattern bareName = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})");
            long bare = 0;
            for (Block b : blocks) {
                if (b.text().length() <= 100_000 && b.text().contains(name)) {
                    bare += bareName.matcher(b.text()).results().count();
                }
            }
            long hinted = name.equalsIgnoreCase(hints.municipality() == null ? "" : hints.municipality()) ? 1 : 0;
            if (bare < 2 && hinted == 0) {
                continue; // a real name recurs on its own ("i Bærum"); "Klimaklok kommune" is a programme
            }
            long[] score = {counts.get(name), bare, hinted};
            if (bestScore == null || java.util.Arrays.compare(score, bestScore) > 0) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

}
