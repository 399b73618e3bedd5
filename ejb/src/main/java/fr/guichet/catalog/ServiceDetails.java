package fr.guichet.catalog;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What a project manager enters about a catalogue service. */
public record ServiceDetails(
        @NotBlank(message = "{service.code.required}") @Pattern(regexp = "[a-z0-9-]{2,60}", message = "{service.code.invalid}") String code,
        @NotBlank(message = "{service.category.required}") String categoryCode,
        @NotBlank(message = "{service.name.required}") @Size(max = 150) String name,
        @NotBlank(message = "{service.summary.required}") @Size(max = 300) String summary,
        @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String descriptionHtml,
        Long ownerId,
        @NotNull Lifecycle lifecycle,
        @Size(max = 120) String software,
        @Size(max = 120) String vendor,
        @NotNull LicenceType licenceType,
        @Size(max = 80) String licenceName,
        @NotNull FundingMode fundingMode,
        @Size(max = 80) String distributionKey,
        @Size(max = 80) String usageIndicator,
        @Size(max = 40) String usageUnit,
        @NotNull UsageSource usageSource,
        @PositiveOrZero long annualCostCents,
        @PositiveOrZero Long unitPriceCents,
        @NotNull ServiceLevel serviceLevel,
        boolean openToAll,
        Set<Long> allowedMemberIds,
        boolean training,
        @Size(max = 500) String tags) {
}
