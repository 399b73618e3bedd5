package fr.guichet.common;

import java.math.BigDecimal;

/** Decimal values as people write them, and the bounds of any decimal a user may enter. */
public final class Decimals {

    /** Digits before the point of an entered value: the widest column is DECIMAL(18, x). */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** Digits after the point of an entered value (more than any column keeps). */
    public static final int MAX_DECIMALS = 10;
    /** Longer digit strings are refused before any arithmetic on them. */
    private static final int MAX_PRECISION = 60;

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
        // Digit count and exponent first: they cost nothing, stripping a 100 000-digit number does.
        if (value.precision() > MAX_PRECISION || Math.abs((long) value.scale()) > MAX_PRECISION + MAX_INTEGER_DIGITS) {
            return false;
        }
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() <= fractionDigits && (long) exact.precision() - exact.scale() <= integerDigits;
    }

    /** Without trailing zeros nor exponent: 20.00 → 20 (not 2E+1), 4.50 → 4.5; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Whether an entered value is a number people write: at most 18 digits before the point and 10 after.
     * {@code 1E-999999999} or {@code 1e999999999} fit in a few bytes of JSON but would make a
     * gigabyte-long plain string or minutes of arithmetic, so they are refused before anything reads them.
     * Only the exponent and the digit count are looked at, which costs nothing whatever the value.
     */
    public static boolean withinInputBounds(BigDecimal value) {
        return fits(value, MAX_INTEGER_DIGITS, MAX_DECIMALS);
    }
}
