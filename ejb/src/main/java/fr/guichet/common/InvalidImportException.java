package fr.guichet.common;

import fr.guichet.common.DomainException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** A usage file with bad lines: nothing of it was kept; every problem is listed, line by line. */
@ApplicationException(rollback = true)
public class InvalidImportException extends DomainException {

    private final transient List<ImportProblem> problems;

    public InvalidImportException(List<ImportProblem> problems) {
        super("import.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
