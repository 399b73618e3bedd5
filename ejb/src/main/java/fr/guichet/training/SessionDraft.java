package fr.guichet.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** A training session as a manager plans it: when, how long it counts, where (a room or a link), seats, trainer. */
public record SessionDraft(@NotNull Long serviceId, @NotNull Instant startsAt, @NotNull Instant endsAt,
                           @NotNull @DecimalMin("0.5") @DecimalMax("30") BigDecimal durationDays, @Size(max = 200) String place,
                           @Size(max = 500) String onlineLink, @Min(1) @Max(500) int seats, @NotBlank @Size(max = 150) String trainer) {
}
