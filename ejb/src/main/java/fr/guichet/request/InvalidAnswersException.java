package fr.guichet.request;

import fr.guichet.common.DomainException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A request form filled wrongly: every problem is listed, field by field. */
@ApplicationException(rollback = true)
public class InvalidAnswersException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidAnswersException(List<FieldProblem> problems) {
        super("request.answers.invalid");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
