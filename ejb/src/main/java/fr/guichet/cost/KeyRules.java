package fr.guichet.cost;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Decimals;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a distribution key must be before it is saved or simulated: a code, known members, storable weights. */
public final class KeyRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Weights are stored as DECIMAL(18, 6): twelve digits before the point, six after. */
    private static final int INTEGER_DIGITS = 12;
    private static final int DECIMALS = 6;

    private KeyRules() {
    }

    /**
     * A weight that fits its column; also what keeps the exact arithmetic of the sharing small
     * (a weight such as 1E+400000000 would otherwise cost minutes of CPU).
     */
    public static boolean storable(BigDecimal weight) {
        return weight != null && weight.signum() >= 0 && Decimals.fits(weight, INTEGER_DIGITS, DECIMALS);
    }

    public static void check(String code, Map<Long, BigDecimal> weights, Set<Long> knownMembers) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessRuleException("allocation.key.code.invalid", code == null ? "" : code);
        }
        weights.forEach((member, weight) -> {
            if (!knownMembers.contains(member)) {
                throw new BusinessRuleException("allocation.member.invalid", String.valueOf(member));
            }
            if (!storable(weight)) {
                throw new BusinessRuleException("allocation.weight.invalid", String.valueOf(member));
            }
        });
    }
}
