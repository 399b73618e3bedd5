package fr.guichet.answer;

import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketChanges;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an active canned answer for a ticket and counts its use, in the caller's transaction: shared by
 * technicians inserting one and by rules sending one. Reads the ticket's names directly (a rule runs with the
 * identity of whoever changed the ticket, who may not read the catalogue or other people).
 */
@Dependent
public class AnswerFiller {

    @PersistenceContext
    private EntityManager em;

    /** The filled text; refused (nothing changed) if the answer is unknown or retired. */
    public String fill(long answerId, Ticket ticket, String technician) {
        CannedAnswer answer = em.find(CannedAnswer.class, answerId);
        if (answer == null || !answer.isActive()) {
            throw new TicketChanges.Refused("la réponse type " + answerId + " n'existe pas ou est retirée");
        }
        em.createQuery("UPDATE CannedAnswer a SET a.usageCount = a.usageCount + 1 WHERE a.id = :id")
                .setParameter("id", answerId).executeUpdate();
        return AnswerTemplate.fill(answer.getBody(), values(ticket, technician));
    }

    public String title(long answerId) {
        CannedAnswer answer = em.find(CannedAnswer.class, answerId);
        return answer == null ? String.valueOf(answerId) : answer.getTitle();
    }

    /** One statement for the requester's, member's and service's names. */
    private Map<String, String> values(Ticket ticket, String technician) {
        List<Object[]> names = em.createQuery("SELECT u.fullName, m.name, (SELECT s.name FROM ServiceOffering s WHERE s.id = :service)"
                        + " FROM UserAccount u, Member m WHERE u.id = :requester AND m.id = :member", Object[].class)
                .setParameter("service", ticket.getServiceId() == null ? -1L : ticket.getServiceId())
                .setParameter("requester", ticket.getRequesterId()).setParameter("member", ticket.getMemberId()).getResultList();
        Object[] row = names.isEmpty() ? new Object[3] : names.get(0);
        Map<String, String> values = new HashMap<>();
        values.put("demandeur", (String) row[0]);
        values.put("commune", (String) row[1]);
        values.put("service", (String) row[2]);
        values.put("reference", ticket.getReference());
        values.put("objet", ticket.getSubject());
        values.put("technicien", technician);
        return values;
    }
}
