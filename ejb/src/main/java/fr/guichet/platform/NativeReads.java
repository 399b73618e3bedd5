package fr.guichet.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Native reads on the transaction's own connection, for the hot lists: EclipseLink's native query path
 * (a record, field lookups and conversions per value) cost more than the query itself on a page of 50
 * tickets (Flight Recorder, the benchmark's W2). Counted by {@link StatementCount} like EclipseLink's.
 */
public final class NativeReads {

    /** Reads one row of a result; the cursor is on that row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private NativeReads() {
    }

    public static <T> List<T> list(EntityManager em, String sql, List<?> parameters, RowReader<T> reader) {
        try (PreparedStatement statement = prepared(em, sql, parameters)) {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException failure) {
            throw new PersistenceException("native read failed", failure);
        }
    }

    /** The first column of every row as longs, without boxing them: a list's ids, however many. */
    public static long[] longs(EntityManager em, String sql, List<?> parameters) {
        try (PreparedStatement statement = prepared(em, sql, parameters)) {
            try (ResultSet rows = statement.executeQuery()) {
                long[] values = new long[1024];
                int count = 0;
                while (rows.next()) {
                    if (count == values.length) {
                        values = Arrays.copyOf(values, values.length * 2);
                    }
                    values[count++] = rows.getLong(1);
                }
                return Arrays.copyOf(values, count);
            }
        } catch (SQLException failure) {
            throw new PersistenceException("native read failed", failure);
        }
    }

    /** The statement on the transaction's connection, counted ({@link StatementCount}), its parameters bound. */
    private static PreparedStatement prepared(EntityManager em, String sql, List<?> parameters) throws SQLException {
        StatementCount.executing(sql);
        PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql);
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

    /** The first column of the single row of a count or sum. */
    public static long number(EntityManager em, String sql, List<?> parameters) {
        List<Long> values = list(em, sql, parameters, row -> row.getLong(1));
        return values.isEmpty() ? 0 : values.get(0);
    }
}
