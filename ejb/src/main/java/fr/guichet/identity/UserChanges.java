package fr.guichet.identity;

import fr.guichet.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator may change on an existing account (login and member are fixed). */
public record UserChanges(
        @NotBlank(message = "{user.fullName.required}") @Size(max = 150) String fullName,
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 190) String email,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        @NotNull @Pattern(regexp = "fr|en", message = "{user.locale.invalid}") String locale,
        @NotNull MailPreference mailPreference) {
}
