package fr.guichet.platform;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Native reads for the hot paths: EclipseLink's native query path (a record, field lookups and conversions
 * per value) cost more than the query itself on a page of 50 tickets (Flight Recorder, the benchmark's W2).
 * Opened by {@link NativeReadSource}, on the transaction's connection or, outside any transaction, on a pooled
 * connection of their own. Counted by {@link StatementCount} like EclipseLink's statements.
 */
public final class NativeReads implements AutoCloseable {

    /** Reads one row of a result; the cursor is on that row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    /** True when the connection was taken from the pool for these reads alone, and goes back on close. */
    private final boolean own;

    NativeReads(Connection connection, boolean own) {
        this.connection = connection;
        this.own = own;
    }

    public <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
        try (PreparedStatement statement = prepared(sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException failure) {
            throw new PersistenceException("native read failed", failure);
        }
    }

    /** The first column of every row as longs, without boxing them: a list's ids, however many. */
    public long[] longs(String sql, List<?> parameters) {
        try (PreparedStatement statement = prepared(sql, parameters); ResultSet rows = statement.executeQuery()) {
            long[] values = new long[1024];
            int count = 0;
            while (rows.next()) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[count++] = rows.getLong(1);
            }
            return Arrays.copyOf(values, count);
        } catch (SQLException failure) {
            throw new PersistenceException("native read failed", failure);
        }
    }

    /** The first column of the single row of a count or sum. */
    public long number(String sql, List<?> parameters) {
        List<Long> values = list(sql, parameters, row -> row.getLong(1));
        return values.isEmpty() ? 0 : values.get(0);
    }

    /** The statement, counted ({@link StatementCount}), its parameters bound. */
    private PreparedStatement prepared(String sql, List<?> parameters) throws SQLException {
        StatementCount.executing(sql);
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException failure) {
            statement.close();
            throw failure;
        }
    }

    /** Gives a connection of their own back to the pool; the transaction's stays with the transaction. */
    @Override
    public void close() {
        if (own) {
            try {
                connection.close();
            } catch (SQLException failure) {
                throw new PersistenceException("could not give the connection back", failure);
            }
        }
    }
}
