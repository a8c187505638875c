package vn.noivu.bpm.platform.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.noivu.bpm.platform.web.TooManyRequestsException;

/**
 * Fixed-window request counters in the database (table rate_limit), so every node counts the same requests.
 * A bucket names what is counted ("lookup-client:203.0.113.7"); a window is a fixed slice of time.
 */
@Component
public class Throttle {

    private static final long CLEANUP_EVERY_MS = Duration.ofHours(1).toMillis();

    private final JdbcTemplate jdbc;
    private final ThrottleProperties limits;
    private final AtomicLong lastCleanup = new AtomicLong();

    public Throttle(JdbcTemplate jdbc, ThrottleProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /**
     * A public lookup of a dossier by its number and a citizen ID (or a request filed with them): limited per client
     * address, so nobody tries citizen IDs or numbers at speed, and per dossier, whichever addresses ask.
     */
    public void publicLookup(String clientAddress, String dossier) {
        hit("lookup-client:" + clientAddress, limits.lookupsPerClient(), limits.lookupWindow());
        hit("lookup-dossier:" + dossier, limits.lookupsPerDossier(), limits.lookupWindow());
    }

    /** A public download of a published document: limited per client address, like a lookup. */
    public void publicDownload(String clientAddress) {
        hit("lookup-client:" + clientAddress, limits.lookupsPerClient(), limits.lookupWindow());
    }

    /** A public form sent (an application, a review request, an objection): limited per client address. */
    public void publicForm(String clientAddress) {
        hit("form-client:" + clientAddress, limits.formsPerClient(), limits.formWindow());
    }

    /** Counts one request; refuses it with 429 and the seconds to wait once the window holds more than the limit. */
    public void hit(String bucket, int limit, Duration window) {
        long now = System.currentTimeMillis();
        long start = now / window.toMillis() * window.toMillis();
        if (count(bucket, start) > limit) {
            throw refusal(start, window, now);
        }
    }

    /** Refuses with 429 while the window already holds the limit, without counting this request. */
    public void check(String bucket, int limit, Duration window) {
        long now = System.currentTimeMillis();
        long start = now / window.toMillis() * window.toMillis();
        Integer hits = jdbc.query("SELECT hits FROM rate_limit WHERE bucket = ? AND window_start = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, key(bucket), start);
        if (hits != null && hits >= limit) {
            throw refusal(start, window, now);
        }
    }

    /** Counts one request without refusing it (a failed login, counted after the fact). */
    public void count(String bucket, Duration window) {
        long start = System.currentTimeMillis() / window.toMillis() * window.toMillis();
        count(bucket, start);
    }

    private int count(String name, long start) {
        cleanUp(start);
        String bucket = key(name);
        String increment = "UPDATE rate_limit SET hits = CASE WHEN window_start = ? THEN hits + 1 ELSE 1 END, "
                + "window_start = ? WHERE bucket = ?";
        if (jdbc.update(increment, start, start, bucket) == 0) {
            try {
                jdbc.update("INSERT INTO rate_limit (bucket, window_start, hits) VALUES (?, ?, 1)", bucket, start);
            } catch (DuplicateKeyException anotherRequestInsertedIt) {
                jdbc.update(increment, start, start, bucket);
            }
        }
        return jdbc.queryForObject("SELECT hits FROM rate_limit WHERE bucket = ?", Integer.class, bucket);
    }

    /** A bucket names what the client sent (an application number of any length): long names are hashed. */
    private static String key(String name) {
        return name.length() <= 200 ? name : name.substring(0, 40) + "#" + sha256(name);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of windows a day old are dead: removed at most once an hour per node. */
    private void cleanUp(long now) {
        long last = lastCleanup.get();
        if (now - last > CLEANUP_EVERY_MS && lastCleanup.compareAndSet(last, now)) {
            jdbc.update("DELETE FROM rate_limit WHERE window_start < ?", now - Duration.ofDays(1).toMillis());
        }
    }

    private static TooManyRequestsException refusal(long start, Duration window, long now) {
        long seconds = Math.max(1, (start + window.toMillis() - now + 999) / 1000);
        return new TooManyRequestsException(seconds);
    }
}
