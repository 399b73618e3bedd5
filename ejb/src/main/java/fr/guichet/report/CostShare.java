package fr.guichet.report;

import java.io.Serializable;

/** What a member pays for a service this budget year and the last, with the mode and key used this year. */
public record CostShare(long serviceId, String serviceName, String fundingMode, String keyName, long cents, long previousCents)
        implements Serializable {
}
