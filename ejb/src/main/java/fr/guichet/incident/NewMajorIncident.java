package fr.guichet.incident;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A major incident as staff declare it: what is happening, on which services, from which ticket, and a first word. */
public record NewMajorIncident(
        @NotBlank(message = "{incident.title.required}") @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
        @NotEmpty(message = "{incident.services.required}") @Size(max = 50) Set<Long> serviceIds,
        Long originTicketId,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String announcement) {
}
