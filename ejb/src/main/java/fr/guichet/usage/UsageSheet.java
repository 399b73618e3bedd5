package fr.guichet.usage;

import fr.guichet.common.ImportProblem;
import java.util.List;

/** A usage file read and checked: its valid entries and, line by line, what is wrong with the others. */
public record UsageSheet(List<UsageEntry> entries, List<ImportProblem> problems, long lineCount) {

    public boolean isValid() {
        return problems.isEmpty() && !entries.isEmpty();
    }
}
