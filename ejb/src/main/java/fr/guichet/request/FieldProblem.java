package fr.guichet.request;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one answer of a request form: a message key and its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) implements Serializable {

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, List.of(arguments));
    }
}
