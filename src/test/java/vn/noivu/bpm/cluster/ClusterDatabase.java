package vn.noivu.bpm.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database of its own for a cluster test, next to the test database ({@code test.db.url} + a suffix), so
 * the nodes' job executors never see the jobs of other test classes and these tests never disturb them.
 */
public final class ClusterDatabase {

    private ClusterDatabase() {
    }

    public static String user() {
        return System.getProperty("test.db.user", "postgres");
    }

    public static String password() {
        return System.getProperty("test.db.password", "");
    }

    /** jdbc:postgresql://host:port/<test database>_<suffix>, dropped and created empty. */
    public static String recreate(String suffix) {
        String base = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/noivu_test");
        int slash = base.lastIndexOf('/');
        String database = base.substring(slash + 1).replaceAll("\\?.*", "") + "_" + suffix;
        String url = base.substring(0, slash + 1) + database;
        recreate(base.substring(0, slash + 1) + "postgres", database);
        return url;
    }

    /** Drops (closing its connections) and creates a database on the server of {@code serverUrl}. */
    public static void recreate(String serverUrl, String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            statement.execute("CREATE DATABASE \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the cluster test database " + database + ": " + e.getMessage(), e);
        }
    }
}
