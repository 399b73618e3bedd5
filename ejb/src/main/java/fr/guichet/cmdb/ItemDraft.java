package fr.guichet.cmdb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An item as staff type it or a CSV line gives it; attributes are checked against the kind by {@link ItemAttributes}.
 * A site or a network link may serve no one service ({@code serviceId} {@code null}).
 */
public record ItemDraft(
        @NotNull(message = "{cmdb.member.required}") Long memberId,
        Long serviceId,
        @NotNull(message = "{cmdb.kind.required}") ItemKind kind,
        @NotBlank(message = "{cmdb.name.required}") @Size(max = 150) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String name,
        @NotNull(message = "{cmdb.state.required}") ItemState state,
        @Size(max = 10) Map<@NotBlank @Size(max = 40) String, @Size(max = 200) String> attributes) {

    public ItemDraft {
        name = name == null ? null : name.strip();
        attributes = ItemAttributes.given(attributes);
    }
}
