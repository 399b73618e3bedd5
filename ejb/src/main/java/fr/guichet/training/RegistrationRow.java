package fr.guichet.training;

import java.io.Serializable;
import java.time.Instant;

/** A line of a session's registration list. */
public record RegistrationRow(long id, long sessionId, Instant sessionStartsAt, long userId, String userName, String memberName,
                             RegistrationStatus status, Instant registeredAt, Boolean attended) implements Serializable {
}
