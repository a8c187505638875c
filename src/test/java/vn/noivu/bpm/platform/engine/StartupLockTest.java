package vn.noivu.bpm.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.noivu.bpm.cluster.ClusterDatabase;

/**
 * The start-up lock on PostgreSQL: a node waits while another session holds it, logs the wait with the holder's
 * name, and gets it as soon as the holder's session ends (a node that dies: its connection closes); it releases it so
 * the next one gets it; on H2 it locks nothing.
 */
@Tag("postgres")
class StartupLockTest {

    @Test
    void waitsForTheHolderLogsTheWaitAndGetsTheLockWhenTheHoldersSessionEnds() throws Exception {
        String url = ClusterDatabase.recreate("startuplock");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, ClusterDatabase.user(),
                ClusterDatabase.password());
        Logger logger = (Logger) LoggerFactory.getLogger(StartupLock.class);
        List<String> messages = new CopyOnWriteArrayList<>();
        AppenderBase<ILoggingEvent> events = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                messages.add(event.getFormattedMessage());
            }
        };
        events.start();
        ExecutorService node2 = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "node-2-start");
            thread.setDaemon(true);
            return thread;
        });
        logger.addAppender(events);
        try {
            // Another node holds the lock (a plain session, named as a node names it).
            Connection dying = DriverManager.getConnection(url, ClusterDatabase.user(), ClusterDatabase.password());
            try (Statement statement = dying.createStatement()) {
                statement.execute("SET application_name = 'noivu-bpm start-up node-9'");
                statement.execute("SELECT pg_advisory_lock(" + StartupLock.KEY + ")");
            }
            StartupLock lock = new StartupLock(dataSource, "node-2", Duration.ofMillis(100), Duration.ofSeconds(1));
            Future<?> acquired = node2.submit(lock::acquire);
            Thread.sleep(2_500);
            assertThat(acquired.isDone()).isFalse();
            assertThat(lock.held()).isFalse();
            List<String> waits = messages.stream().filter(m -> m.contains("waiting")).toList();
            assertThat(waits).isNotEmpty();
            assertThat(waits.get(0)).startsWith("Node node-2: waiting ")
                    .contains("\"noivu-bpm start-up node-9\"").contains("pg_terminate_backend(");

            // The holder dies: its session ends, so does its lock.
            dying.close();
            acquired.get(10, TimeUnit.SECONDS);
            assertThat(lock.held()).isTrue();
            assertThat(holders(url)).containsExactly("noivu-bpm start-up node-2");

            // Released once the node is ready: the next node gets it at once.
            lock.onReady();
            assertThat(lock.held()).isFalse();
            assertThat(holders(url)).isEmpty();
            StartupLock next = new StartupLock(dataSource, "node-3", Duration.ofMillis(100), Duration.ofSeconds(1));
            next.acquire();
            assertThat(next.held()).isTrue();
            next.destroy();
            assertThat(holders(url)).isEmpty();
        } finally {
            logger.detachAppender(events);
            node2.shutdownNow();
        }
    }

    @Test
    void locksNothingOnH2() {
        DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:startuplock", "sa", "");
        StartupLock lock = new StartupLock(h2, "", Duration.ofMillis(100), Duration.ofSeconds(1));
        lock.acquire();
        assertThat(lock.held()).isFalse();
        lock.onReady();
    }

    /** The application names of the sessions holding the start-up lock on this database. */
    private static List<String> holders(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, ClusterDatabase.user(), ClusterDatabase.password());
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                     + "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = "
                     + StartupLock.KEY + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }
}
