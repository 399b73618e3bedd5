package fr.guichet.identity;

import fr.guichet.common.BusinessRuleException;

/** Minimum strength of a password set by an administrator or a user: 9 characters, letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 9;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessRuleException("password.weak", MIN_LENGTH);
        }
    }
}
