package fr.guichet.common;

import java.math.BigDecimal;

/** Decimal values as people write them. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Whether a value fits a DECIMAL column with so many digits before and after the point. Checked before
     * anything writes the value out or computes with it: {@code 1E-999999999} is a short input whose plain
     * form is a gigabyte.
     */
    public static boolean fits(BigDecimal value, int integerDigits, int fractionDigits) {
        if (value == null) {
            return true;
        }
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() <= fractionDigits && exact.precision() - exact.scale() <= integerDigits;
    }

    /** Without trailing zeros nor exponent: 20.00 → 20 (not 2E+1), 4.50 → 4.5; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
