package fr.guichet.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Opens {@link NativeReads}. Inside a transaction they read on its connection, so they see what it wrote.
 * Outside one (read-only calls: lists, counts, the caller's account) they take a pooled connection in
 * autocommit mode: no transaction to begin and commit, and no {@code SET autocommit} and {@code COMMIT}
 * round trips to the database, which were three of a count's seven statements.
 */
@ApplicationScoped
public class NativeReadSource {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/GuichetDS")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public NativeReads open() {
        if (transactions.getTransactionKey() != null) {
            return new NativeReads(em.unwrap(Connection.class), false);
        }
        try {
            return new NativeReads(dataSource.getConnection(), true);
        } catch (SQLException failure) {
            throw new PersistenceException("no database connection", failure);
        }
    }
}
