package fr.guichet.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A refusal the user must understand. It carries a message key of the French/English bundles and its
 * arguments, never a sentence, so each front end (pages, REST) words it in the caller's language.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        // Arguments may be null (a value the caller left out), which List.of refuses.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
