package fr.guichet.incident;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.MaxBytes;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.StoredTexts;
import fr.guichet.identity.UserAccount;
import fr.guichet.member.CrisisContact;
import fr.guichet.member.MemberDirectory;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.notification.Recipient;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketAction;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Major incidents, declared and worked by technicians, managers and administrators. A commune user reads an incident
 * only when their member is affected, and then only its public updates. Every public update is mailed once, in the
 * transaction that posts it, to the référents and crisis contacts of the affected members; every change is audited.
 */
@Stateless
public class MajorIncidents {

    static final String ENTITY = "major_incident";
    /** The first calls come before anyone declares: tickets opened this long before are suggested too. */
    static final Duration SUGGESTION_LOOKBACK = Duration.ofHours(24);
    static final int SUGGESTIONS = 50;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DECISION_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final String LINKED_TICKETS = "SELECT t.id, t.reference, t.subject, t.status, m.name FROM major_incident_ticket i"
            + " JOIN ticket t ON t.id = i.ticket_id JOIN member m ON m.id = t.member_id";

    /** An incident as a ticket's page mentions it. */
    public record Summary(long id, String reference, String title, IncidentStatus status) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private ServiceDirectory services;

    @Inject
    private MemberDirectory members;

    @Inject
    private TicketService tickets;

    @Inject
    private MemberImpact impact;

    public MajorIncident declare(@NotNull @Valid NewMajorIncident declared) {
        CallerIdentity who = requireWorker();
        Map<Long, String> known = services.names();
        for (Long service : declared.serviceIds()) {
            if (service == null || !known.containsKey(service)) {
                throw new BusinessRuleException("incident.service.unknown", String.valueOf(service));
            }
        }
        Ticket origin = declared.originTicketId() == null ? null : tickets.get(declared.originTicketId());
        Instant now = Instant.now();
        MajorIncident incident = new MajorIncident(declared.title().strip(), declared.serviceIds(),
                impact.of(declared.serviceIds(), Set.of(), now), origin == null ? null : origin.getId(), who.login(), now);
        em.persist(incident);
        em.flush();
        incident.assignReference();
        audit.record("DECLARE", ENTITY, incident.getId(), null, incident.getReference() + " — " + incident.getTitle());
        if (origin != null) {
            attach(incident, origin);
        }
        String announcement = declared.announcement() == null || declared.announcement().isBlank()
                ? StoredTexts.get("stored.incident.declared", incident.getTitle()) : declared.announcement().strip();
        post(incident, UpdateKind.DECLARED, announcement, false, null, null, who);
        return incident;
    }

    /**
     * Newest first: every incident for staff, those affecting their member for a commune user; only those in
     * {@code status} when it is given.
     */
    @SuppressWarnings("unchecked")
    public Page<MajorIncident> page(IncidentStatus status, PageRequest request) {
        CallerIdentity who = caller.required();
        String from = (who.isStaff() ? " FROM major_incident i"
                : " FROM major_incident i JOIN major_incident_member a ON a.incident_id = i.id AND a.member_id = " + who.memberId())
                + (status == null ? "" : " WHERE i.status = '" + status.name() + "'");
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*)" + from).getSingleResult()).longValue();
        List<Long> ids = ((List<Object>) em.createNativeQuery("SELECT i.id" + from + " ORDER BY i.declared_at DESC, i.id DESC")
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, MajorIncident> found = ids.isEmpty() ? Map.of()
                : em.createQuery("SELECT i FROM MajorIncident i WHERE i.id IN :ids", MajorIncident.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(MajorIncident::getId, i -> i));
        return new Page<>(ids.stream().map(found::get).toList(), total, request.page(), request.size());
    }

