package fr.guichet.subscription;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a subscription list, read with one query per page. */
public record SubscriptionRow(long id, long memberId, String memberName, long serviceId, String serviceName,
                              String usageUnit, BigDecimal quantity, SubscriptionStatus status, LocalDate startDate)
        implements Serializable {
}
