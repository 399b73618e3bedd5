package fr.guichet.cmdb;

import fr.guichet.common.ImportProblem;
import java.util.List;

/** An inventory file checked: what importing it would do, or why it cannot be imported. */
public record ImportPreview(ImportSummary summary, List<ImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty() && summary.created() + summary.updated() > 0;
    }
}
