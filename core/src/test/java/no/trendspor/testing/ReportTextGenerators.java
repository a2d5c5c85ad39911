package no.trendspor.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for text shaped like a municipal annual-report sector page: sector headings,
 * mission sentences, results and challenge bullets, numbers written the Norwegian way, and the
 * damage PDF extraction does to such text. Each generated page comes with what it contains
 * ({@link Page}), so a property can check the parser's answer against the generator's knowledge,
 * not merely that it does not crash.
 *
 * <p>The vocabulary is general Norwegian public-sector language (no phrases of the seeds or the
 * corpus). Reusable from other modules' tests through core's test-jar.
 */
public final class ReportTextGenerators {

    private ReportTextGenerators() {
    }

    // Sector names as municipalities commonly title their service areas.
    private static final List<String> SECTORS = List.of("Skole", "Barnehage", "Helse og omsorg", "Kultur",
            "Teknikk og miljø", "Samfunnsutvikling", "Sosiale tjenester", "Eiendom");

    // Everyday words of public-sector prose: nouns, verbs and function words, all lower case and
    // none of them a heading keyword, so a bullet never reads as a heading.
    private static final List<String> WORDS = List.of("kommunen", "har", "økt", "innsatsen", "for", "barn",
            "og", "unge", "til", "tjenestene", "kvalitet", "planen", "skal", "nye", "tiltak", "med", "arbeidet",
            "fått", "ansatte", "brukere", "samarbeid", "digitale", "løsninger", "bedre", "flere", "færre",
            "ventetid", "rekruttering", "kompetanse", "økonomi", "vedlikehold", "bygg", "innbyggere", "behov");

    /** One of the typical sector names. */
    public static Arbitrary<String> sectorNames() {
        return Arbitraries.of(SECTORS);
    }

    /** A lower-case word of public-sector prose. */
    public static Arbitrary<String> words() {
        return Arbitraries.of(WORDS);
    }

    /** A number and the way a Norwegian report writes it ("1 234", "12,5 prosent", "3 400 kroner"). */
    public record WrittenNumber(BigDecimal value, String text) {
    }

    /**
     * Numbers from 0 to above the range of {@code long} (the report text may hold any digits), with
     * a space as thousands separator and a decimal comma, optionally with a unit.
     */
    public static Arbitrary<WrittenNumber> numbers() {
        Arbitrary<BigDecimal> value = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000_000).map(BigDecimal::valueOf),
                Arbitraries.longs().between(0, 100_000).map(v -> BigDecimal.valueOf(v, 1)),
                Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(Long.MAX_VALUE),
                        java.math.BigInteger.TEN.pow(30)).map(BigDecimal::new));
        Arbitrary<String> unit = Arbitraries.of("", " prosent", " %", " kroner", " mill. kr", " elever");
        return Combinators.combine(value, unit).as((v, u) -> new WrittenNumber(v, norwegian(v) + u));
    }

    /** {@code value} with spaces between thousands and a decimal comma. */
    public static String norwegian(BigDecimal value) {
        BigDecimal v = value.setScale(Math.max(0, value.scale()), RoundingMode.UNNECESSARY);
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
    }

    /** A sentence: capitalised, 3 to 12 words, sometimes with a number, ending in a full stop. */
    public static Arbitrary<String> sentences() {
        Arbitrary<List<String>> plain = words().list().ofMinSize(3).ofMaxSize(12);
        Arbitrary<List<String>> withNumber = Combinators.combine(plain, numbers(), Arbitraries.integers().between(0, 2))
                .as((ws, n, at) -> {
                    List<String> out = new ArrayList<>(ws);
                    out.add(Math.min(at + 1, out.size()), n.text());
                    return out;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, plain),
                net.jqwik.api.Tuple.of(1, withNumber))
                .map(ws -> capitalise(String.join(" ", ws)) + ".");
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A sector of a page: its name, mission, results and challenges, as the generator wrote them. */
    public record SectorPage(String name, String mission, List<String> results, List<String> challenges) {
    }

    /** A whole page and what it holds. {@code text} uses LF line ends and " • " bullets. */
    public record Page(String text, int year, List<SectorPage> sectors) {
    }

    /** One sector: heading, mission sentence, results bullets, challenge bullets. */
    public static Arbitrary<SectorPage> sectorPages(String name) {
        // A mission sentence has at least six words ("X skal gi ..."), as the parser expects.
        Arbitrary<String> mission = words().list().ofMinSize(4).ofMaxSize(10)
                .map(ws -> name + " skal gi " + String.join(" ", ws) + ".");
        Arbitrary<List<String>> bullets = sentences().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(mission, bullets, bullets).as((m, r, c) -> new SectorPage(name, m, r, c));
    }

    /** Clean pages of one to three distinct sectors for a year between 2000 and 2099. */
    public static Arbitrary<Page> pages() {
        Arbitrary<Integer> year = Arbitraries.integers().between(2000, 2099);
        Arbitrary<List<SectorPage>> sectors = sectorNames().list().uniqueElements().ofMinSize(1).ofMaxSize(3)
                .flatMap(names -> {
                    List<Arbitrary<SectorPage>> each = names.stream().map(ReportTextGenerators::sectorPages).toList();
                    return Combinators.combine(each).as(List::copyOf);
                });
        return Combinators.combine(year, sectors).as(ReportTextGenerators::page);
    }

    /** Writes a page the way a report's web page or PDF lays it out. */
    static Page page(int year, List<SectorPage> sectors) {
        StringBuilder sb = new StringBuilder("Årsrapport ").append(year).append("\n\n");
        for (SectorPage s : sectors) {
            sb.append(s.name()).append('\n').append(s.mission()).append("\n\n");
            sb.append("Viktige resultater og innsatser i ").append(year).append('\n');
            s.results().forEach(r -> sb.append(" • ").append(r).append('\n'));
            sb.append("\nUtfordringer fremover\n");
            s.challenges().forEach(c -> sb.append(" • ").append(c).append('\n'));
            sb.append('\n');
        }
        return new Page(sb.toString(), year, sectors);
    }

    /**
     * Text damaged the way extraction from PDF and web pages damages it, without changing what
     * a careful reader would read: CRLF line ends, no-break and odd spaces, soft hyphens, trailing
     * spaces, other bullet glyphs and the Wingdings bullet extracted as a lone "n ".
     */
    public static Arbitrary<String> damaged(String text) {
        Arbitrary<Boolean> flip = Arbitraries.of(true, false);
        return Combinators.combine(flip, flip, flip, flip, Arbitraries.of(" • ", "• ", " - ", " – ", "n ", "\u2022\u00A0"))
                .as((crlf, nbsp, trailing, shy, bullet) -> {
                    String t = text.replace(" • ", bullet);
                    if (nbsp) {
                        t = t.replace(" og ", "\u00A0og\u00A0");
                    }
                    if (shy) {
                        t = t.replace("kommunen", "kom\u00ADmunen");
                    }
                    if (trailing) {
                        t = t.replace("\n", "  \n");
                    }
                    if (crlf) {
                        t = t.replace("\n", "\r\n");
                    }
                    return t;
                });
    }
}
