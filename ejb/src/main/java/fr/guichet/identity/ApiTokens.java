package fr.guichet.identity;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.SqlValues;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens. A user creates, names, lists and revokes their own; an administrator lists and revokes
 * anyone's. The secret is returned once, at creation; the API accepts it as {@code Authorization: Bearer}. Every
 * creation and revocation is audited.
 */
@Stateless
public class ApiTokens {

    static final String ENTITY = "api_token";
    public static final int MAX_ACTIVE = 20;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Writing the last use on every call would add a write to every read: once a minute is precise enough. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    /** A token just created: its record, and the secret, which nobody will see again. */
    public record Created(ApiToken token, String secret) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** A new token for the caller, valid until the end of {@code expiresOn} (Paris time), or without end. */
    public Created create(@NotBlank(message = "{token.name.required}") @Size(max = 100)
                          @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{text.control}") String name, LocalDate expiresOn) {
        CallerIdentity who = caller.required();
        Instant now = Instant.now();
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(PARIS))) {
            throw new BusinessRuleException("token.expiry.past");
        }
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.userId = :user AND t.revokedAt IS NULL"
                + " AND (t.expiresAt IS NULL OR t.expiresAt > :now)", Long.class).setParameter("user", who.userId())
                .setParameter("now", now).getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new BusinessRuleException("token.tooMany", MAX_ACTIVE);
        }
        String secret = TokenSecrets.newSecret();
        ApiToken token = new ApiToken(who.userId(), name.strip(), secret,
                expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(PARIS).toInstant(), now);
        em.persist(token);
        em.flush();
        audit.record("CREATE", ENTITY, token.getId(), who.memberId(), token.getName() + " (" + token.getPrefix() + "…)");
        return new Created(token, secret);
    }

    /** The caller's tokens, or for an administrator those of {@code userId}; newest first. */
    public List<ApiToken> of(Long userId) {
        CallerIdentity who = caller.required();
        long owner = userId == null || userId == who.userId() ? who.userId() : adminFor(who, userId);
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.userId = :user ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class)
                .setParameter("user", owner).setMaxResults(200).getResultList();
    }

    /** Revokes one of the caller's tokens, or anyone's for an administrator; another's is "not found" to others. */
    public ApiToken revoke(long id) {
        CallerIdentity who = caller.required();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getUserId() != who.userId() && !who.hasAnyRole(Role.ADMIN)) {
            throw new NotFoundException(ENTITY, id);
        }
        if (token.getRevokedAt() == null) {
            token.revoke(who.login(), Instant.now());
            audit.record("REVOKE", ENTITY, id, null, token.getName() + " (" + token.getPrefix() + "…)");
        }
        return token;
    }

    /**
     * The user a presented token stands for, if it is one, neither revoked nor expired; its last use is noted. Runs
     * for every Bearer call, before anyone is logged in: the platform's work.
     */
    @SuppressWarnings("unchecked")
    public Optional<Long> userOf(String presented) {
        Optional<String> digest = TokenSecrets.digestOf(presented);
        if (digest.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        List<Object[]> rows = em.createNativeQuery("SELECT id, user_id, last_used_at FROM api_token WHERE digest = ?"
                + " AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)")
                .setParameter(1, digest.get()).setParameter(2, SqlValues.timestamp(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant lastUse = row[2] == null ? null : SqlValues.instant(row[2]);
        if (lastUse == null || lastUse.plus(TOUCH).isBefore(now)) {
            em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ?").setParameter(1, SqlValues.timestamp(now))
                    .setParameter(2, ((Number) row[0]).longValue()).executeUpdate();
        }
        return Optional.of(((Number) row[1]).longValue());
    }

    private long adminFor(CallerIdentity who, long userId) {
        if (!who.hasAnyRole(Role.ADMIN)) {
            throw new NotFoundException("user", userId);
        }
        return userId;
    }
}
