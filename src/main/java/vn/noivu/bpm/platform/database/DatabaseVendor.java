package vn.noivu.bpm.platform.database;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the application's database is PostgreSQL, asked of the first connection and then remembered: bulk writes
 * use PostgreSQL's arrays and COPY there, and plain JDBC batches on any other database (H2 for the demo).
 */
public final class DatabaseVendor {

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public DatabaseVendor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c ->
                    c.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
