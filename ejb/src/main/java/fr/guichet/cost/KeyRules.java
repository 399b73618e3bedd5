package fr.guichet.cost;

import fr.guichet.common.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a distribution key must be before it is saved or simulated: a code, known members, storable weights. */
public final class KeyRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Weights are stored as DECIMAL(18, 6). */
    private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN.pow(12);

    private KeyRules() {
    }

    public static void check(String code, Map<Long, BigDecimal> weights, Set<Long> knownMembers) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new BusinessRuleException("allocation.key.code.invalid", code == null ? "" : code);
        }
        weights.forEach((member, weight) -> {
            if (!knownMembers.contains(member)) {
                throw new BusinessRuleException("allocation.member.invalid", String.valueOf(member));
            }
            if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) >= 0) {
                throw new BusinessRuleException("allocation.weight.invalid", String.valueOf(member));
            }
        });
    }
}
