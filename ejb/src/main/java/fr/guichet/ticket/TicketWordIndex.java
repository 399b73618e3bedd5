package fr.guichet.ticket;

import fr.guichet.common.SearchWords;
import fr.guichet.common.SqlValues;
import fr.guichet.platform.StatementCount;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The words tickets are searched by ({@code ticket_word}, see {@link SearchWords}): written with the ticket
 * in its transaction, and for tickets that came without them (before this index existed, or loaded in bulk)
 * by {@link TicketWordIndexer} in the background.
 */
@Stateless
public class TicketWordIndex {

    private static final int ROWS_PER_INSERT = 500;
    /**
     * The subject's words and the description's first ones: a pasted mail of thousands of words would
     * otherwise cost as many index entries, and its first lines say what it is about.
     */
    static final int MAX_WORDS = 200;

    @PersistenceContext
    private EntityManager em;

    /** Adds a new ticket's words, in the caller's transaction. One statement. */
    public void add(Ticket ticket) {
        insert(List.of(new Source(ticket.getId(), ticket.getMemberId(), ticket.getCreatedAt(),
                ticket.getSubject() + " " + ticket.getDescription())));
    }

    /**
     * Indexes up to {@code batch} tickets that have no words yet, in its own short transaction; rows another
     * node is indexing are skipped. Returns how many it indexed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int indexPending(int batch) {
        List<?> found = em.createNativeQuery("SELECT id, member_id, created_at, subject, description FROM ticket"
                        + " WHERE search_indexed = FALSE ORDER BY search_indexed, id LIMIT " + batch + " FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (found.isEmpty()) {
            return 0;
        }
        List<Source> sources = new ArrayList<>();
        for (Object row : found) {
            Object[] r = (Object[]) row;
            sources.add(new Source(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SqlValues.instant(r[2]),
                    r[3] + " " + r[4]));
        }
        insert(sources);
        Query done = em.createNativeQuery("UPDATE ticket SET search_indexed = TRUE WHERE id IN ("
                + String.join(", ", Collections.nCopies(sources.size(), "?")) + ")");
        for (int i = 0; i < sources.size(); i++) {
            done.setParameter(i + 1, sources.get(i).ticketId());
        }
        done.executeUpdate();
        return sources.size();
    }

    /**
     * One multi-row INSERT per 500 words, through the transaction's JDBC connection: EclipseLink's native
     * queries re-parse thousands of parameters, which made a batch take half a second.
     */
    private void insert(List<Source> sources) {
        List<Object[]> rows = new ArrayList<>();
        for (Source source : sources) {
            Timestamp created = SqlValues.timestamp(source.createdAt());
            for (String word : SearchWords.of(source.text()).stream().limit(MAX_WORDS).toList()) {
                rows.add(new Object[] {word, created, source.ticketId(), source.memberId()});
            }
        }
        Connection connection = em.unwrap(Connection.class);
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            String sql = "INSERT IGNORE INTO ticket_word (word, created_at, ticket_id, member_id) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)"));
            StatementCount.executing(sql);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        insert.setObject(parameter++, value);
                    }
                }
                insert.executeUpdate();
            } catch (SQLException failure) {
                throw new PersistenceException("ticket words not written", failure);
            }
        }
    }

    private record Source(long ticketId, long memberId, Instant createdAt, String text) {
    }
}
