package vn.noivu.bpm.bench;

import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The figures of one benchmark class: each with its baseline measured in the same run, the ratio, the target and
 * whether it was met. Printed, written to {@code target/bench/<section>.md}, and gathered with the machine into
 * {@code target/bench/results.md} (a table the README takes). Nothing here decides a figure: a target not met
 * is printed as not met.
 */
final class BenchResults {

    static final Path DIR = Path.of("target", "bench");

    /** One line of the table. {@code met} is null for a figure that has no target (reported for information). */
    record Figure(String figure, String measured, String baseline, String ratio, String target, Boolean met) {
    }

    private final String section;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchResults(String section) {
        this.section = section;
    }

    /** Multiplies the default sizes: -Dbench.scale=0.05 for a smoke run, 1 (default) for the sizes. */
    static double scale() {
        return Double.parseDouble(System.getProperty("bench.scale", "1"));
    }

    static int scaled(String property, int full) {
        return Integer.getInteger(property, Math.max(1, (int) Math.round(full * scale())));
    }

    void add(String figure, String measured, String baseline, String ratio, String target, Boolean met) {
        Figure f = new Figure(figure, measured, baseline, ratio, target, met);
        figures.add(f);
        System.out.println("[bench] " + figure + ": " + measured + " | baseline " + baseline + " | " + ratio
                + (target.isEmpty() ? "" : " | target " + target + ": " + verdict(met)));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] note: " + text);
    }

    static String verdict(Boolean met) {
        return met == null ? "" : met ? "met" : "**not met**";
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** p-th percentile (nearest rank) of nanosecond samples, in milliseconds. */
    static double percentileMs(List<Long> samples, double p) {
        List<Long> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static long liveAfterGcPeak;
    private static int collections;
    private static long baseline;

    static {
        // After each collection: the heap still in use then. Unlike the pools' peaks, which count the young
        // generation filled with garbage up to whatever size the collector chose, this grows only with what is held.
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    long used = info.getMemoryUsageAfterGc().entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    synchronized (BenchResults.class) {
                        liveAfterGcPeak = Math.max(liveAfterGcPeak, used);
                        collections++;
                    }
                }
            }, null, null);
        }
    }

    /** Resets the peak usage of every heap pool of this JVM (the application runs in it) and the after-GC figures. */
    static void resetHeapPeaks() {
        System.gc();
        long used = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        synchronized (BenchResults.class) {
            baseline = used;
            liveAfterGcPeak = used;
            collections = 0;
        }
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap high-water mark, in MB. */
    static double heapPeakMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
    }

    /**
     * The heap in use right after the reset's full GC, the most in use right after any collection since, and how
     * many collections there were: "held" is the growth from the first to the second (an upper bound, as an old
     * generation may still hold garbage that only a later cycle frees).
     */
    static synchronized String liveHeap() {
        return f("live after GC %.0f MB at most (%.0f MB before; %d collections)", liveAfterGcPeak / 1048576.0,
                baseline / 1048576.0, collections);
    }

    static double maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    void write() throws IOException {
        Files.createDirectories(DIR);
        List<String> lines = new ArrayList<>();
        lines.add("### " + section);
        lines.add("");
        lines.add("Measured " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16) + " UTC, scale " + scale() + ", " + machine() + ".");
        lines.add("");
        lines.add("| figure | measured | baseline (same run) | ratio | target | |");
        lines.add("|---|---|---|---|---|---|");
        for (Figure f : figures) {
            lines.add("| " + String.join(" | ", f.figure(), f.measured(), f.baseline(), f.ratio(), f.target(),
                    verdict(f.met())) + " |");
        }
        if (!notes.isEmpty()) {
            lines.add("");
            notes.forEach(n -> lines.add("- " + n));
        }
        lines.add("");
        Files.write(DIR.resolve(section.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".md"), lines);
        gather();
    }

    /** results.md: the machine, then every section file of target/bench in name order. */
    private static void gather() throws IOException {
        List<String> all = new ArrayList<>();
        all.add("## Benchmark results (./mvnw -Pbench verify)");
        all.add("");
        all.add("Each section states when it was measured; a section from an earlier run stays until its class runs again.");
        all.add("");
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().equals("results.md")).sorted().toList()) {
                all.addAll(Files.readAllLines(file));
            }
        }
        Files.write(DIR.resolve("results.md"), all);
    }

    static String machine() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return f("%d cores, load average %.2f at the end, %s %s, -Xmx %.0f MB, %s", Runtime.getRuntime().availableProcessors(),
                load, System.getProperty("java.vm.name"), System.getProperty("java.version"), maxHeapMb(), postgres());
    }

    private static String postgres() {
        try (Connection c = connect("jdbc:postgresql://127.0.0.1:5432/postgres");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return "PostgreSQL " + r.getString(1).replaceAll(" .*", "") + " on the same machine";
        } catch (Exception e) {
            return "PostgreSQL version unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * Called first by each benchmark that starts the application: `./mvnw -Pbench verify` runs them one after the
     * other in Maven's JVM, each in a class loader of its own, and the URL handler factory that an embedded Tomcat
     * registers can be set once per JVM; without it the second application's Tomcat fails ("factory already defined").
     * The application never reads war: URLs, the only thing the factory adds.
     */
    static void sharedJvm() {
        org.apache.catalina.webresources.TomcatURLStreamHandlerFactory.disable();
    }

    /**
     * A connection to the local server as postgres, through the driver itself: each benchmark of one Maven run has its
     * own class loader, and DriverManager keeps the driver the first one registered, which the next cannot use.
     */
    static Connection connect(String url) throws SQLException {
        java.util.Properties user = new java.util.Properties();
        user.setProperty("user", "postgres");
        user.setProperty("password", "");
        return new org.postgresql.Driver().connect(url, user);
    }

    static void recreateDatabase(String db) throws Exception {
        try (Connection c = connect("jdbc:postgresql://127.0.0.1:5432/postgres");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + db);
        }
    }

    static void dropDatabase(String db) throws Exception {
        try (Connection c = connect("jdbc:postgresql://127.0.0.1:5432/postgres");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }
}
