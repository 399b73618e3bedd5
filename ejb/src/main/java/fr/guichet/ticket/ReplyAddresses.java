package fr.guichet.ticket;

import fr.guichet.common.Settings;
import fr.guichet.common.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Reply addresses with the server secret: {@code guichet.mail.reply.secret}, or else one generated on first
 * use and kept in the database, so that every node of a cluster makes and checks the same tokens and a
 * restart invalidates none. Runs in the caller's transaction.
 */
@Dependent
class ReplyAddresses {

    private static final String SECRET_NAME = "mail.reply";
    /** The stored secret once read committed: it never changes, so every mail need not read it again. */
    private static volatile byte[] knownSecret;

    @PersistenceContext
    private EntityManager em;

    /** The address a mail about the ticket gives for replies. */
    String forTicket(long ticketId) {
        return ReplyAddress.of(Settings.mailInAddress(), tokens().of(ticketId));
    }

    /** The ticket the recipients of an incoming message address, if its token verifies. */
    ReplyAddress.Link linkOf(Collection<String> recipients) {
        return ReplyAddress.linkOf(Settings.mailInAddress(), recipients, tokens());
    }

    private ReplyToken tokens() {
        return new ReplyToken(Settings.mailReplySecret().map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .orElseGet(this::storedSecret));
    }

    /**
     * Two nodes may generate one at the same time: the first insert wins, the other is ignored, and the
     * locking read returns the committed winner whatever this transaction read before.
     */
    private byte[] storedSecret() {
        byte[] known = knownSecret;
        if (known != null) {
            return known;
        }
        List<?> stored = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ?")
                .setParameter(1, SECRET_NAME).getResultList();
        if (!stored.isEmpty()) {
            knownSecret = HexFormat.of().parseHex((String) stored.get(0));
            return knownSecret;
        }
        byte[] generated = new byte[32];
        new SecureRandom().nextBytes(generated);
        em.createNativeQuery("INSERT IGNORE INTO server_secret (name, secret, created_at) VALUES (?, ?, ?)")
                .setParameter(1, SECRET_NAME).setParameter(2, HexFormat.of().formatHex(generated))
                .setParameter(3, SqlValues.timestamp(Instant.now())).executeUpdate();
        stored = em.createNativeQuery("SELECT secret FROM server_secret WHERE name = ? LOCK IN SHARE MODE")
                .setParameter(1, SECRET_NAME).getResultList();
        return HexFormat.of().parseHex((String) stored.get(0));
    }
}
