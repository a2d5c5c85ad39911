package no.trendspor.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Norwegian reports print them: digits grouped in threes with a narrow no-break space
 * (U+202F), a decimal comma and a minus sign (U+2212). "2 200 000 000", "8,5", "−0,3".
 */
public final class NorwegianNumbers {

    /** The group separator: a narrow no-break space, so a number never wraps. */
    public static final char GROUP = '\u202F';

    private NorwegianNumbers() {
    }

    /** With exactly {@code decimals} decimals (rounded half up). */
    public static String format(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
        return layout(d);
    }

    /** With at most three decimals, trailing zeros dropped. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return layout(d.scale() < 0 ? d.setScale(0) : d);
    }

    private static String layout(BigDecimal d) {
        boolean negative = d.signum() < 0;
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder(plain.length() + 6);
        if (negative) {
            out.append('\u2212');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(GROUP);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(',').append(fraction);
        }
        return out.toString();
    }
}
