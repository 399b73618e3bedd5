package fr.guichet.member;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One crisis contact as typed: a name, a role, and a way to reach them at least. */
public record CrisisContactDraft(
        @NotNull(message = "{crisis.role.required}") CrisisRole role,
        @NotBlank(message = "{crisis.name.required}") @Size(max = 150) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}")
        String name,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 .()-]{6,30}", message = "{crisis.phone.invalid}") String phone,
        @Email(message = "{member.email.invalid}") @Size(max = 190) String email,
        boolean decides,
        @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}") String availability) {

    public CrisisContactDraft {
        name = blankToNull(name);
        phone = blankToNull(phone);
        email = blankToNull(email);
        availability = blankToNull(availability);
    }

    /** A crisis contact nobody can reach is no contact. */
    @AssertTrue(message = "{crisis.reach.required}")
    public boolean isReachable() {
        return phone != null || email != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
