package fr.guichet.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What an administrator enters about a member. */
public record MemberDetails(
        @NotBlank(message = "{member.name.required}") @Size(max = 150) String name,
        @NotNull(message = "{member.kind.required}") MemberKind kind,
        @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "{member.insee.invalid}") String inseeCode,
        @NotNull @PositiveOrZero(message = "{member.population.invalid}") Integer population,
        @NotNull(message = "{member.since.required}") LocalDate memberSince,
        LocalDate memberUntil,
        boolean active,
        @Email(message = "{member.email.invalid}") @Size(max = 190) String contactEmail,
        @Size(max = 30) String contactPhone) {
}
