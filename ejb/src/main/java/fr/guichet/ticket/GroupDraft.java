package fr.guichet.ticket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A support group as a manager writes it; the code names it in rules and routing and does not change. */
public record GroupDraft(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}", message = "{group.code.invalid}") String code,
                         @NotBlank @Size(max = 100) String name, Long managerId, @NotNull @Size(max = 200) Set<Long> memberIds) {
}
