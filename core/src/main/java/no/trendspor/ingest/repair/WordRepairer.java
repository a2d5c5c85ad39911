package no.trendspor.ingest.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import no.trendspor.model.Repair;

/**
 * Stage 4 of the ingest: mends words that PDF extraction damaged, only where evidence says so, and
 * records every change as a {@link Repair} with its evidence.
 *
 * <ul>
 *   <li><b>Ligature splits</b> ({@code ligature-split}): extraction breaks a word right after a
 *   ligature pair (tt, ti, ff, fi, fl, ft), leaving "word-start fragment". Two adjacent words are
 *   joined when the joined form is known (the documents use it, the general lexicon or Lucene's
 *   Norwegian stop set holds it, or it shares a Norwegian stem with a document or lexicon word) and
 *   the two parts are not both real words on their own ("rett er" stays).</li>
 *   <li><b>Glued words</b> ({@code glued-words}): an unknown long word that ends in a finite verb
 *   which never ends a compound ("glue tail" in the lexicon), and whose rest is a known word or
 *   shares a stem with a document word, is split in two.</li>
 * </ul>
 *
 * <p>Repairs are idempotent: repaired text gives no new repair.
 */
public final class WordRepairer {

    private static final String[] LIGATURES = {"tt", "ti", "ff", "fi", "fl", "ft"};
    private static final int MAX_FRAGMENT = 10;
    private static final int MIN_GLUED = 8;
    private static final int MIN_GLUE_HEAD = 4;
    private static final int MAX_PASSES = 4;

    private final Lexicon lexicon;

    public WordRepairer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The repaired text and its repairs. */
    public record Result(String text, List<Repair> repairs) {
    }

    private record Edit(int start, int end, String replacement, Repair repair) {
    }

    /**
     * Repairs one text.
     *
     * @param text       the text (normalised)
     * @param vocabulary the words of the documents of this run
     * @param lineAt     input line of a char offset of {@code text}
     */
    public Result repair(String text, Vocabulary vocabulary, IntUnaryOperator lineAt) {
        List<Repair> repairs = new ArrayList<>();
        // One repair per distinct change: a text repeating the same damage thousands of times
        // shares one evidence text instead of building one per occurrence.
        Map<String, Repair> made = new HashMap<>();
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Edit> edits = findEdits(current, vocabulary, lineAt, made);
            if (edits.isEmpty()) {
                break;
            }
            StringBuilder sb = new StringBuilder(current.length());
            int at = 0;
            for (Edit e : edits) {
                sb.append(current, at, e.start()).append(e.replacement());
                at = e.end();
                repairs.add(e.repair());
            }
            sb.append(current, at, current.length());
            current = sb.toString();
        }
        return new Result(current, Repair.merged(repairs));
    }

    private List<Edit> findEdits(String text, Vocabulary vocabulary, IntUnaryOperator lineAt, Map<String, Repair> made) {
        List<int[]> tokens = tokens(text);
        List<Edit> edits = new ArrayList<>();
        int skipUntil = -1;
        for (int i = 0; i < tokens.size(); i++) {
            int[] a = tokens.get(i);
            if (a[0] < skipUntil) {
                continue;
            }
            if (i + 1 < tokens.size()) {
                int[] b = tokens.get(i + 1);
                Edit join = ligatureJoin(text, a, b, vocabulary, lineAt, made);
                if (join != null) {
                    edits.add(join);
                    skipUntil = b[1];
                    continue;
                }
            }
            Edit split = glueSplit(text, a, vocabulary, lineAt, made);
            if (split != null) {
                edits.add(split);
            }
        }
        return edits;
    }

    private Edit ligatureJoin(String text, int[] a, int[] b, Vocabulary vocabulary, IntUnaryOperator lineAt,
            Map<String, Repair> made) {
        if (b[0] != a[1] + 1 || text.charAt(a[1]) != ' ') {
            return null;
        }
        String aw = text.substring(a[0], a[1]);
        String bw = text.substring(b[0], b[1]);
        if (aw.length() < 2 || bw.length() > MAX_FRAGMENT || !bw.equals(bw.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String al = aw.toLowerCase(Locale.ROOT);
        if (!al.substring(1).equals(aw.substring(1))) {
            return null; // an acronym or a name in capitals is not a split word
        }
        String pair = null;
        for (String lig : LIGATURES) {
            if (al.endsWith(lig)) {
                pair = lig;
                break;
            }
        }
        if (pair == null) {
            return null;
        }
        String joined = al + bw;
        String joinedEvidence = known(joined, al, vocabulary);
        if (joinedEvidence == null) {
            return null;
        }
        int together = vocabulary.pairCount(al, bw);
        boolean aKnown = lexicon.knows(al) || vocabulary.count(al) - together > 0;
        boolean bKnown = bw.length() > 1 && (lexicon.knows(bw) || vocabulary.count(bw) - together > 0);
        if (aKnown && bKnown) {
            return null;
        }
        String after = aw + bw;
        String before = aw + " " + bw;
        Repair repair = made.get("ligature-split " + before);
        if (repair == null) {
            repair = new Repair("ligature-split", before, after, lineAt.applyAsInt(a[0]), "'" + before
                    + "' is one word split after the ligature pair '" + pair + "': " + joinedEvidence
                    + ", while '" + (aKnown ? bw : aw) + "' is not a word on its own.");
            made.put("ligature-split " + before, repair);
        }
        return new Edit(a[0], b[1], after, repair);
    }

    private Edit glueSplit(String text, int[] t, Vocabulary vocabulary, IntUnaryOperator lineAt,
            Map<String, Repair> made) {
        String word = text.substring(t[0], t[1]);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() < MIN_GLUED || !lower.substring(1).equals(word.substring(1))) {
            return null;
        }
        if (lexicon.knows(lower) || vocabulary.count(lower) > 1 || vocabulary.sameStem(lower, lower, lexicon) != null) {
            return null;
        }
        // Only endings as short as a glue tail can be one: keeps a 1 MB "word" linear, not quadratic.
        for (int k = Math.max(MIN_GLUE_HEAD, lower.length() - lexicon.longestGlueTail()); k <= lower.length() - 3; k++) {
            String tail = lower.substring(k);
            if (!lexicon.isGlueTail(tail)) {
                continue;
            }
            String head = lower.substring(0, k);
            String headEvidence = known(head, lower, vocabulary);
            if (headEvidence == null) {
                continue;
            }
            String after = word.substring(0, k) + " " + word.substring(k);
            Repair repair = made.computeIfAbsent("glued-words " + word, w -> new Repair("glued-words", word, after,
                    lineAt.applyAsInt(t[0]), "'" + word + "' is not a known word; " + headEvidence + ", and '" + tail
                            + "' is a finite verb that does not end compound nouns, so two words were glued."));
            return new Edit(t[0], t[1], after, repair);
        }
        return null;
    }

    /** Why a lowercase word counts as known, or {@code null}; {@code fragment} is not evidence. */
    private String known(String word, String fragment, Vocabulary vocabulary) {
        if (lexicon.knows(word)) {
            return "'" + word + "' is in the general Norwegian lexicon";
        }
        if (vocabulary.count(word) > 0) {
            return "'" + word + "' occurs elsewhere in the documents";
        }
        String same = vocabulary.sameStem(word, fragment, lexicon);
        if (same != null) {
            return "'" + word + "' has the Norwegian stem of '" + same + "'";
        }
        return null;
    }

    /** [start, end) of each letter run. */
    private static List<int[]> tokens(String text) {
        return Vocabulary.letterRuns(text);
    }
}
