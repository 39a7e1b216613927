package nl.samenspel.enquete;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages with one decimal, rounded half up, each on its own: rows may add up to 99.9 or 100.1. */
final class Procent {

    private Procent() {
    }

    static Double van(long deel, long geheel) {
        if (geheel <= 0) {
            return null;
        }
        return BigDecimal.valueOf(deel * 100L).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP).doubleValue();
    }

    static Double afgerond(double waarde) {
        return BigDecimal.valueOf(waarde).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
