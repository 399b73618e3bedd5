package fr.guichet.training;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.CatalogService;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.notification.MailOutbox;
import fr.guichet.notification.MailTemplate;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * Managers plan training sessions: create and correct them (never below the seats already taken), cancel one (its
 * registrants are told by mail, with the reason) and print its attendance sheet. Audited.
 */
@Stateless
public class SessionPlanning {

    static final String ENTITY = "training_session";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MailOutbox outbox;

    @Inject
    private CatalogService catalog;

    /** Sessions of every training service from a month ago on, soonest first, with their seat counts. */
    public List<SessionView> planned() {
        caller.requireStaff(Role.MANAGER, Role.ADMIN, Role.TECHNICIAN);
        Instant since = Instant.now().minus(TrainingService.ATTENDANCE_WINDOW);
        List<TrainingSession> sessions = em.createQuery("SELECT s FROM TrainingSession s WHERE s.endsAt > :since ORDER BY s.startsAt, s.id",
                TrainingSession.class).setParameter("since", since).setMaxResults(500).getResultList();
        return TrainingService.withSeatCounts(em, sessions, Instant.now());
    }

    public TrainingSession create(@NotNull @Valid SessionDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        check(draft);
        TrainingSession session = new TrainingSession(draft);
        em.persist(session);
        em.flush();
        audit.record("CREATE", ENTITY, session.getId(), null, summary(session));
        return session;
    }

    public TrainingSession update(long id, @NotNull @Valid SessionDraft draft) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        TrainingSession session = locked(id);
        check(draft);
        long confirmed = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.sessionId = :id AND r.status = :confirmed", Long.class)
                .setParameter("id", id).setParameter("confirmed", RegistrationStatus.CONFIRMED).getSingleResult();
        if (draft.seats() < confirmed) {
            throw new BusinessRuleException("training.seats.belowConfirmed", confirmed);
        }
        String before = summary(session);
        session.change(draft);
        audit.record("UPDATE", ENTITY, id, null, before + " → " + summary(session));
        return session;
    }

    /** Cancels a session: its registrations end and every registrant (seat or waiting list) is told why. */
    public TrainingSession cancel(long id, @NotBlank @Size(max = 500) String reason) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN);
        TrainingSession session = locked(id);
        if (session.isCancelled()) {
            throw new BusinessRuleException("training.session.cancelled");
        }
        session.cancel();
        List<Object[]> registrants = em.createQuery("SELECT u.email, u.fullName, u.login, u.locale, u.mailPreference, u.digestHour, r.id"
                        + " FROM Registration r, UserAccount u WHERE u.id = r.userId AND r.sessionId = :id AND r.status <> :cancelled",
                        Object[].class)
                .setParameter("id", id).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
        em.createQuery("UPDATE Registration r SET r.status = :cancelled, r.version = r.version + 1 WHERE r.sessionId = :id"
                        + " AND r.status <> :cancelled")
                .setParameter("cancelled", RegistrationStatus.CANCELLED).setParameter("id", id).executeUpdate();
        String service = catalog.get(session.getServiceId()).getName();
        for (Object[] person : registrants) {
            outbox.notify(UserAccount.recipient((String) person[0], (String) person[1], (String) person[2], (String) person[3],
                    (MailPreference) person[4], (Integer) person[5]), MailTemplate.TRAINING_CANCELLED, service,
                    TrainingService.DAY.format(session.getStartsAt()), reason.strip());
        }
        audit.record("CANCEL", ENTITY, id, null, summary(session) + " — " + reason.strip() + " — " + registrants.size()
                + " inscrit(s) prévenu(s)");
        return session;
    }

    /** Who holds a seat, by member then name, to sign on the day. */
    public AttendanceSheet attendanceSheet(long id) {
        caller.requireStaff(Role.MANAGER, Role.ADMIN, Role.TECHNICIAN);
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException("session", id);
        }
        List<AttendanceSheet.Trainee> trainees = em.createQuery("SELECT NEW fr.guichet.training.AttendanceSheet.Trainee(u.fullName, m.name)"
                        + " FROM Registration r, UserAccount u, Member m WHERE u.id = r.userId AND m.id = r.memberId"
                        + " AND r.sessionId = :id AND r.status = :confirmed ORDER BY m.name, u.fullName", AttendanceSheet.Trainee.class)
                .setParameter("id", id).setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultList();
        return new AttendanceSheet(session, catalog.get(session.getServiceId()).getName(), trainees);
    }

    private void check(SessionDraft draft) {
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new BusinessRuleException("training.session.period");
        }
        catalog.get(draft.serviceId());
    }

    private TrainingSession locked(long id) {
        TrainingSession session = em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("session", id);
        }
        return session;
    }

    private static String summary(TrainingSession session) {
        return TrainingService.DAY.format(session.getStartsAt()) + " — " + session.getSeats() + " places — " + session.getTrainer();
    }
}
