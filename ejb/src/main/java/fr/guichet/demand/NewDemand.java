package fr.guichet.demand;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What a commune user writes to submit a demand for their member. */
public record NewDemand(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String description,
        @NotNull DemandKind kind,
        @NotBlank @Size(max = 5000) String expectedBenefit,
        LocalDate deadline,
        Set<Long> serviceIds) implements Serializable {
}
