package fr.guichet.demand;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A line of the backlog, read with one query per page. {@code populationShare} is a fraction (0.2345). */
public record DemandRow(long id, String reference, String title, DemandKind kind, DemandState state, String memberName,
                        int supporters, BigDecimal populationShare, BigDecimal score, Integer rank, boolean rankOverridden,
                        String targetQuarter, Instant createdAt, boolean supportedByMe) implements Serializable {
}
