package fr.guichet.common;

import java.io.Serializable;
import java.util.List;

/** What is wrong with one line of an imported file: a message key and its arguments (line 1 is the header). */
public record ImportProblem(long line, String messageKey, List<Object> arguments) implements Serializable {

    public ImportProblem(long line, String messageKey, Object... arguments) {
        this(line, messageKey, List.of(arguments));
    }
}
