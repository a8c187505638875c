package vn.noivu.bpm.calendar;

import java.util.SortedSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An administrator's reload of the holiday files, for every node on the database: the node that is asked reads its
 * files (a broken file changes nothing anywhere) and raises the version in table calendar_version; every node checks
 * that version every {@code noivu.calendar.refresh-seconds} (30 by default) and reads its own files again when it
 * changed. Every node must see the same holiday directory (one volume, or the same file copied to each host).
 */
@Component
public class CalendarReloads implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CalendarReloads.class);

    private final WorkingCalendar calendar;
    private final JdbcTemplate jdbc;
    private final long refreshSeconds;
    private volatile Long seenVersion;
    private ScheduledExecutorService checker;

    public CalendarReloads(WorkingCalendar calendar, JdbcTemplate jdbc,
                           @Value("${noivu.calendar.refresh-seconds:30}") long refreshSeconds) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.refreshSeconds = refreshSeconds;
    }

    /** Reloads here, then tells the other nodes; returns the configured years. */
    public SortedSet<Integer> reloadEverywhere() {
        SortedSet<Integer> years = calendar.reload();
        jdbc.update("UPDATE calendar_version SET version = version + 1, reloaded_at = CURRENT_TIMESTAMP WHERE id = 1");
        seenVersion = version();
        return years;
    }

    /** Reads the files again if another node reloaded since this one last looked; true if it did. */
    public synchronized boolean refreshIfChanged() {
        long current = version();
        Long seen = seenVersion;
        seenVersion = current;
        if (seen == null || seen == current) {
            return false;
        }
        try {
            calendar.reload();
            log.info("Holiday files read again: reloaded on another node (calendar version {})", current);
            return true;
        } catch (RuntimeException e) {
            log.error("Holiday files reloaded on another node cannot be read on this one, the old calendar stays: {}",
                    e.getMessage());
            return false;
        }
    }

    private long version() {
        Long version = jdbc.queryForObject("SELECT version FROM calendar_version WHERE id = 1", Long.class);
        return version == null ? 0 : version;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        if (refreshSeconds <= 0 || checker != null) {
            return;
        }
        seenVersion = version();
        checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "calendar-reloads");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(() -> {
            try {
                refreshIfChanged();
            } catch (RuntimeException e) {
                // The database may be briefly unreachable (a restart): try again next period.
                log.warn("Cannot check the calendar version: {}", e.getMessage());
            }
        }, refreshSeconds, refreshSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        if (checker != null) {
            checker.shutdownNow();
        }
    }
}
