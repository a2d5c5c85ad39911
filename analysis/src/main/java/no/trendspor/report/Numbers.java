package no.trendspor.report;

import java.math.BigDecimal;

/** Numbers for human-readable reports: plain decimals, the same on every locale. */
final class Numbers {

    private Numbers() {
    }

    /** At most three decimals, no trailing zeros, no exponent. */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Like {@link #format} with a sign in front of positive numbers. */
    static String signed(double v) {
        String s = format(v);
        return v > 0 ? "+" + s : s;
    }
}
