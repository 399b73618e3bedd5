package fr.guichet.request;

import java.io.Serializable;
import java.time.Instant;

/** A line of a request list, read with one query per page. */
public record RequestRow(long id, String reference, long memberId, String memberName, long serviceId,
                         String serviceName, String requesterName, String assigneeName, RequestStatus status,
                         Instant createdAt, Instant updatedAt) implements Serializable {
}
