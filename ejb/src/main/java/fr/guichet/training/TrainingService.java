package fr.guichet.training;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training sessions and registrations. The session row is locked while seats are counted, so two
 * registrations for the last seat never both get it, on any node.
 */
@Stateless
public class TrainingService {

    static final String ENTITY = "registration";
    /** How long after a session its registrations stay on the service page, to record attendance. */
    static final Duration ATTENDANCE_WINDOW = Duration.ofDays(30);
    /** How sessions are dated in mails and the audit log. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    /**
     * Sessions of a training service that are not over yet, soonest first, with their seat counts (two
     * queries in all). Past sessions stay in the history (attendance, usage) but are no longer offered.
     */
    public List<SessionView> sessions(long serviceId) {
        caller.required();
        Instant now = Instant.now();
        List<TrainingSession> sessions = em.createQuery("SELECT s FROM TrainingSession s"
                        + " WHERE s.serviceId = :service AND s.endsAt > :now ORDER BY s.startsAt", TrainingSession.class)
                .setParameter("service", serviceId).setParameter("now", now).getResultList();
        return withSeatCounts(em, sessions, now);
    }

    /** The sessions with their confirmed and waiting counts, read in one grouped query over their ids. */
    static List<SessionView> withSeatCounts(EntityManager em, List<TrainingSession> sessions, Instant now) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT r.sessionId, r.status, COUNT(r) FROM Registration r WHERE r.sessionId IN :ids"
                        + " GROUP BY r.sessionId, r.status", Object[].class)
                .setParameter("ids", sessions.stream().map(TrainingSession::getId).toList()).getResultList()
                .forEach(row -> counts.put(row[0] + ":" + row[1], (Long) row[2]));
        return sessions.stream().map(s -> new SessionView(s,
                counts.getOrDefault(s.getId() + ":" + RegistrationStatus.CONFIRMED, 0L),
                counts.getOrDefault(s.getId() + ":" + RegistrationStatus.WAITING, 0L),
                s.isOpenForRegistration(now))).toList();
    }

    /**
     * Registers an agent: oneself, or (for a référent) any user of their member. Confirmed while seats
     * are free, else on the waiting list.
     */
    public Registration register(long sessionId, Long userId) {
        CallerIdentity who = caller.requireAnyRole(Role.AGENT, Role.REFERENT);
        long target = userId == null ? who.userId() : userId;
        if (target != who.userId() && !who.hasAnyRole(Role.REFERENT)) {
            throw new fr.guichet.security.AccessDeniedException();
        }
        UserAccount trainee = em.find(UserAccount.class, target);
        if (trainee == null || trainee.getMember() == null || !trainee.getMember().getId().equals(who.memberId())) {
            throw new NotFoundException("user", target);
        }
        TrainingSession session = lockedSession(sessionId);
        if (!session.isOpenForRegistration(Instant.now())) {
            throw new BusinessRuleException("training.closed");
        }
        boolean already = !em.createQuery("SELECT r FROM Registration r WHERE r.sessionId = :session AND r.userId = :user"
                        + " AND r.status <> :cancelled", Registration.class)
                .setParameter("session", sessionId).setParameter("user", target)
                .setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList().isEmpty();
        if (already) {
            throw new BusinessRuleException("training.alreadyRegistered", trainee.getFullName());
        }
        em.createQuery("DELETE FROM Registration r WHERE r.sessionId = :session AND r.userId = :user AND r.status = :cancelled")
                .setParameter("session", sessionId).setParameter("user", target)
                .setParameter("cancelled", RegistrationStatus.CANCELLED).executeUpdate();
        RegistrationStatus place = roster(session).placeForNewcomer();
        Registration registration = new Registration(sessionId, who.memberId(), target, who.login(), place, Instant.now());
        em.persist(registration);
        em.flush();
        audit.record("REGISTER", ENTITY, registration.getId(), who.memberId(), trainee.getLogin() + " → " + place);
        outbox.notify(trainee.recipient(), place == RegistrationStatus.CONFIRMED
                ? MailTemplate.TRAINING_CONFIRMED : MailTemplate.TRAINING_WAITING, DAY.format(session.getStartsAt()));
        return registration;
    }

    /** Withdraws a registration; a freed seat goes to the longest-waiting registration, who is told by mail. */
    public Registration cancel(long registrationId) {
        CallerIdentity who = caller.required();
        Registration registration = visibleRegistration(registrationId, who);
        if (!who.isStaff() && !who.hasAnyRole(Role.REFERENT) && registration.getUserId() != who.userId()) {
            throw new NotFoundException(ENTITY, registrationId);
        }
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return registration;
        }
        TrainingSession session = lockedSession(registration.getSessionId());
        if (!Instant.now().isBefore(session.getStartsAt())) {
            throw new BusinessRuleException("training.cancel.started");
        }
        List<Long> promoted = roster(session).promotionsAfterWithdrawing(registration.getId());
        registration.cancel();
        audit.record("CANCEL", ENTITY, registration.getId(), registration.getMemberId(), "→ CANCELLED");
        promoted.forEach(id -> promote(id, session));
        return registration;
    }

    /**
     * The platform, not the caller, gives the freed seat away: the promoted registration may belong to
     * another member, so it is updated and its trainee told without loading their rows as the caller.
     */
    private void promote(long registrationId, TrainingSession session) {
        em.createQuery("UPDATE Registration r SET r.status = :confirmed, r.version = r.version + 1 WHERE r.id = :id")
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("id", registrationId).executeUpdate();
        Object[] trainee = em.createQuery("SELECT u.email, u.fullName, u.login, u.locale, u.mailPreference, r.memberId, u.digestHour"
                        + " FROM Registration r, UserAccount u WHERE u.id = r.userId AND r.id = :id", Object[].class)
                .setParameter("id", registrationId).getSingleResult();
        audit.record("PROMOTE", ENTITY, registrationId, (Long) trainee[5], "WAITING → CONFIRMED");
        outbox.notify(UserAccount.recipient((String) trainee[0], (String) trainee[1], (String) trainee[2], (String) trainee[3],
                (MailPreference) trainee[4], (Integer) trainee[6]), MailTemplate.TRAINING_PROMOTED, DAY.format(session.getStartsAt()));
    }

    /** Staff record who attended (it feeds the "training days" usage of each member). */
    public Registration markAttendance(long registrationId, boolean attended) {
        caller.requireAnyRole(Role.MANAGER, Role.TECHNICIAN);
        Registration registration = visibleRegistration(registrationId, caller.required());
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new BusinessRuleException("training.attendance.notConfirmed");
        }
        registration.markAttendance(attended);
        audit.record("ATTENDANCE", ENTITY, registrationId, registration.getMemberId(), "attended: " + attended);
        return registration;
    }

    /** Registrations of a session: a commune user sees their member's, staff all. */
    public List<RegistrationRow> registrations(long sessionId) {
        return registrationRows("r.sessionId = :id AND s.endsAt > :since", sessionId, Instant.EPOCH);
    }

    /**
     * Live registrations to the sessions of a training service that are to come or ended less than
     * {@link #ATTENDANCE_WINDOW} ago (long enough to record attendance), in one query (same visibility).
     */
    public List<RegistrationRow> activeRegistrationsForService(long serviceId) {
        return registrationRows("s.serviceId = :id AND s.endsAt > :since"
                + " AND r.status <> fr.guichet.training.RegistrationStatus.CANCELLED", serviceId,
                Instant.now().minus(ATTENDANCE_WINDOW));
    }

    private List<RegistrationRow> registrationRows(String condition, long id, Instant since) {
        caller.required();
        Long member = caller.scope().memberFor(null);
        return em.createQuery("SELECT NEW fr.guichet.training.RegistrationRow(r.id, r.sessionId, s.startsAt, r.userId,"
                        + " u.fullName, m.name, r.status, r.registeredAt, r.attended)"
                        + " FROM Registration r, TrainingSession s, UserAccount u, Member m"
                        + " WHERE s.id = r.sessionId AND u.id = r.userId AND m.id = r.memberId AND " + condition
                        + " AND (:member IS NULL OR r.memberId = :member) ORDER BY s.startsAt, r.sessionId, r.status, r.registeredAt, r.id",
                        RegistrationRow.class)
                .setParameter("id", id).setParameter("since", since).setParameter("member", member).getResultList();
    }

    private Registration visibleRegistration(long id, CallerIdentity who) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null || !who.isStaff() && !registration.getMemberId().equals(who.memberId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return registration;
    }

    private TrainingSession lockedSession(long id) {
        TrainingSession session = em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    /** Seats are shared by all members: the roster reads every registration's place, never whose it is. */
    private SessionRoster roster(TrainingSession session) {
        List<SessionRoster.Entry> entries = em.createQuery("SELECT r.id, r.status, r.registeredAt FROM Registration r"
                        + " WHERE r.sessionId = :session AND r.status <> :cancelled", Object[].class)
                .setParameter("session", session.getId()).setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList().stream()
                .map(row -> new SessionRoster.Entry((Long) row[0], (RegistrationStatus) row[1], (Instant) row[2])).toList();
        return new SessionRoster(session.getSeats(), entries);
    }
}
