package fr.guichet.web.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the dashboards show them: French grouping, euros from cents, "—" for no value. */
public final class Figures {

    public static final String NONE = "—";

    private Figures() {
    }

    /** Euros (two decimals) from cents: the unit of every exported amount. */
    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public static String number(Object value) {
        if (value == null) {
            return NONE;
        }
        if (!(value instanceof Number number)) {
            return value.toString();
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        BigDecimal decimal = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        format.setMinimumFractionDigits(Math.min(2, Math.max(0, decimal.stripTrailingZeros().scale())));
        format.setMaximumFractionDigits(2);
        // Narrow no-break spaces are not in the PDF's standard fonts; a no-break space reads the same.
        return format.format(decimal.setScale(Math.min(2, Math.max(0, decimal.scale())), RoundingMode.HALF_UP)).replace('\u202f', '\u00a0');
    }

    public static String money(long cents) {
        return number(euros(cents)) + "\u00a0€";
    }

    public static String percent(BigDecimal percent) {
        return percent == null ? NONE : number(percent) + "\u00a0%";
    }
}
