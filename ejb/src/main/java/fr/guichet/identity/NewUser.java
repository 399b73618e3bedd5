package fr.guichet.identity;

import fr.guichet.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account an administrator creates; {@code memberId} is empty for syndicate staff. */
public record NewUser(
        @NotBlank(message = "{user.login.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{user.login.invalid}") String login,
        @NotBlank(message = "{user.fullName.required}") @Size(max = 150) String fullName,
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}") @Size(max = 190) String email,
        Long memberId,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        @NotBlank(message = "{password.required}") String password) {

    /**
     * The login as it will be typed at every login ({@link Logins#normalise}), so "Givors.Agent4" is
     * created as "givors.agent4"; one that cannot be a login is kept as given, for validation to refuse.
     */
    public NewUser {
        login = Logins.normalise(login).orElse(login);
    }
}