    public IncidentView view(long id) {
        CallerIdentity who = caller.required();
        MajorIncident incident = readable(id, who);
        List<IncidentUpdate> updates = em.createQuery("SELECT u FROM IncidentUpdate u WHERE u.incidentId = :id"
                        + " AND (u.internal = FALSE OR :staff = TRUE) ORDER BY u.postedAt, u.id", IncidentUpdate.class)
                .setParameter("id", id).setParameter("staff", who.isStaff()).getResultList();
        Map<Long, String> serviceNames = services.names();
        Map<Long, String> memberNames = members.names();
        Set<Long> shownMembers = who.isStaff() ? incident.getAffectedMemberIds() : Set.of(who.memberId());
        return new IncidentView(incident, named(incident.getServiceIds(), serviceNames), named(shownMembers, memberNames), updates,
                linkedTickets(id, who), who.isStaff(), TicketService.isWorker(who));
    }

    /** Posts news, a decision to cut a service, or its restoration; a public one is mailed at once. */
    public IncidentUpdate post(long id, @NotNull @Valid IncidentPost posted) {
        CallerIdentity who = requireWorker();
        MajorIncident incident = open(id);
        if (posted.kind() == UpdateKind.DECLARED || posted.kind() == UpdateKind.RESOLVED) {
            throw new BusinessRuleException("incident.update.kind");
        }
        String decidedBy = null;
        Instant decidedAt = null;
        if (posted.kind() == UpdateKind.CUT_DECISION) {
            if (posted.decidedBy() == null || posted.decidedBy().isBlank()) {
                throw new BusinessRuleException("incident.decision.who");
            }
            decidedBy = posted.decidedBy().strip();
            decidedAt = posted.decidedAt() == null ? Instant.now() : posted.decidedAt();
            if (decidedAt.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
                throw new BusinessRuleException("incident.decision.future");
            }
        }
        return post(incident, posted.kind(), posted.body().strip(), posted.internal(), decidedBy, decidedAt, who);
    }

    /** Staff adjust the members affected (those whose référents and crisis contacts hear of it). */
    public MajorIncident affect(long id, @NotNull @Size(max = 1000) Set<@NotNull Long> memberIds) {
        requireWorker();
        MajorIncident incident = find(id);
        Map<Long, String> names = members.names();
        for (Long member : memberIds) {
            if (!names.containsKey(member)) {
                throw new NotFoundException("member", member);
            }
        }
        String before = namesOf(incident.getAffectedMemberIds(), names);
        incident.affect(memberIds);
        audit.record("AFFECT", ENTITY, id, null, ChangeSummary.between(Map.of("members", before), Map.of("members", namesOf(memberIds, names))));
        return incident;
    }

    /** Links a ticket: its member is affected from now on. A ticket follows one major incident at most. */
    public void link(long id, long ticketId) {
        requireWorker();
        MajorIncident incident = open(id);
        Ticket ticket = tickets.get(ticketId);
        Optional<Summary> current = ofTicket(ticketId);
        if (current.isPresent()) {
            if (current.get().id() != id) {
                throw new BusinessRuleException("incident.ticket.elsewhere", ticket.getReference(), current.get().reference());
            }
            return;
        }
        attach(incident, ticket);
    }

