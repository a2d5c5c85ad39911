package no.trendspor.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 3 of PDF reading: a page's printed lines in reading order, with their column.
 *
 * <p>Lines stacked one under the other with overlapping x ranges form a text block (a column's
 * run of text between full-width elements); a line that sits under two blocks, or a block that has
 * two lines under it, starts a new block. Blocks are then ordered by two rules (after Breuel's
 * layout analysis): a block comes before another that it overlaps horizontally and lies above; and
 * a block comes before one entirely to its right unless a block between them vertically spans both
 * (a full-width heading or running header separates column bands). Ties go to the topmost, then
 * leftmost block, so the order is deterministic.
 *
 * <p>A column, for provenance, is a run of blocks in reading order each below the previous one.
 */
final class ReadingOrder {

    /** Lines further apart than this many font sizes are not one block. */
    static final float MAX_STEP = 3.2f;

    private ReadingOrder() {
    }

    /** A line placed: its box and its 1-based column on the page. */
    record Placed(LineBox box, int column) {
    }

    /** The page's lines in reading order. Rotated lines come last, in their own columns. */
    static List<Placed> order(List<LineBox> lines) {
        List<LineBox> upright = new ArrayList<>();
        List<LineBox> rotated = new ArrayList<>();
        for (LineBox l : lines) {
            (l.rotated() ? rotated : upright).add(l);
        }
        List<Placed> out = new ArrayList<>(lines.size());
        int column = place(blocks(upright), 0, out);
        place(blocks(rotated), column, out);
        return out;
    }

    private static final class Block {
        final List<LineBox> lines = new ArrayList<>();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float first;
        float last;
        boolean open = true;

        void add(LineBox l) {
            if (lines.isEmpty()) {
                first = l.baseline();
            }
            lines.add(l);
            x0 = Math.min(x0, l.x0());
            x1 = Math.max(x1, l.x1());
            last = l.baseline();
        }

        LineBox lastLine() {
            return lines.get(lines.size() - 1);
        }
    }

    private static boolean overlapX(float a0, float a1, float b0, float b1) {
        return a0 < b1 && b0 < a1;
    }

    /** Groups lines into blocks, scanning rows of lines from the top. */
    private static List<Block> blocks(List<LineBox> lines) {
        List<LineBox> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(LineBox::baseline).thenComparingDouble(LineBox::x0));
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            // one row: lines whose baselines are within the row tolerance of the first
            int j = i + 1;
            float tolerance = LineAssembler.ROW_TOLERANCE * sorted.get(i).size();
            while (j < sorted.size() && sorted.get(j).baseline() - sorted.get(i).baseline() <= tolerance) {
                j++;
            }
            List<LineBox> row = sorted.subList(i, j);
            List<Block> open = new ArrayList<>();
            for (Block b : blocks) {
                if (b.open) {
                    if (row.get(0).baseline() - b.last > MAX_STEP * Math.max(b.lastLine().size(), row.get(0).size())) {
                        b.open = false;
                    } else {
                        open.add(b);
                    }
                }
            }
            Block[] target = new Block[row.size()];
            for (int k = 0; k < row.size(); k++) {
                LineBox l = row.get(k);
                Block only = null;
                int candidates = 0;
                for (Block b : open) {
                    LineBox above = b.lastLine();
                    if (overlapX(above.x0(), above.x1(), l.x0(), l.x1())) {
                        candidates++;
                        only = b;
                    }
                }
                if (candidates == 1 && lineOverlaps(row, only.lastLine()) == 1) {
                    target[k] = only;
                }
            }
            for (Block b : open) {
                // a block whose last line has no single successor in this row ends here
                boolean continued = false;
                for (Block t : target) {
                    continued |= t == b;
                }
                if (!continued && lineOverlaps(row, b.lastLine()) > 0) {
                    b.open = false;
                }
            }
            for (int k = 0; k < row.size(); k++) {
                Block b = target[k];
                if (b == null) {
                    b = new Block();
                    blocks.add(b);
                }
                b.add(row.get(k));
            }
            i = j;
        }
        return blocks;
    }

    private static int lineOverlaps(List<LineBox> row, LineBox above) {
        int n = 0;
        for (LineBox l : row) {
            if (overlapX(above.x0(), above.x1(), l.x0(), l.x1())) {
                n++;
            }
        }
        return n;
    }

    /** Orders the blocks and appends their lines; returns the last column number used. */
    private static int place(List<Block> blocks, int column, List<Placed> out) {
        int n = blocks.size();
        boolean[][] before = new boolean[n][n];
        int[] indegree = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && precedes(blocks, a, b)) {
                    before[a][b] = true;
                    indegree[b]++;
                }
            }
        }
        boolean[] done = new boolean[n];
        Block previous = null;
        for (int placed = 0; placed < n; placed++) {
            int pick = -1;
            for (int k = 0; k < n; k++) {
                if (!done[k] && indegree[k] == 0 && (pick < 0 || earlier(blocks.get(k), blocks.get(pick)))) {
                    pick = k;
                }
            }
            if (pick < 0) {
                // a cycle (overlapping odd layouts): take the topmost remaining block
                for (int k = 0; k < n; k++) {
                    if (!done[k] && (pick < 0 || earlier(blocks.get(k), blocks.get(pick)))) {
                        pick = k;
                    }
                }
            }
            done[pick] = true;
            for (int b = 0; b < n; b++) {
                if (before[pick][b]) {
                    indegree[b]--;
                }
            }
            Block block = blocks.get(pick);
            if (previous == null || !(block.first > previous.last
                    && overlapX(previous.x0, previous.x1, block.x0, block.x1))) {
                column++;
            }
            for (LineBox l : block.lines) {
                out.add(new Placed(l, column));
            }
            previous = block;
        }
        return column;
    }

    /**
     * Blocks closer side by side than a column gutter are one column: a short heading at the
     * column's edge and the indented list under or over it are read top to bottom.
     */
    private static boolean nearX(Block a, Block b) {
        float gap = Math.max(b.x0 - a.x1, a.x0 - b.x1);
        float em = Math.min(a.lastLine().size(), b.lastLine().size());
        return gap < LineAssembler.GUTTER_MIN * em;
    }

    private static boolean earlier(Block a, Block b) {
        return a.first < b.first || (a.first == b.first && a.x0 < b.x0);
    }

    private static boolean precedes(List<Block> blocks, int ia, int ib) {
        Block a = blocks.get(ia);
        Block b = blocks.get(ib);
        if (overlapX(a.x0, a.x1, b.x0, b.x1) || nearX(a, b)) {
            return a.last < b.first;
        }
        if (a.x1 > b.x0) {
            return false; // a is not left of b
        }
        float upper = Math.min(a.last, b.last);
        float lower = Math.max(a.first, b.first);
        for (Block c : blocks) {
            if (c != a && c != b && c.x0 < a.x1 && c.x1 > b.x0 && c.first > upper && c.last < lower) {
                return false;
            }
        }
        return true;
    }
}
