package vn.noivu.bpm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Creates the integration-test database on the local PostgreSQL server when it does not exist yet,
 * so the README's test command needs no manual step. Reads the same system properties as application-it.yaml.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile boolean checked;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ensureExists();
    }

    static synchronized void ensureExists() {
        if (checked) {
            return;
        }
        String url = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/noivu_test");
        String user = System.getProperty("test.db.user", "postgres");
        String password = System.getProperty("test.db.password", "");
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        String serverUrl = url.substring(0, slash + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed for the integration tests at " + serverUrl
                    + " (start it, e.g. pg_ctlcluster 15 main start): " + e.getMessage(), e);
        }
        checked = true;
    }
}