    public void unlink(long id, long ticketId) {
        requireWorker();
        find(id);
        int removed = em.createNativeQuery("DELETE FROM major_incident_ticket WHERE incident_id = ? AND ticket_id = ?")
                .setParameter(1, id).setParameter(2, ticketId).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("ticket", ticketId);
        }
        audit.record("UNLINK", ENTITY, id, null, String.valueOf(ticketId));
    }

    /** Open tickets of the incident's services opened since a day before it was declared, linked to no incident yet. */
    @SuppressWarnings("unchecked")
    public List<IncidentView.LinkedTicket> suggestions(long id) {
        requireWorker();
        MajorIncident incident = find(id);
        if (incident.getServiceIds().isEmpty()) {
            return List.of();
        }
        String services = incident.getServiceIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.reference, t.subject, t.status, m.name FROM ticket t"
                        + " JOIN member m ON m.id = t.member_id WHERE t.service_id IN (" + services + ") AND t.open_state = 1"
                        + " AND t.created_at >= ? AND NOT EXISTS (SELECT 1 FROM major_incident_ticket i WHERE i.ticket_id = t.id)"
                        + " ORDER BY t.created_at DESC, t.id DESC LIMIT " + SUGGESTIONS)
                .setParameter(1, incident.getDeclaredAt().minus(SUGGESTION_LOOKBACK)).getResultList();
        return rows.stream().map(MajorIncidents::linkedTicket).toList();
    }

    /** Ends the incident: its open linked tickets are resolved with the same public note, which is mailed too. */
    @SuppressWarnings("unchecked")
    public MajorIncident resolve(long id, @NotBlank(message = "{incident.resolution.required}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT)
                                 String note) {
        CallerIdentity who = requireWorker();
        MajorIncident incident = open(id);
        List<Object> open = em.createNativeQuery("SELECT t.id FROM major_incident_ticket i JOIN ticket t ON t.id = i.ticket_id"
                + " WHERE i.incident_id = ? AND t.open_state = 1 ORDER BY t.id").setParameter(1, id).getResultList();
        for (Object ticket : open) {
            tickets.act(((Number) ticket).longValue(), TicketAction.RESOLVE, note.strip());
        }
        incident.resolve(Instant.now());
        audit.record("RESOLVE", ENTITY, id, null, incident.getReference() + " — " + open.size() + " ticket(s)");
        post(incident, UpdateKind.RESOLVED, note.strip(), false, null, null, who);
        return incident;
    }

    /** The post-incident review, once the incident is over: its cause and what will keep it from coming back. */
    public MajorIncident review(long id, @NotBlank(message = "{incident.review.cause}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String cause,
                                @NotBlank(message = "{incident.review.actions}") @Size(max = 20000) @MaxBytes(MaxBytes.TEXT) String actions) {
        requireWorker();
        MajorIncident incident = find(id);
        if (incident.isOpen()) {
            throw new BusinessRuleException("incident.review.open");
        }
        incident.review(cause.strip(), actions.strip(), Instant.now());
        audit.record("REVIEW", ENTITY, id, null, incident.getReference());
        return incident;
    }

    /** The incident a ticket is linked to, for the ticket's own page (whoever may read the ticket may read this). */
    @SuppressWarnings("unchecked")
    public Optional<Summary> ofTicket(long ticketId) {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.reference, i.title, i.status FROM major_incident_ticket l"
                + " JOIN major_incident i ON i.id = l.incident_id WHERE l.ticket_id = ?").setParameter(1, ticketId).getResultList();
        return rows.stream().findFirst().map(r -> new Summary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                IncidentStatus.valueOf((String) r[3])));
    }

    private IncidentUpdate post(MajorIncident incident, UpdateKind kind, String body, boolean internal, String decidedBy,
                                Instant decidedAt, CallerIdentity who) {
        IncidentUpdate update = new IncidentUpdate(incident.getId(), kind, body, internal, who.login(), who.fullName(),
                decidedBy, decidedAt, Instant.now());
        em.persist(update);
        if (!internal) {
            update.mailedTo(mail(incident, update));
        }
        audit.record("POST_UPDATE", ENTITY, incident.getId(), null, kind + (internal ? " (interne)" : "") + " : "
                + (body.length() > 200 ? body.substring(0, 199) + "…" : body));
        return update;
    }

    /** One mail per address: a référent who is also a crisis contact hears it once, in their own language. */
    private int mail(MajorIncident incident, IncidentUpdate update) {
        Collection<Recipient> recipients = recipientsOf(incident.getAffectedMemberIds());
        String serviceNames = namesOf(incident.getServiceIds(), services.names());
        for (Recipient recipient : recipients) {
            if (update.getKind() == UpdateKind.CUT_DECISION) {
                outbox.notify(recipient, MailTemplate.MAJOR_INCIDENT_DECISION, incident.getReference(), incident.getTitle(),
                        update.getBody(), serviceNames, update.getDecidedBy(), DECISION_TIME.format(update.getDecidedAt()),
                        String.valueOf(incident.getId()));
            } else {
                outbox.notify(recipient, MailTemplate.MAJOR_INCIDENT_UPDATE, incident.getReference(), incident.getTitle(),
                        update.getBody(), serviceNames, new MailOutbox.Localized("mail.incident.kind." + update.getKind()),
                        String.valueOf(incident.getId()));
            }
        }
        return recipients.size();
    }

    private Collection<Recipient> recipientsOf(Set<Long> affected) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        if (affected.isEmpty()) {
            return List.of();
        }
        UserAccount.activeReferentsOf(em, affected).forEach(u -> byAddress.putIfAbsent(u.getEmail().toLowerCase(Locale.ROOT), u.recipient()));
        em.createQuery("SELECT c FROM CrisisContact c WHERE c.memberId IN :members AND c.email IS NOT NULL ORDER BY c.memberId, c.callOrder",
                        CrisisContact.class)
                .setParameter("members", affected).getResultStream().map(CrisisContact::draft)
                .forEach(c -> byAddress.putIfAbsent(c.email().toLowerCase(Locale.ROOT), new Recipient(c.email(), c.name(), "", "fr", true, null)));
        return byAddress.values();
    }

    private void attach(MajorIncident incident, Ticket ticket) {
        em.createNativeQuery("INSERT INTO major_incident_ticket (incident_id, ticket_id) VALUES (?, ?)")
                .setParameter(1, incident.getId()).setParameter(2, ticket.getId()).executeUpdate();
        if (!incident.getAffectedMemberIds().contains(ticket.getMemberId())) {
            Set<Long> affected = new TreeSet<>(incident.getAffectedMemberIds());
            affected.add(ticket.getMemberId());
            incident.affect(affected);
        }
        audit.record("LINK", ENTITY, incident.getId(), ticket.getMemberId(), ticket.getReference());
    }

    /** Linked tickets the reader could open: all for staff, the member's for a référent, their own and watched for an agent. */
    @SuppressWarnings("unchecked")
    private List<IncidentView.LinkedTicket> linkedTickets(long id, CallerIdentity who) {
        String scope = who.isStaff() ? ""
                : " AND t.member_id = " + who.memberId() + (who.hasAnyRole(Role.REFERENT) ? ""
                : " AND (t.requester_id = " + who.userId() + " OR EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id"
                + " AND w.user_id = " + who.userId() + "))");
        List<Object[]> rows = em.createNativeQuery(LINKED_TICKETS + " WHERE i.incident_id = ?" + scope
                + " ORDER BY t.created_at DESC, t.id DESC LIMIT 1000").setParameter(1, id).getResultList();
        return rows.stream().map(MajorIncidents::linkedTicket).toList();
    }

    private static IncidentView.LinkedTicket linkedTicket(Object[] r) {
        return new IncidentView.LinkedTicket(((Number) r[0]).longValue(), (String) r[1], (String) r[2], TicketStatus.valueOf((String) r[3]),
                (String) r[4]);
    }

    private MajorIncident readable(long id, CallerIdentity who) {
        MajorIncident incident = em.find(MajorIncident.class, id);
        if (incident == null || !who.isStaff() && !incident.getAffectedMemberIds().contains(who.memberId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return incident;
    }

    private MajorIncident find(long id) {
        MajorIncident incident = em.find(MajorIncident.class, id);
        if (incident == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return incident;
    }

    private MajorIncident open(long id) {
        MajorIncident incident = find(id);
        if (!incident.isOpen()) {
            throw new BusinessRuleException("incident.closed", incident.getReference());
        }
        return incident;
    }

    private CallerIdentity requireWorker() {
        return caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
    }

    private static List<IncidentView.Named> named(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> new IncidentView.Named(id, names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(IncidentView.Named::name)).toList();
    }

    private static String namesOf(Collection<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }
}
