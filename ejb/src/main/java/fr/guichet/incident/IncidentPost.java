package fr.guichet.incident;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An update staff post on the timeline. A decision to cut a service names who took it and when (the decider is
 * often a commune's elected official on the phone, not a Guichet user).
 */
public record IncidentPost(
        @NotNull UpdateKind kind,
        @NotBlank(message = "{incident.update.required}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String body,
        boolean internal,
        @Size(max = 150) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}") String decidedBy,
        Instant decidedAt) {
}
