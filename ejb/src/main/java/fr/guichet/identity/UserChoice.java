package fr.guichet.identity;

import java.io.Serializable;

/** A commune user as a picker offers them: enough to tell two Martin apart (login and member). */
public record UserChoice(long id, String login, String fullName, long memberId, String memberName) implements Serializable {

    public String label() {
        return fullName + " — " + memberName + " (" + login + ")";
    }
}
