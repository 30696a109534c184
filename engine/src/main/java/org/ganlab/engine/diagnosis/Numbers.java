package org.ganlab.engine.diagnosis;

import java.util.Locale;

/** How the doctor writes numbers for people: 3 significant digits, 2e-4 style for small ones, 1,190 for iterations. */
public final class Numbers {

    private Numbers() {
    }

    public static String compact(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            String s = String.format(Locale.ROOT, "%.2e", v);
            return s.replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
        }
        String s = String.format(Locale.ROOT, a >= 100 ? "%.1f" : "%.3g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    public static String iteration(long i) {
        return String.format(Locale.ROOT, "%,d", i);
    }
}
