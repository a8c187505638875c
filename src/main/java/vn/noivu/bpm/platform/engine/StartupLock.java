package vn.noivu.bpm.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Serializes the start-up of the nodes that share one PostgreSQL database. A node takes a PostgreSQL session
 * advisory lock ({@code pg_advisory_lock}, key {@value #KEY}) on a connection of its own before its Flyway migrations
 * (the {@link FlywayMigrationStrategy}) and, should Flyway be off, before the engine builds or checks its schema
 * (the plugin's {@code preInit}); it keeps it through the engine's start ({@code ModelDeployer},
 * {@code IdentityBootstrap}, the history time-to-live overrides) and the start-up runners ({@code OpenTasksBackfill}
 * and the like), and releases it once the application is ready. Camunda creates its tables without a lock, so two
 * nodes starting at the same moment on an empty database would both create them (ENGINE-03015 on the second one).
 * A node that dies while holding the lock releases it: the lock belongs to the database session, which ends with the
 * node's connection. A node that waits logs it every {@value #LOG_EVERY_SECONDS} s with the session that holds the
 * lock ({@code application_name} "noivu-bpm start-up &lt;NODE_NAME&gt;", its pid and address). On any database other
 * than PostgreSQL (H2: one node) nothing is locked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupLock extends AbstractProcessEnginePlugin implements FlywayMigrationStrategy, DisposableBean {

    /** The advisory lock's key: one number for every noivu-bpm node on a database (below 2^31: objid in pg_locks). */
    public static final long KEY = 1_853_190_501L;

    static final int LOG_EVERY_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private final String node;
    private final Duration retry;
    private final Duration logEvery;

    private volatile Connection connection;
    /** Set (without the monitor) by a release, so a shutdown while this node waits ends the wait. */
    private volatile boolean done;
    private long takenAt;

    @Autowired
    public StartupLock(DataSource dataSource, @Value("${noivu.node-name:}") String nodeName) {
        this(dataSource, nodeName, Duration.ofMillis(500), Duration.ofSeconds(LOG_EVERY_SECONDS));
    }

    StartupLock(DataSource dataSource, String nodeName, Duration retry, Duration logEvery) {
        this.dataSource = dataSource;
        this.node = nodeName == null || nodeName.isBlank() ? "(no NODE_NAME)" : nodeName.trim();
        this.retry = retry;
        this.logEvery = logEvery;
    }

    /** Flyway migrates first (before the engine): the lock is taken before it. */
    @Override
    public void migrate(Flyway flyway) {
        acquire();
        flyway.migrate();
    }

    /** Before the engine creates or checks its tables, if Flyway did not take the lock already. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    /** After every start-up runner: the node is started, the next one may start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onReady() {
        release();
    }

    /** The context closes (also when the start failed). */
    @Override
    public void destroy() {
        release();
    }

    /** Whether this node holds the lock now. */
    public boolean held() {
        return connection != null;
    }

    synchronized void acquire() {
        if (done || connection != null) {
            return;
        }
        Connection c = null;
        try {
            c = dataSource.getConnection();
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                done = true;
                c.close();
                return;
            }
            c.setAutoCommit(true);
            long start = System.nanoTime();
            long nextLog = logEvery.toMillis();
            while (!tryLock(c)) {
                if (done) {
                    throw new InterruptedException("the application is stopping");
                }
                long waitedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                if (waitedMillis >= nextLog) {
                    log.warn("Node {}: waiting {} s for the start-up lock (PostgreSQL advisory lock {}) held by {}: "
                                    + "another node is starting on this database (schema, migrations, models, "
                                    + "accounts); this node starts after it",
                            node, waitedMillis / 1000, KEY, holder(c));
                    nextLog += logEvery.toMillis();
                }
                Thread.sleep(retry.toMillis());
            }
            long waitedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            try (PreparedStatement name = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                name.setString(1, "noivu-bpm start-up " + node);
                name.execute();
            }
            connection = c;
            takenAt = System.nanoTime();
            log.info("Node {}: start-up lock taken (PostgreSQL advisory lock {}, waited {} ms)", node, KEY, waitedMillis);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("Node " + node + ": cannot take the start-up lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(c);
            throw new IllegalStateException("Node " + node + ": interrupted while waiting for the start-up lock", e);
        }
    }

    void release() {
        done = true;
        synchronized (this) {
            releaseHeld();
        }
    }

    private void releaseHeld() {
        Connection c = connection;
        if (c == null) {
            return;
        }
        connection = null;
        long heldMillis = Duration.ofNanos(System.nanoTime() - takenAt).toMillis();
        try (Statement statement = c.createStatement()) {
            try (ResultSet unlocked = statement.executeQuery("SELECT pg_advisory_unlock(" + KEY + ")")) {
                unlocked.next();
                if (!unlocked.getBoolean(1)) {
                    log.warn("Node {}: the start-up lock was not held any more (database session lost?)", node);
                }
            }
            statement.execute("RESET application_name");
            log.info("Node {}: start-up lock released after {} ms", node, heldMillis);
        } catch (SQLException e) {
            // The session is gone (database restarted, connection cut): so is its lock.
            log.warn("Node {}: start-up lock not released explicitly ({}); the database session that held it is gone",
                    node, e.getMessage());
        } finally {
            closeQuietly(c);
        }
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (Statement statement = c.createStatement();
             ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            locked.next();
            return locked.getBoolean(1);
        }
    }

    /** Who holds the lock, as far as pg_stat_activity tells (the application name names the node). */
    private static String holder(Connection c) {
        try (Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT a.application_name, a.pid, a.client_addr "
                     + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                     + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = " + KEY
                     + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            if (!rows.next()) {
                return "a session that just ended";
            }
            String name = rows.getString(1);
            return "\"" + (name == null || name.isEmpty() ? "?" : name) + "\" (pid " + rows.getInt(2) + ", address "
                    + rows.getString(3) + "; a stuck node: SELECT pg_terminate_backend(" + rows.getInt(2) + "))";
        } catch (SQLException e) {
            return "another session (" + e.getMessage() + ")";
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closed or broken: either way the session's lock is gone with it.
        }
    }
}
