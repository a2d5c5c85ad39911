package no.trendspor.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis range widened to "nice" tick steps (1, 2 or 5 times a power of ten), so tick labels are
 * round numbers a reader can interpolate between.
 *
 * @param min      the first tick (at or below the data's minimum)
 * @param max      the last tick (at or above the data's maximum)
 * @param step     the distance between ticks
 * @param decimals the decimals a tick label needs to show the step
 */
public record NiceScale(double min, double max, double step, int decimals) {

    /** Aim for about this many intervals; rounding the step to 1-2-5 gives 2 to 8. */
    private static final int TARGET_INTERVALS = 4;

    /** A scale covering [{@code low}, {@code high}]; equal ends get a unit-sized range around them. */
    public static NiceScale of(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("axis ends must be finite: " + low + ", " + high);
        }
        if (high < low) {
            double t = low;
            low = high;
            high = t;
        }
        if (high == low) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / TARGET_INTERVALS);
        double min = Math.floor(low / step + 1e-9) * step;
        double max = Math.ceil(high / step - 1e-9) * step;
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return new NiceScale(clean(min, decimals), clean(max, decimals), step, decimals);
    }

    /** The ticks from {@link #min} to {@link #max}, {@link #step} apart. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            ticks.add(clean(min + i * step, decimals));
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, the nearest to {@code rough} (on a log scale, roughly). */
    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
        return nice * magnitude;
    }

    // 0.1 + 0.2 style noise would print as 0,30000000000000004 and break equality of ticks.
    private static double clean(double v, int decimals) {
        double r = new java.math.BigDecimal(v).setScale(decimals + 2, java.math.RoundingMode.HALF_UP).doubleValue();
        return r == 0 ? 0 : r;
    }
}
