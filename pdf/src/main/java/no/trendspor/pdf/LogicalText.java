package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The last step of PDF reading: placed printed lines of all pages, furniture set aside, to the
 * {@link PdfText} the ingest reads, keeping for each output line the printed lines it came from.
 */
final class LogicalText {

    private LogicalText() {
    }

    static PdfText build(String source, int pageCount, List<List<ReadingOrder.Placed>> pages, List<Integer> empty) {
        List<String[]> furniture = PageFurniture.find(pages);
        List<Layout.Item> kept = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<ReadingOrder.Placed> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                ReadingOrder.Placed placed = page.get(i);
                PrintedLine where = new PrintedLine(p + 1, placed.column(), i + 1, placed.box().printed());
                String reason = furniture.get(p)[i];
                if (reason == null) {
                    kept.add(new Layout.Item(where, placed.box()));
                } else {
                    removals.add(new Removal(where, reason));
                }
            }
        }
        List<PdfLine> lines = new ArrayList<>();
        List<List<PrintedLine>> parts = new ArrayList<>();
        for (Paragraphs.Built b : Paragraphs.build(kept)) {
            PrintedLine first = b.line().first();
            if (b.blankBefore() && !lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
                PdfLine before = lines.get(lines.size() - 1);
                lines.add(new PdfLine(before.page(), before.lineOnPage(), ""));
                parts.add(List.of());
            }
            lines.add(new PdfLine(first.page(), first.line(), b.line().rendered()));
            parts.add(b.line().parts());
        }
        return new PdfText(source, pageCount, lines, parts, removals, empty);
    }
}
