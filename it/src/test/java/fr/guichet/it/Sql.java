package fr.guichet.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct access to the test database, for data sets that must be exact (dates in the past, breaches)
 * and cannot be made through the API in a test's time.
 */
final class Sql {

    private Sql() {
    }

    static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** Runs a statement that may answer with rows nobody reads (ANALYZE TABLE and the like). */
    static void execute(String sql) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    static long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    static String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** Every row, each as column label to value (labels as the server names them). */
    static List<Map<String, Object>> rows(String sql, List<Object> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows(sql, row -> {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                columns.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
            }
            rows.add(columns);
        }, parameters.toArray());
        return rows;
    }

    /** A row of a result, read by {@link #rows}. */
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Reads every row of a query. */
    static void rows(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                reader.read(row);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("guichet.test.db.url"), System.getProperty("guichet.test.db.user"),
                System.getProperty("guichet.test.db.password"));
    }
}
