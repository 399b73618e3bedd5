package fr.guichet.web.api;

import java.util.Arrays;

/**
 * A request body refused before it reaches the code: a field the target does not have, a value of the
 * wrong kind or out of bounds. Names the field (its JSON path), so the client sees its own mistake.
 */
public class InvalidJsonException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidJsonException(String field, String messageKey, Object... arguments) {
        super(messageKey + " at " + field);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
