package no.trendspor.ingest.structure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.trendspor.ingest.block.Block;
import no.trendspor.model.Repair;
import no.trendspor.model.SectionKind;
import no.trendspor.model.Sector.NameSource;
import no.trendspor.model.Statement;

/** One statement in the making: its block (or the part of a block it takes) and its repaired text. */
record Draft(SectionKind section, String subheading, Block block, String text, List<Repair> repairs, boolean inline) {
}

/** A sector in the making during a {@link StructureWalk}. */
final class SectorBuilder {
    String name;
    NameSource nameSource;
    final List<Draft> drafts = new ArrayList<>();
    final Map<SectionKind, Integer> perSection = new EnumMap<>(SectionKind.class);
    boolean sectionSeen;
    /** Opened because the page's label names it, not by a line of the page. */
    boolean openedByLabel;
    /** Index of the last block placed in this sector (statement or heading), -1 before any. */
    int lastBlock = -1;
    /** The block at {@link #lastBlock}. */
    Block lastBlockSeen;
    /** A challenges heading opened a list in this sector. */
    boolean challengesOpened;
    /** Something that ends a list (another section's heading, a key-figure line) followed it. */
    boolean challengesClosed;

    SectorBuilder(String name, NameSource nameSource) {
        this.name = name;
        this.nameSource = nameSource;
    }

    /**
     * Whether the page's text stops inside this sector before its challenge list is complete.
     *
     * <p>Pages are often excerpts (web scrapes, PDF extracts cut at a fixed length) that end in
     * the middle of a sentence, inside the challenge list or before its heading was reached.
     * Challenges missing from such a page are unknown, not dropped, so the theme diff must not
     * report them as dropped or new. The evidence is structural, not wording: the last block of
     * the document is this sector's own (a statement or a heading of it, not chrome or a page
     * marker after it), that block does not end a sentence, and no list-ending element
     * (another section's heading, a key-figure line) followed the challenges. A page that ends
     * on a finished sentence, or whose challenges were followed by what comes after the list
     * in the report, is complete as far as the challenges go.
     *
     * @param lastIndex index of the document's last block
     */
    boolean challengeListCutShort(int lastIndex) {
        if (lastIndex < 0 || lastBlock != lastIndex || (challengesOpened && challengesClosed)) {
            return false;
        }
        // "." "!" "?" end a text; ":" and ";" announce or continue a list, so the rest is missing
        if (LinePatterns.endsFullStop(lastBlockSeen.text())) {
            return false;
        }
        return !unpunctuatedListStyle();
    }

    /**
     * A last bullet without a full stop in a list whose other bullets (two or more) end without
     * any sentence punctuation either: the list's style, no sign of a cut. Lists of short
     * points are often written so, also in complete pages.
     */
    private boolean unpunctuatedListStyle() {
        if (!lastBlockSeen.bullet() || drafts.isEmpty() || drafts.get(drafts.size() - 1).block() != lastBlockSeen) {
            return false;
        }
        SectionKind kind = drafts.get(drafts.size() - 1).section();
        List<Draft> others = drafts.subList(0, drafts.size() - 1).stream()
                .filter(d -> d.section() == kind && d.block().bullet()).toList();
        return others.size() >= 2 && others.stream().noneMatch(d -> d.block().endsSentence());
    }

    List<Statement> statements(String source) {
        Map<SectionKind, Integer> index = new EnumMap<>(SectionKind.class);
        List<Statement> out = new ArrayList<>();
        for (Draft d : drafts) {
            int n = index.merge(d.section(), 1, Integer::sum);
            out.add(new Statement(StatementIds.id(source, name, d.section(), n), d.section(), d.subheading(),
                    d.text(), d.block().original(), d.block().lines(), d.repairs(), d.inline()));
        }
        return out;
    }
}
