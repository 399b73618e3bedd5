package fr.guichet.ticket;

import fr.guichet.attachment.Attachments;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.StoredTexts;
import fr.guichet.identity.PeoplePicker;
import fr.guichet.identity.UserChoice;
import fr.guichet.security.AccessDeniedException;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;

/**
 * How tickets relate to each other and to people: staff merge a duplicate into the ticket that carries on and
 * link related tickets; staff and the requester's side add watchers, colleagues of the ticket's own member.
 * Each change is in the history and the audit log.
 */
@Stateless
public class TicketRelations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private TicketWorkflow workflow;

    @Inject
    private TicketMails mails;

    @Inject
    private Attachments attachments;

    @Inject
    private PeoplePicker people;

    @Inject
    private AuditLog audit;

    /**
     * Merges a duplicate into the ticket that carries on: its comments and files move over, its requester and
     * watchers follow the survivor and are told by mail, and it is closed with a link to the survivor.
     */
    public Ticket merge(long duplicateId, long intoId) {
        requireWorker();
        Ticket duplicate = tickets.get(duplicateId);
        Ticket into = tickets.get(intoId);
        TicketMerge.Side duplicateSide = TicketMerge.Side.of(duplicate);
        TicketMerge.Side intoSide = TicketMerge.Side.of(into);
        TicketMerge.check(duplicateSide, intoSide);
        Instant now = Instant.now();
        int comments = em.createQuery("UPDATE TicketComment c SET c.ticketId = :into WHERE c.ticketId = :duplicate")
                .setParameter("into", intoId).setParameter("duplicate", duplicateId).executeUpdate();
        int files = attachments.move(TicketAttachments.of(duplicate), TicketAttachments.of(into));
        Set<Long> followers = TicketMerge.newWatchers(duplicateSide, intoSide);
        followers.forEach(into::watch);
        into.touch(now);
        TicketStatus from = duplicate.getStatus();
        duplicate.closeAsMergedInto(intoId, now);
        workflow.record(duplicate, TicketEvent.Kind.MERGE, from, StoredTexts.get("stored.ticket.mergedInto", into.getReference()),
                true, now);
        workflow.record(into, TicketEvent.Kind.MERGE, null, StoredTexts.get("stored.ticket.mergedFrom", duplicate.getReference(),
                comments, files, followers.size()), true, now);
        audit.record("MERGE", TicketService.ENTITY, duplicateId, duplicate.getMemberId(),
                duplicate.getReference() + " → " + into.getReference());
        mails.merged(duplicate, into);
        return into;
    }

    /** Links two related tickets both ways (the same outage seen by two people, a cause and its effect). */
    public Ticket link(long id, long otherId) {
        requireWorker();
        Ticket ticket = tickets.get(id);
        Ticket other = tickets.get(otherId);
        if (id == otherId) {
            throw new BusinessRuleException("ticket.link.same");
        }
        if (!ticket.getLinkedIds().contains(otherId)) {
            ticket.link(otherId);
            other.link(id);
            recordBoth(ticket, other, "LINK", "stored.ticket.linked");
        }
        return ticket;
    }

    public Ticket unlink(long id, long otherId) {
        requireWorker();
        Ticket ticket = tickets.get(id);
        Ticket other = tickets.get(otherId);
        if (ticket.getLinkedIds().contains(otherId)) {
            ticket.unlink(otherId);
            other.unlink(id);
            recordBoth(ticket, other, "UNLINK", "stored.ticket.unlinked");
        }
        return ticket;
    }

    /**
     * Adds a colleague of the ticket's member as a watcher: they get its public news by mail and may read it. Staff,
     * the requester and the member's référent may; the person must be an active user of that same member.
     */
    public Ticket addWatcher(long id, long userId) {
        Ticket ticket = tickets.get(id);
        requireRequesterSideOrWorker(ticket);
        UserChoice person = people.communeUser(userId);
        if (person == null || person.memberId() != ticket.getMemberId()) {
            throw new BusinessRuleException("ticket.watcher.otherMember");
        }
        if (userId != ticket.getRequesterId() && !ticket.getWatcherIds().contains(userId)) {
            ticket.watch(userId);
            recordWatchers(ticket, "WATCHER_ADD", StoredTexts.get("stored.ticket.watcherAdded", person.fullName()));
        }
        return ticket;
    }

    /** Stops someone's watching: staff, the requester's side, or the watcher themself. */
    public Ticket removeWatcher(long id, long userId) {
        Ticket ticket = tickets.get(id);
        if (userId != caller.required().userId()) {
            requireRequesterSideOrWorker(ticket);
        }
        if (ticket.getWatcherIds().contains(userId)) {
            ticket.unwatch(userId);
            String name = em.createQuery("SELECT u.fullName FROM UserAccount u WHERE u.id = :id", String.class)
                    .setParameter("id", userId).getSingleResult();
            recordWatchers(ticket, "WATCHER_REMOVE", StoredTexts.get("stored.ticket.watcherRemoved", name));
        }
        return ticket;
    }

    private void recordBoth(Ticket ticket, Ticket other, String action, String textKey) {
        Instant now = Instant.now();
        workflow.record(ticket, TicketEvent.Kind.LINK, null, StoredTexts.get(textKey, other.getReference()), false, now);
        workflow.record(other, TicketEvent.Kind.LINK, null, StoredTexts.get(textKey, ticket.getReference()), false, now);
        audit.record(action, TicketService.ENTITY, ticket.getId(), ticket.getMemberId(),
                ticket.getReference() + " — " + other.getReference());
    }

    private void recordWatchers(Ticket ticket, String action, String detail) {
        ticket.touch(Instant.now());
        workflow.record(ticket, TicketEvent.Kind.WATCH, null, detail, true, Instant.now());
        audit.record(action, TicketService.ENTITY, ticket.getId(), ticket.getMemberId(), ticket.getReference() + " — " + detail);
    }

    private void requireWorker() {
        if (!TicketService.isWorker(caller.required())) {
            throw new AccessDeniedException();
        }
    }

    private void requireRequesterSideOrWorker(Ticket ticket) {
        CallerIdentity who = caller.required();
        if (!TicketService.isWorker(who) && !TicketService.isRequesterSide(who, ticket)) {
            throw new AccessDeniedException();
        }
    }
}
