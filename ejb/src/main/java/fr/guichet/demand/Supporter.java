package fr.guichet.demand;

import java.io.Serializable;
import java.time.Instant;

/** A member's co-signature as shown on a demand. */
public record Supporter(long memberId, String memberName, long population, String signedBy, String comment,
                        Integer expectedUsers, Instant signedAt) implements Serializable {
}
