package fr.guichet.usage;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One value of a usage indicator: a member's use of a service in a month. */
public record UsageEntry(long memberId, long serviceId, YearMonth month, BigDecimal value) {
}
