package vn.noivu.bpm.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own (Debian's binaries, {@code /usr/lib/postgresql/<version>/bin}), in a temporary
 * directory on a free port, so a test can crash and restart the database without touching the machine's shared
 * server. initdb refuses to run as root: as root, the server runs as the user {@code postgres} (runuser).
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The binaries of the newest installed PostgreSQL, or null when there are none. */
    public static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (var versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max((a, b) -> Integer.compare(version(a), version(b))).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** initdb (trust authentication, user postgres) and start. */
    public static PrivatePostgres start() {
        Path bin = binaries();
        if (bin == null) {
            throw new IllegalStateException("No PostgreSQL binaries under /usr/lib/postgresql");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("noivu-pg-");
            Path data = dir.resolve("data");
            PrivatePostgres server = new PrivatePostgres(bin, data, freePort(), root);
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            server.run(bin.resolve("initdb"), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--no-sync", "--locale=C.UTF-8");
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** pg_ctl start, waiting until it accepts connections. */
    public void startServer() {
        run(bin.resolve("pg_ctl"), "-D", dataDir.toString(), "-l", dataDir.resolveSibling("server.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir.getParent()
                        + " -c fsync=off -c max_connections=100", "start");
    }

    /** A crash: pg_ctl stop -m immediate (no checkpoint, every connection cut; recovery at the next start). */
    public void crash() {
        run(bin.resolve("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "stop");
    }

    @Override
    public void close() {
        try {
            run(bin.resolve("pg_ctl"), "-D", dataDir.toString(), "-m", "immediate", "stop");
        } catch (RuntimeException ignored) {
            // Not running.
        }
        try (var files = Files.walk(dataDir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Left in the temporary directory.
        }
    }

    private void run(Path program, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(program.toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
