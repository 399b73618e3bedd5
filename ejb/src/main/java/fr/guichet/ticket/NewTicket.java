package fr.guichet.ticket;

import fr.guichet.common.MaxBytes;
import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a commune user fills in to open a ticket; the configuration item, when given, must be their member's. */
public record NewTicket(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String description,
        @NotNull TicketType type,
        Long serviceId,
        @NotNull Impact impact,
        @NotNull Urgency urgency,
        Long configurationItemId) {

    /** A ticket about no particular configuration item. */
    public NewTicket(String subject, String description, TicketType type, Long serviceId, Impact impact, Urgency urgency) {
        this(subject, description, type, serviceId, impact, urgency, null);
    }
}
