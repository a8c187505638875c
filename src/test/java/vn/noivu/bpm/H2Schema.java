package vn.noivu.bpm;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;

/** An in-memory H2 database for repository tests, migrated as the application migrates H2 (application.yaml). */
public final class H2Schema {

    private static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/vendor/h2"};

    private H2Schema() {
    }

    /** jdbc:h2:mem:{name} (kept until the JVM ends), with every migration applied. */
    public static JdbcDataSource migrated(String name) {
        return migrated(name, "");
    }

    /** The same, with H2 settings appended to the URL, e.g. ";LOCK_TIMEOUT=10000". */
    public static JdbcDataSource migrated(String name, String settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + settings);
        migrate(h2);
        return h2;
    }

    public static MigrateResult migrate(JdbcDataSource h2) {
        return Flyway.configure().dataSource(h2).locations(LOCATIONS).load().migrate();
    }
}
