package fr.guichet.change;

import fr.guichet.common.MaxBytes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * A change as staff prepare it. The plan and back-out plan are internal; the public summary is what communes read
 * in the announcement and on the status page.
 */
public record ChangeDraft(
        @NotBlank(message = "{change.title.required}") @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String title,
        @NotBlank(message = "{change.summary.required}") @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String publicSummary,
        @NotBlank(message = "{change.plan.required}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String plan,
        @NotBlank(message = "{change.backout.required}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String backoutPlan,
        @NotNull(message = "{change.risk.required}") ChangeRisk risk,
        boolean interrupts,
        @NotNull(message = "{change.window.required}") Instant windowStart,
        @NotNull(message = "{change.window.required}") Instant windowEnd,
        @NotNull @Size(max = 50) Set<@NotNull Long> serviceIds,
        @NotNull @Size(max = 500) Set<@NotNull Long> itemIds,
        Long problemId) {

    public ChangeDraft {
        title = title == null ? null : title.strip();
        publicSummary = publicSummary == null ? null : publicSummary.strip();
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        itemIds = itemIds == null ? Set.of() : Set.copyOf(itemIds);
    }

    @AssertTrue(message = "{change.window.order}")
    public boolean isWindowInOrder() {
        return windowStart == null || windowEnd == null || windowEnd.isAfter(windowStart);
    }

    /** A change touches something: a service or an item. */
    @AssertTrue(message = "{change.scope.required}")
    public boolean isScoped() {
        return !serviceIds.isEmpty() || !itemIds.isEmpty();
    }
}
