package fr.guichet.problem;

import fr.guichet.ticket.TicketStatus;
import java.io.Serializable;
import java.util.List;

/** A problem with what it groups: its tickets (with their member), its major incidents and its workaround article. */
public record ProblemView(Problem problem, String serviceName, List<LinkedTicket> tickets, List<LinkedIncident> incidents,
                          Article article) implements Serializable {

    public record LinkedTicket(long id, String reference, String subject, TicketStatus status, String memberName) implements Serializable {
    }

    public record LinkedIncident(long id, String reference, String title) implements Serializable {
    }

    public record Article(long id, String title, boolean publicArticle) implements Serializable {
    }
}
