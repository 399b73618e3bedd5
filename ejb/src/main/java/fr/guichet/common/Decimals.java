package fr.guichet.common;

import java.math.BigDecimal;

/** Decimal values as people write them. */
public final class Decimals {

    private Decimals() {
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
