package no.trendspor.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RunningHeaderFilterProperties {

    @Provide
    Arbitrary<List<List<String>>> documents() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'e').withChars(' ', '1', '2').ofMaxLength(12),
                Arbitraries.of("Topptekst", "Side 1", "", "2019"));
        return line.list().ofMaxSize(8).list().ofMaxSize(7);
    }

    /** Nothing is lost or invented: kept and removed lines together are exactly the input, in order. */
    @Property(tries = 300)
    void keptAndRemovedPartitionTheInput(@ForAll("documents") List<List<String>> pages) {
        RunningHeaderFilter.Result result = RunningHeaderFilter.filter(pages);
        List<PdfLine> all = new ArrayList<>(result.kept());
        all.addAll(result.removed());
        all.sort(Comparator.comparingInt(PdfLine::page).thenComparingInt(PdfLine::lineOnPage));
        List<PdfLine> expected = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int i = 0; i < pages.get(p).size(); i++) {
                expected.add(new PdfLine(p + 1, i + 1, pages.get(p).get(i)));
            }
        }
        assertEquals(expected, all);
    }

    /** Removed lines are never blank and always within the edge lines of their page. */
    @Property(tries = 300)
    void onlyNonBlankEdgeLinesAreRemoved(@ForAll("documents") List<List<String>> pages) {
        for (PdfLine removed : RunningHeaderFilter.filter(pages).removed()) {
            assertTrue(!removed.text().isBlank());
            List<String> page = pages.get(removed.page() - 1);
            long nonBlankBefore = page.subList(0, removed.lineOnPage() - 1).stream().filter(s -> !s.isBlank()).count();
            long nonBlankAfter = page.subList(removed.lineOnPage(), page.size()).stream().filter(s -> !s.isBlank()).count();
            assertTrue(nonBlankBefore < RunningHeaderFilter.EDGE_LINES || nonBlankAfter < RunningHeaderFilter.EDGE_LINES,
                    removed.toString());
        }
        if (pages.size() < RunningHeaderFilter.MIN_PAGES) {
            assertEquals(List.of(), RunningHeaderFilter.filter(pages).removed());
        }
    }
}
