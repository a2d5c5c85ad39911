package no.trendspor.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.trendspor.ingest.InputException;

/**
 * An analyst's decisions, as read from a decisions file (see {@code docs/decisions.md}): one per
 * line,
 * <pre>
 * confirm MUNICIPALITY|YEAR|SECTOR|HASH -&gt; MUNICIPALITY|YEAR|SECTOR|HASH
 * reject  MUNICIPALITY|YEAR|SECTOR|HASH -&gt; MUNICIPALITY|YEAR|SECTOR|HASH
 * equivalent WORD OR PHRASE, WORD OR PHRASE[, ...]
 * </pre>
 * with {@code #} comments and blank lines. The statement keys are the {@code key} fields of the JSON
 * report ({@link StatementKey}).
 *
 * @param decisions the decisions, in file order
 */
public record Decisions(List<Decision> decisions) {

    /** No decisions. */
    public static final Decisions NONE = new Decisions(List.of());

    public Decisions {
        decisions = List.copyOf(decisions);
    }

    /** The equivalence groups the decisions declare, in file order. */
    public List<List<String>> equivalences() {
        return decisions.stream().filter(d -> d.kind() == Decision.Kind.EQUIVALENT).map(Decision::equivalents)
                .toList();
    }

    /** Whether there are link decisions (confirm or reject). */
    boolean hasLinkDecisions() {
        return decisions.stream().anyMatch(d -> d.kind() != Decision.Kind.EQUIVALENT);
    }

    /**
     * Reads a decisions file (UTF-8).
     *
     * @throws InputException naming the file and line of the first line that is not a decision
     */
    public static Decisions read(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), 0, "not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.toString(), 0, "no such decisions file");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read the decisions file ("
                    + e.getClass().getSimpleName() + ")");
        }
        return parse(file.toString(), text);
    }

    /** Parses the text of a decisions file; {@code source} names it in errors. */
    public static Decisions parse(String source, String text) {
        List<Decision> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text.startsWith("\ufeff") ? text.substring(1)
                : text))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                int hash = line.indexOf('#');
                String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (body.isEmpty()) {
                    continue;
                }
                try {
                    out.add(parseLine(body, n));
                } catch (IllegalArgumentException e) {
                    throw new InputException(source, n, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Decisions(out);
    }

    private static Decision parseLine(String body, int line) {
        String[] verb = body.split("\\s+", 2);
        String rest = verb.length > 1 ? verb[1].strip() : "";
        switch (verb[0].toLowerCase(java.util.Locale.ROOT)) {
            case "confirm", "reject" -> {
                int arrow = rest.indexOf("->");
                if (arrow < 0) {
                    throw new IllegalArgumentException("expected 'KEY -> KEY' after " + verb[0]);
                }
                StatementKey from = StatementKey.parse(rest.substring(0, arrow));
                StatementKey to = StatementKey.parse(rest.substring(arrow + 2));
                Decision.Kind kind = verb[0].equalsIgnoreCase("confirm") ? Decision.Kind.CONFIRM : Decision.Kind.REJECT;
                return new Decision(kind, from, to, List.of(), line);
            }
            case "equivalent" -> {
                List<String> members = new ArrayList<>();
                for (String m : rest.split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                if (members.size() < 2) {
                    throw new IllegalArgumentException("an equivalence needs two or more members, separated by commas");
                }
                return new Decision(Decision.Kind.EQUIVALENT, null, null, members, line);
            }
            default -> throw new IllegalArgumentException("unknown decision '" + verb[0]
                    + "' (expected confirm, reject or equivalent)");
        }
    }
}
