package fr.guichet.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Contact details a member's référent keeps up to date themselves. */
public record MemberContact(
        @Email(message = "{member.email.invalid}") @Size(max = 190) String contactEmail,
        @Size(max = 30) String contactPhone) {
}
