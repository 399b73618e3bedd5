package fr.guichet.demand;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** What a manager assesses of a demand: three marks from 0 to 5, the effort and the cost. */
public record ScoreMarks(
        @NotNull @Min(0) @Max(5) Integer riskReduction,
        @NotNull @Min(0) @Max(5) Integer inclusion,
        @NotNull @Min(0) @Max(5) Integer sovereignty,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 1) BigDecimal effortDays,
        @NotNull @Min(0) Long costCents) implements Serializable {
}
